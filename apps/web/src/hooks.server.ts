import type { Handle, RequestEvent } from '@sveltejs/kit';
import { meSchema, type Me } from '@zorgwaardering/core';
import { api, sessionCookieNames } from '$lib/server/api';
import { isApiPath, proxyToApi } from '$lib/server/proxy';

/** Pages that show personal data or carry a sign-in token: never cache them anywhere. */
const PRIVATE_PATHS = ['/inloggen', '/account', '/uitloggen', '/dev/', '/redactie'];

export const handle: Handle = async ({ event, resolve }) => {
  if (isApiPath(event.url.pathname)) return proxyToApi(event);

  event.locals.user = sessionCookieNames(event.cookies).length > 0 ? await loadUser(event) : null;

  const response = await resolve(event);
  return withSecurityHeaders(event, response);
};

async function loadUser(event: RequestEvent): Promise<Me | null> {
  const result = await api<unknown>(event, '/api/me');
  if (!result.ok) {
    if (result.status !== 401) console.error(`GET /api/me gaf ${result.status}: ${result.error.code}`);
    return null;
  }
  const me = meSchema.safeParse(result.data);
  if (!me.success) {
    console.error('GET /api/me gaf een onverwacht antwoord:', me.error.message);
    return null;
  }
  return me.data;
}

function withSecurityHeaders(event: RequestEvent, response: Response): Response {
  const { pathname } = event.url;
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // The sign-in link carries its token in the URL: never send it along as a referrer.
    'referrer-policy': pathname.startsWith('/inloggen/link') ? 'no-referrer' : 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
  };
  const isPrivate =
    event.locals.user !== null || PRIVATE_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(prefix));
  if (isPrivate && !response.headers.has('cache-control')) headers['cache-control'] = 'private, no-store';

  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // Headers of a response passed through from fetch are immutable; copy it.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
