const BASE = 'http://same-origin.invalid';

/**
 * A redirect target after sign-in: only a path on this site, never another origin
 * ("//evil.example", "/\\evil.example", "https://..."), and never back into the sign-in pages.
 */
export function safeRedirectTarget(value: string | null | undefined, fallback = '/account'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (url.pathname.startsWith('/inloggen') || url.pathname.startsWith('/uitloggen')) return fallback;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, coming back to `target` afterwards (when that is worth coming back to). */
export function signInHref(target?: string | null): string {
  const safe = safeRedirectTarget(target, '');
  return safe && safe !== '/' ? `/inloggen?redirectTo=${encodeURIComponent(safe)}` : '/inloggen';
}
