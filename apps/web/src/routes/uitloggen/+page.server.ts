import { redirect } from '@sveltejs/kit';
import { api, sessionCookieNames } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; opening the address only offers the button.
export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const result = await api(event, '/api/auth/signout', { method: 'POST' });
    if (!result.ok && result.status !== 401) {
      // The API could not end the session; at least make this browser forget it.
      console.error(`Uitloggen bij de API gaf ${result.status}: ${result.error.code}`);
      for (const name of sessionCookieNames(event.cookies)) event.cookies.delete(name, { path: '/' });
    }
    redirect(303, '/');
  },
};
