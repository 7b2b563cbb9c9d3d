import { error } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  code: string | null;
  link: string | null;
  deliveredAt: string;
}

export const load: PageServerLoad = async (event) => {
  const to = event.url.searchParams.get('to')?.trim() ?? '';
  const query = to ? `?to=${encodeURIComponent(to)}` : '';
  const result = await api<{ messages: MailboxMessage[] }>(event, `/api/dev/mailbox${query}`);
  if (!result.ok) {
    // The API only keeps mail locally when no SMTP server is configured; otherwise there is no mailbox.
    if (result.status === 404) error(404, 'Deze pagina bestaat niet');
    if (result.status === 400) return { to, toError: result.error.fields.to ?? result.error.message, messages: [] };
    error(result.status >= 400 && result.status < 500 ? result.status : 502, result.error.message);
  }
  return {
    to,
    toError: null,
    messages: result.data.messages.map((message) => ({ ...message, href: signInHref(message.link, event.url.origin) })),
  };
};

/**
 * The link in the mail points at the web origin the API was configured with; point it at this
 * server instead, so it also works when you opened the site under another host name or port.
 */
function signInHref(link: string | null, origin: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, origin);
    if (url.pathname === '/inloggen/link') return `${url.pathname}${url.search}`;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
