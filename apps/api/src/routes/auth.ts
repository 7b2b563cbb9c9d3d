import { createRoute, z } from '@hono/zod-openapi';
import { emailSchema, meSchema, signInCodeSchema } from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import { keyedHash } from '../lib/hash';
import { errorResponse, jsonBody, jsonResponse, newRouter } from '../lib/openapi';
import { requestSignInCode, verifySignInCode, verifySignInLink, type SignedInUser } from '../services/sign-in';
import { loadMe } from '../services/users';
import type { Context } from 'hono';
import type { AppEnv } from '../env';

const signedInSchema = z.object({ user: meSchema });
const signInErrors = errorResponse(
  'De code of link is niet geldig: `invalid_code`, `code_expired`, `code_used` of `too_many_attempts`, of de invoer is onvolledig.',
);

export function authRoutes(deps: RouteDeps) {
  async function startSession(c: Context<AppEnv>, signedIn: SignedInUser) {
    const previous = c.get('session');
    if (previous) await deps.sessions.invalidate(previous.sessionId);
    const { setCookie } = await deps.sessions.create(signedIn.userId);
    c.header('Set-Cookie', setCookie, { append: true });
    const user = await loadMe(deps.db, signedIn.userId);
    return c.json({ user: user! }, 200);
  }

  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/email',
        tags: ['Inloggen'],
        summary: 'Vraag een inlogcode en -link per e-mail aan',
        description:
          'Stuurt een mail met een code van 6 cijfers en een inloglink, eenmalig en 15 minuten geldig. Een nieuwe aanvraag maakt eerdere codes ongeldig. Maximaal 5 aanvragen per adres per minuut.',
        request: { body: jsonBody(z.object({ email: emailSchema })) },
        responses: {
          200: jsonResponse('De mail is onderweg.', z.object({ message: z.string(), expiresAt: z.string() })),
          400: errorResponse('Geen geldig e-mailadres.'),
          429: errorResponse('Te veel aanvragen; zie de Retry-After-header.'),
        },
      }),
      async (c) => {
        const { email } = c.req.valid('json');
        const ip = c.get('clientIp');
        const { expiresAt } = await requestSignInCode(deps.serviceContext(c), deps.config, {
          email,
          ipHash: ip ? keyedHash(deps.config.secret, 'ip', ip) : null,
        });
        deps.outbox.kick();
        return c.json({ message: `We hebben een inlogcode gestuurd naar ${email}.`, expiresAt: expiresAt.toISOString() }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/verify',
        tags: ['Inloggen'],
        summary: 'Log in met de code uit de mail',
        description: 'Maakt bij het eerste gebruik de account aan en start een sessie (cookie).',
        request: { body: jsonBody(z.object({ email: emailSchema, code: signInCodeSchema })) },
        responses: { 200: jsonResponse('Ingelogd; de sessiecookie staat in Set-Cookie.', signedInSchema), 400: signInErrors },
      }),
      async (c) => startSession(c, await verifySignInCode(deps.serviceContext(c), deps.config, c.req.valid('json'))),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/link',
        tags: ['Inloggen'],
        summary: 'Log in met de link uit de mail',
        request: { body: jsonBody(z.object({ token: z.string({ error: 'De link is onvolledig' }).trim().min(20, 'De link is onvolledig').max(200) })) },
        responses: { 200: jsonResponse('Ingelogd; de sessiecookie staat in Set-Cookie.', signedInSchema), 400: signInErrors },
      }),
      async (c) => startSession(c, await verifySignInLink(deps.serviceContext(c), deps.config, c.req.valid('json'))),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/signout',
        tags: ['Inloggen'],
        summary: 'Log uit',
        description: 'Beëindigt de sessie en wist de cookie. Werkt ook als je al uitgelogd was.',
        responses: { 204: { description: 'Uitgelogd.' } },
      }),
      async (c) => {
        const session = c.get('session');
        if (session) await deps.sessions.invalidate(session.sessionId);
        c.header('Set-Cookie', deps.sessions.blankCookie(), { append: true });
        return c.body(null, 204);
      },
    );
}
