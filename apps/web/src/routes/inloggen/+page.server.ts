import { fail, redirect } from '@sveltejs/kit';
import { emailSchema, signInCodeSchema } from '@zorgwaardering/core';
import { api } from '$lib/server/api';
import { safeRedirectTarget } from '$lib/redirect';
import type { Actions, PageServerLoad } from './$types';

/** What the sign-in page shows after a form was sent: the step, the address and any errors. */
export interface SignInState {
  step: 'email' | 'code';
  email: string;
  redirectTo: string;
  errors: { email?: string; code?: string; form?: string };
  notice?: string;
  /** When the code expires (ISO), and how long it was valid when it was sent. */
  expiresAt?: string;
  validMinutes?: number;
}

export const load: PageServerLoad = ({ url, locals, request }) => {
  const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'), '');
  if (locals.user && request.method === 'GET') redirect(303, redirectTo || '/account');
  return { redirectTo };
};

export const actions: Actions = {
  /** Step 1, and "stuur een nieuwe code" on step 2: mail a code and a sign-in link. */
  email: async (event) => {
    const form = await event.request.formData();
    const rawEmail = text(form, 'email');
    const redirectTo = safeRedirectTarget(text(form, 'redirectTo'), '');
    const resend = text(form, 'resend') === '1';

    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) {
      return fail(400, state({ email: rawEmail, redirectTo, errors: { email: firstIssue(email.error) } }));
    }

    const result = await api<{ message: string; expiresAt: string }>(event, '/api/auth/email', {
      body: { email: email.data },
    });
    if (!result.ok) {
      const step = resend ? 'code' : 'email';
      if (result.status === 400 && !resend) {
        const message = result.error.fields.email ?? result.error.message;
        return fail(400, state({ email: rawEmail, redirectTo, errors: { email: message } }));
      }
      return fail(failStatus(result.status), state({ step, email: email.data, redirectTo, errors: { form: result.error.message } }));
    }

    const expiresAt = isoDate(result.data.expiresAt);
    return state({
      step: 'code',
      email: email.data,
      redirectTo,
      notice: resend ? 'We hebben je een nieuwe code gestuurd. De vorige code werkt niet meer.' : undefined,
      expiresAt,
      validMinutes: expiresAt ? Math.max(1, Math.round((Date.parse(expiresAt) - Date.now()) / 60_000)) : undefined,
    });
  },

  /** Step 2: check the code; the API sets the session cookie, which we pass on. */
  verify: async (event) => {
    const form = await event.request.formData();
    const rawEmail = text(form, 'email');
    const redirectTo = safeRedirectTarget(text(form, 'redirectTo'), '');
    const expiresAt = isoDate(text(form, 'expiresAt'));
    // People paste codes as "123 456" or with a trailing space.
    const rawCode = text(form, 'code').replace(/\s+/g, '');

    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) {
      return fail(400, state({ email: rawEmail, redirectTo, errors: { email: firstIssue(email.error) } }));
    }
    const code = signInCodeSchema.safeParse(rawCode);
    if (!code.success) {
      return fail(400, state({ step: 'code', email: email.data, redirectTo, expiresAt, errors: { code: firstIssue(code.error) } }));
    }

    const result = await api(event, '/api/auth/verify', { body: { email: email.data, code: code.data } });
    if (!result.ok) {
      // invalid_code, code_expired, code_used, too_many_attempts: about the code. Anything else (429, 502): the form.
      const errors =
        result.status === 400 ? { code: result.error.fields.code ?? result.error.message } : { form: result.error.message };
      return fail(failStatus(result.status), state({ step: 'code', email: email.data, redirectTo, expiresAt, errors }));
    }

    redirect(303, redirectTo || '/account');
  },
};

function state(partial: Partial<SignInState> & Pick<SignInState, 'email' | 'redirectTo'>): SignInState {
  return { step: 'email', errors: {}, ...partial };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function isoDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function firstIssue(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Dit klopt niet.';
}

function failStatus(status: number): number {
  return status >= 400 && status < 600 ? status : 502;
}
