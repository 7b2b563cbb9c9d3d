/** One Set-Cookie header as name, value and the options SvelteKit's `cookies.set` takes. */
export interface ParsedSetCookie {
  name: string;
  value: string;
  options: {
    path: string;
    domain?: string;
    httpOnly: boolean;
    secure: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
    maxAge?: number;
    expires?: Date;
  };
}

export function parseSetCookie(header: string): ParsedSetCookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const options: ParsedSetCookie['options'] = { path: '/', httpOnly: false, secure: false };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const attrValue = rest.join('=').trim();
    if (key === 'path' && attrValue) options.path = attrValue;
    else if (key === 'domain' && attrValue) options.domain = attrValue;
    else if (key === 'httponly') options.httpOnly = true;
    else if (key === 'secure') options.secure = true;
    else if (key === 'max-age' && /^-?\d+$/.test(attrValue)) options.maxAge = Number(attrValue);
    else if (key === 'expires') {
      const date = new Date(attrValue);
      if (!Number.isNaN(date.getTime())) options.expires = date;
    } else if (key === 'samesite') {
      const sameSite = attrValue.toLowerCase();
      if (sameSite === 'lax' || sameSite === 'strict' || sameSite === 'none') options.sameSite = sameSite;
    }
  }
  return { name, value, options };
}
