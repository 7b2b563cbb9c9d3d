import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

// Opening the link does not sign in: mail scanners fetch links before people do. Only the button does.
export const load: PageServerLoad = ({ url }) => ({
  token: url.searchParams.get('token')?.trim() ?? '',
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = String(form.get('token') ?? '').trim();
    if (!token) {
      return fail(400, { error: 'Deze link is onvolledig. Vraag een nieuwe code aan.' });
    }
    const result = await api(event, '/api/auth/link', { body: { token } });
    if (!result.ok) {
      const status = result.status >= 400 && result.status < 600 ? result.status : 502;
      return fail(status, { error: result.error.message });
    }
    redirect(303, '/account');
  },
};
