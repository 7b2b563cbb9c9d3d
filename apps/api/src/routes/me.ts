import { createRoute } from '@hono/zod-openapi';
import { meSchema } from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import { Unauthorized } from '../errors';
import { errorResponse, jsonResponse, newRouter } from '../lib/openapi';
import { loadMe } from '../services/users';

export function meRoutes(deps: RouteDeps) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Account'],
      summary: 'Wie ben ik?',
      description: 'De ingelogde gebruiker met rollen (parent voor iedereen, facility_representative via een lidmaatschap, editor, admin) en lidmaatschappen.',
      responses: { 200: jsonResponse('De ingelogde gebruiker.', meSchema), 401: errorResponse('Niet ingelogd.') },
    }),
    async (c) => {
      const session = c.get('session');
      const me = session ? await loadMe(deps.db, session.userId) : null;
      if (!me) throw new Unauthorized();
      c.header('Cache-Control', 'private, no-store');
      return c.json(me, 200);
    },
  );
}
