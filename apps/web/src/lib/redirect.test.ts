import { describe, expect, it } from 'vitest';
import { safeRedirectTarget, signInHref } from './redirect';

describe('safeRedirectTarget', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeRedirectTarget('/account')).toBe('/account');
    expect(safeRedirectTarget('/voorziening/12?tab=verslagen#top')).toBe('/voorziening/12?tab=verslagen#top');
  });

  it('refuses other origins in every spelling', () => {
    for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', '///evil.example', ' /account']) {
      expect(safeRedirectTarget(target)).toBe('/account');
    }
  });

  it('never sends you back into signing in or out, or into the API', () => {
    expect(safeRedirectTarget('/inloggen?redirectTo=/account')).toBe('/account');
    expect(safeRedirectTarget('/uitloggen')).toBe('/account');
    expect(safeRedirectTarget('/api/me')).toBe('/account');
  });

  it('uses the fallback for nothing', () => {
    expect(safeRedirectTarget(null, '')).toBe('');
    expect(safeRedirectTarget('', '/')).toBe('/');
  });
});

describe('signInHref', () => {
  it('comes back to the page you were on, but not to the home page', () => {
    expect(signInHref('/account')).toBe('/inloggen?redirectTo=%2Faccount');
    expect(signInHref('/')).toBe('/inloggen');
    expect(signInHref('//evil.example')).toBe('/inloggen');
  });
});
