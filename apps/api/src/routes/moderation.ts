import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { decisionInputSchema, moderationItemKindSchema, moderationQueueSchema, pageQuerySchema, sectorSchema } from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import type { AppEnv } from '../env';
import { Forbidden, Unauthorized } from '../errors';
import { errorResponse, jsonBody, jsonResponse, newRouter } from '../lib/openapi';
import { decide } from '../services/decide';
import { claimItem, claimNext, getItem, itemHistory, listQueue, releaseItem } from '../services/moderation-desk';

/** Editors (and admins) only: anyone else gets a 403, and no session a 401. */
const editorsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get('actor');
  if (actor.kind !== 'user') throw new Unauthorized();
  if (!actor.roles.includes('editor') && !actor.roles.includes('admin')) throw new Forbidden('Alleen de redactie heeft toegang tot de moderatie.');
  c.header('Cache-Control', 'private, no-store');
  await next();
};

const itemParam = z.object({ id: z.uuid({ error: 'Onbekend item' }) });
const json = z.looseObject({});
const editorErrors = { 401: errorResponse('Niet ingelogd.'), 403: errorResponse('Geen redacteur.') };

export function moderationRoutes(deps: RouteDeps) {
  const router = newRouter();
  router.use('/moderation/*', editorsOnly);
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/moderation/queue',
        tags: ['Redactie'],
        summary: 'De moderatiewachtrij',
        description:
          'Items van een afgeleide wachtrij (`new`, `changes_requested`, `escalated`, `notices`, `appeals`, `decided`), dringendste eerst: veiligheidssignalen, dan het risico van de automatische controle, dan de ouderdom. Met de aantallen per wachtrij.',
        request: {
          query: z.object({
            queue: moderationQueueSchema.default('new'),
            kind: moderationItemKindSchema.optional(),
            sector: sectorSchema.optional(),
            page: pageQuerySchema,
          }),
        },
        responses: { 200: jsonResponse('Een pagina items.', json), ...editorErrors },
      }),
      async (c) => c.json(await listQueue(deps.serviceContext(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/moderation/items/{id}',
        tags: ['Redactie'],
        summary: 'Een item met alles om te beslissen',
        description: 'De tekst met de gemarkeerde passages, de scores, eerdere versies en een diff, de auteur en zijn geschiedenis (alleen voor de redactie), de recente activiteit van de voorziening, en de huidige `version`.',
        request: { params: itemParam },
        responses: { 200: jsonResponse('Het item.', json), 404: errorResponse('Onbekend item.'), ...editorErrors },
      }),
      async (c) => c.json(await getItem(deps.serviceContext(c), deps.reasons, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/moderation/items/{id}/claim',
        tags: ['Redactie'],
        summary: 'Neem een item in behandeling (15 minuten)',
        request: { params: itemParam },
        responses: {
          200: jsonResponse('Het item is voor jou.', json),
          404: errorResponse('Onbekend item.'),
          409: errorResponse('`claimed`: een andere redacteur behandelt het (met naam), of `already_decided`.'),
          ...editorErrors,
        },
      }),
      async (c) => c.json(await claimItem(deps.serviceContext(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/moderation/next',
        tags: ['Redactie'],
        summary: 'Neem het volgende item van een wachtrij in behandeling',
        description: 'Het dringendste item dat niemand anders behandelt; twee redacteurs tegelijk krijgen elk een ander item. `item` is null als de wachtrij leeg is.',
        request: { query: z.object({ queue: z.enum(['new', 'escalated', 'notices', 'appeals']).default('new') }) },
        responses: { 200: jsonResponse('Het item (of null).', z.object({ item: json.nullable() })), ...editorErrors },
      }),
      async (c) => c.json({ item: await claimNext(deps.serviceContext(c), c.req.valid('query').queue) }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/moderation/items/{id}/release',
        tags: ['Redactie'],
        summary: 'Geef een item vrij',
        request: { params: itemParam },
        responses: { 200: jsonResponse('Vrijgegeven.', json), 404: errorResponse('Onbekend item.'), ...editorErrors },
      }),
      async (c) => c.json(await releaseItem(deps.serviceContext(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/moderation/items/{id}/decision',
        tags: ['Redactie'],
        summary: 'Beslis over een item',
        description:
          'Vraagt je claim en de huidige `version` (verouderd: 409). Beperkende beslissingen (`publish_edited`, `request_changes`, `reject`, `refer`, `remove`) vragen minstens één reden; zonder `statement` wordt de motivering samengesteld uit de sjablonen van de redenen.',
        request: { params: itemParam, body: jsonBody(decisionInputSchema) },
        responses: {
          200: jsonResponse('Beslist.', json),
          400: errorResponse('Ongeldige beslissing.'),
          404: errorResponse('Onbekend item.'),
          409: errorResponse('`stale_version`, `not_claimed` of `already_decided`.'),
          ...editorErrors,
        },
      }),
      async (c) => {
        const outcome = await decide(deps.serviceContext(c), { publicUrl: deps.config.publicUrl, reasons: deps.reasons }, c.req.valid('param').id, c.req.valid('json'));
        deps.outbox.kick();
        return c.json(outcome, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/moderation/items/{id}/history',
        tags: ['Redactie'],
        summary: 'Het audittrail van een item',
        request: { params: itemParam },
        responses: { 200: jsonResponse('De gebeurtenissen, oudste eerst.', z.object({ events: z.array(json) })), 404: errorResponse('Onbekend item.'), ...editorErrors },
      }),
      async (c) => c.json({ events: await itemHistory(deps.serviceContext(c), c.req.valid('param').id) }, 200),
    );
}
