import type { RequestEvent } from '@sveltejs/kit';
import { API_UNAVAILABLE_MESSAGE, apiOrigin } from './api';

/** Headers that describe one hop, not the message; fetch sets its own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Forwards a browser request under /api to the API unchanged and returns the API's answer
 * unchanged, so the browser only ever talks to one origin.
 */
export async function proxyToApi(event: RequestEvent): Promise<Response> {
  const { request, url } = event;
  const target = `${apiOrigin()}${url.pathname}${url.search}`;

  const headers = new Headers();
  for (const [name, value] of request.headers) {
    if (HOP_BY_HOP.has(name) || name.startsWith('x-forwarded-')) continue;
    headers.set(name, value);
  }
  // The client address comes from the socket (or ADDRESS_HEADER behind a proxy), never from the client.
  headers.set('x-forwarded-for', event.getClientAddress());
  headers.set('x-forwarded-proto', url.protocol.replace(/:$/, ''));
  headers.set('x-forwarded-host', url.host);
  // fetch would decompress a compressed answer but keep its Content-Encoding header.
  headers.set('accept-encoding', 'identity');

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    redirect: 'manual',
  };
  if (hasBody && request.body) {
    init.body = request.body;
    init.duplex = 'half';
  }

  let upstream: Response;
  try {
    upstream = await fetch(target, init);
  } catch (cause) {
    console.error(`API-proxy ${request.method} ${url.pathname} mislukt:`, cause);
    return Response.json(
      { error: { code: 'api_unavailable', message: API_UNAVAILABLE_MESSAGE } },
      { status: 502, headers: { 'cache-control': 'no-store' } },
    );
  }

  const responseHeaders = new Headers();
  for (const [name, value] of upstream.headers) {
    if (name === 'set-cookie' || HOP_BY_HOP.has(name)) continue;
    responseHeaders.set(name, value);
  }
  if (upstream.headers.has('content-encoding')) {
    // The body was decoded by fetch, so the original encoding and length no longer apply.
    responseHeaders.delete('content-encoding');
  } else if (upstream.headers.has('content-length')) {
    responseHeaders.set('content-length', upstream.headers.get('content-length') as string);
  }
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);

  const bodyless = request.method === 'HEAD' || [204, 205, 304].includes(upstream.status);
  return new Response(bodyless ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
