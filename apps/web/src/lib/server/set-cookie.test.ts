import { describe, expect, it } from 'vitest';
import { parseSetCookie } from './set-cookie';

describe('parseSetCookie', () => {
  it('keeps the session cookie the API sets, attributes included', () => {
    const parsed = parseSetCookie('zw_sessie=abc123; Path=/; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax');
    expect(parsed).toEqual({
      name: 'zw_sessie',
      value: 'abc123',
      options: { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 2592000 },
    });
  });

  it('reads a blank cookie that ends the session', () => {
    const parsed = parseSetCookie('zw_sessie=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax');
    expect(parsed?.value).toBe('');
    expect(parsed?.options.maxAge).toBe(0);
  });

  it('keeps an Expires date and a value with "=" in it', () => {
    const parsed = parseSetCookie('t=a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/api');
    expect(parsed?.value).toBe('a=b');
    expect(parsed?.options.path).toBe('/api');
    expect(parsed?.options.expires?.getTime()).toBe(0);
    expect(parsed?.options.httpOnly).toBe(false);
  });

  it('refuses a header without a name', () => {
    expect(parseSetCookie('=value; Path=/')).toBeNull();
    expect(parseSetCookie('garbage')).toBeNull();
  });
});
