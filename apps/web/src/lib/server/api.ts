import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { errorBodySchema, fieldIssueSchema } from '@zorgwaardering/core';
import { parseSetCookie } from './set-cookie';

/** Where the API listens. The browser never sees this address: it only talks to the web server. */
export function apiOrigin(): string {
  return (env.API_ORIGIN || 'http://127.0.0.1:8787').replace(/\/+$/, '');
}

export const API_UNAVAILABLE_MESSAGE =
  'De server is even niet bereikbaar. Probeer het over enkele ogenblikken opnieuw.';

export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
  /** Field messages from a 400's details, keyed by path ("email", "code"). */
  fields: Record<string, string>;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; error: ApiError; headers: Headers };

interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Extra request headers, such as an `Idempotency-Key`. */
  headers?: Record<string, string>;
}

const TIMEOUT_MS = 10_000;

/**
 * Calls the API from a load function, form action or hook on behalf of the browser: with the
 * browser's cookie, the web's own Origin (the API's CSRF check wants it) and the client address.
 * Cookies the API sets are passed on to the browser.
 */
export async function api<T = unknown>(
  event: RequestEvent,
  path: string,
  options: ApiOptions = {},
): Promise<ApiResult<T>> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers = new Headers({
    accept: 'application/json',
    origin: event.url.origin,
    'x-forwarded-for': event.getClientAddress(),
    'x-forwarded-proto': event.url.protocol.replace(/:$/, ''),
    'x-forwarded-host': event.url.host,
  });
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers.set('user-agent', userAgent);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  let response: Response;
  try {
    response = await fetch(`${apiOrigin()}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    console.error(`API ${method} ${path} is niet bereikbaar:`, cause);
    return {
      ok: false,
      status: 502,
      error: { code: 'api_unavailable', message: API_UNAVAILABLE_MESSAGE, fields: {} },
      headers: new Headers(),
    };
  }

  relaySetCookies(response.headers, event.cookies);

  const body = await readJson(response);
  if (response.ok) {
    return { ok: true, status: response.status, data: body as T, headers: response.headers };
  }
  return { ok: false, status: response.status, error: toApiError(response.status, body), headers: response.headers };
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    await response.body?.cancel();
    return undefined;
  }
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) {
    return { code: `http_${status}`, message: genericMessage(status), fields: {} };
  }
  const { code, message, details } = parsed.data.error;
  const fields: Record<string, string> = {};
  if (Array.isArray(details)) {
    for (const item of details) {
      const issue = fieldIssueSchema.safeParse(item);
      if (issue.success && !(issue.data.path in fields)) fields[issue.data.path] = issue.data.message;
    }
  }
  return { code, message, details, fields };
}

function genericMessage(status: number): string {
  if (status === 401) return 'Je bent niet (meer) ingelogd. Log opnieuw in.';
  if (status === 403) return 'Je hebt geen toegang tot deze gegevens.';
  if (status === 404) return 'Dit vonden we niet terug.';
  if (status === 429) return 'Je hebt dit te vaak geprobeerd. Wacht even en probeer het opnieuw.';
  if (status >= 500) return API_UNAVAILABLE_MESSAGE;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

/**
 * SvelteKit does not let us append raw Set-Cookie headers from load functions or actions, so each
 * cookie the API sets is parsed and set again through `cookies.set` with the same attributes.
 * The value is passed through unencoded: it is already in the form the API chose.
 */
export function relaySetCookies(headers: Headers, cookies: Cookies): void {
  for (const header of headers.getSetCookie()) {
    const parsed = parseSetCookie(header);
    if (parsed) cookies.set(parsed.name, parsed.value, { ...parsed.options, encode: (value) => value });
  }
}

/**
 * Whether the request may carry a session. The cookie's name belongs to the API; set
 * SESSION_COOKIE_NAME to check for that name only, otherwise any cookie counts (the web sets none
 * of its own).
 */
export function sessionCookieNames(cookies: Cookies): string[] {
  const all = cookies.getAll().map((cookie) => cookie.name);
  const configured = env.SESSION_COOKIE_NAME;
  return configured ? all.filter((name) => name === configured) : all;
}
