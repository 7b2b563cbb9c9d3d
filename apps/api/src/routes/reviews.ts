import { createRoute, z } from '@hono/zod-openapi';
import { emailSchema, myReviewSchema, noticeReasonSchema, reviseReviewSchema, submitReviewSchema, submittedReviewSchema } from '@zorgwaardering/core';
import type { Context } from 'hono';
import type { RouteDeps } from '../app';
import type { AppEnv } from '../env';
import { errorResponse, jsonBody, jsonResponse, newRouter } from '../lib/openapi';
import { toPlainText } from '../lib/plain-text';
import { listMyReviews, reviseReview, submitReview, withdrawReview } from '../services/reviews';
import { appealDecision, submitNotice } from '../services/appeals-and-notices';
import { keyedHash } from '../lib/hash';

/** The text is stripped of markup before it is validated and stored. */
const plainText = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' ? toPlainText(value) : value), schema);
const submitBody = submitReviewSchema.extend({ text: plainText(submitReviewSchema.shape.text) });
const reviseBody = reviseReviewSchema.extend({ text: plainText(reviseReviewSchema.shape.text) });

const appealText = plainText(z.string({ error: 'Leg uit waarom je het niet eens bent' }).trim().min(20, 'Leg in minstens 20 tekens uit waarom je het niet eens bent').max(4000, 'Hoogstens 4.000 tekens'));

const reviewIdParam = z.object({ id: z.uuid({ error: 'Onbekende waardering' }) });
const idempotencyHeader = z.object({
  'idempotency-key': z.string().trim().min(8, 'De Idempotency-Key is te kort').max(100, 'De Idempotency-Key is te lang').optional(),
});

export function reviewRoutes(deps: RouteDeps) {
  const ipHashOf = (c: Context<AppEnv>) => {
    const ip = c.get('clientIp');
    return ip ? keyedHash(deps.config.secret, 'ip', ip) : null;
  };
  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews',
        tags: ['Waarderingen'],
        summary: 'Schrijf een waardering',
        description:
          'Voor ingelogde gebruikers. Minstens 4 van de 8 thema\'s met een score; tekst van 50 tot 4.000 tekens (opmaak wordt verwijderd); periode binnen de laatste 24 maanden. Een herhaling met dezelfde `Idempotency-Key` geeft dezelfde waardering terug. Binnen de termijn per sector: 409 `interval` met `details.availableFrom` en `details.existingReviewId`. De eerste keer zijn voor- en achternaam (`author`) nodig: alleen de redactie ziet die. Met een `invitationCode` van deze voorziening (ongebruikt en niet verlopen; hoofdletters, spaties en koppeltekens maken niet uit) wordt de waardering ‘geverifieerd’; een code werkt maar één keer. Een onbekende, gebruikte, verlopen of andere code is een 400 op het veld `invitationCode`.',
        request: { headers: idempotencyHeader, body: jsonBody(submitBody) },
        responses: {
          201: jsonResponse('De waardering wacht op de redactie.', submittedReviewSchema),
          400: errorResponse('Ongeldige of onvolledige waardering; `details` noemt de velden.'),
          401: errorResponse('Niet ingelogd.'),
          409: errorResponse('`interval`, `facility_not_participating` of `idempotency_key_reused`.'),
        },
      }),
      async (c) => {
        const key = c.req.valid('header')['idempotency-key'] ?? null;
        const review = await submitReview(deps.serviceContext(c), deps, c.req.valid('json'), key, ipHashOf(c));
        return c.json(review, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/reviews/{id}',
        tags: ['Waarderingen'],
        summary: 'Pas je waardering aan',
        description: 'Maakt een nieuwe versie; de vorige blijft bewaard. De waardering gaat opnieuw naar de redactie. Met `version` faalt een verouderde aanpassing (409).',
        request: { params: reviewIdParam, body: jsonBody(reviseBody) },
        responses: {
          200: jsonResponse('De nieuwe versie wacht op de redactie.', submittedReviewSchema.extend({ version: z.number().int() })),
          400: errorResponse('Ongeldige inhoud.'),
          401: errorResponse('Niet ingelogd.'),
          404: errorResponse('Geen waardering van jou.'),
          409: errorResponse('`not_editable` of `stale_version`.'),
        },
      }),
      async (c) => c.json(await reviseReview(deps.serviceContext(c), deps, c.req.valid('param').id, c.req.valid('json'), ipHashOf(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews/{id}/withdraw',
        tags: ['Waarderingen'],
        summary: 'Trek je waardering in',
        description: 'De waardering verdwijnt van de publieke pagina. Twee keer intrekken geeft hetzelfde resultaat.',
        request: { params: reviewIdParam },
        responses: {
          200: jsonResponse('Ingetrokken.', submittedReviewSchema),
          401: errorResponse('Niet ingelogd.'),
          404: errorResponse('Geen waardering van jou.'),
          409: errorResponse('Deze waardering kan niet meer ingetrokken worden.'),
        },
      }),
      async (c) => c.json(await withdrawReview(deps.serviceContext(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews/{id}/appeal',
        tags: ['Waarderingen'],
        summary: 'Ga in beroep tegen een beslissing',
        description: 'Door de auteur, binnen 6 maanden na een weigering, doorverwijzing of verwijdering. Een andere redacteur dan de eerste beslist.',
        request: { params: reviewIdParam, body: jsonBody(z.object({ text: appealText })) },
        responses: {
          201: jsonResponse('Het beroep is ontvangen.', z.object({ id: z.string(), status: z.literal('pending') })),
          400: errorResponse('Ongeldige invoer.'),
          401: errorResponse('Niet ingelogd.'),
          404: errorResponse('Geen waardering van jou.'),
          409: errorResponse('`not_appealable`, `appeal_window_closed` of `already_appealed`.'),
        },
      }),
      async (c) => c.json(await appealDecision(deps.serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews/{id}/notices',
        tags: ['Waarderingen'],
        summary: 'Meld een gepubliceerde waardering',
        description: 'Door iedereen, ingelogd of niet. Je krijgt een ontvangstbevestiging en later de uitkomst per mail.',
        request: {
          params: reviewIdParam,
          body: jsonBody(
            z.object({
              reason: noticeReasonSchema,
              explanation: plainText(z.string({ error: 'Leg uit wat er mis is' }).trim().min(10, 'Leg in minstens 10 tekens uit wat er mis is').max(2000, 'Hoogstens 2.000 tekens')),
              name: z.string().trim().max(120).optional(),
              email: emailSchema,
            }),
          ),
        },
        responses: {
          201: jsonResponse('De melding is ontvangen.', z.object({ id: z.string(), status: z.literal('received') })),
          400: errorResponse('Ongeldige invoer.'),
          404: errorResponse('Geen gepubliceerde waardering.'),
          429: errorResponse('Te veel meldingen.'),
        },
      }),
      async (c) => {
        const notice = await submitNotice(deps.serviceContext(c), c.req.valid('param').id, { ...c.req.valid('json'), ipHash: ipHashOf(c) });
        deps.outbox.kick();
        return c.json(notice, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/me/reviews',
        tags: ['Waarderingen'],
        summary: 'Mijn waarderingen',
        description: 'Je eigen waarderingen met hun status en laatste versie.',
        responses: { 200: jsonResponse('Je waarderingen.', z.object({ items: z.array(myReviewSchema) })), 401: errorResponse('Niet ingelogd.') },
      }),
      async (c) => {
        c.header('Cache-Control', 'private, no-store');
        return c.json({ items: await listMyReviews(deps.serviceContext(c)) }, 200);
      },
    );
}
