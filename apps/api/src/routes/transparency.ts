import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../app';
import { Invalid } from '../errors';
import { errorResponse, jsonResponse, newRouter } from '../lib/openapi';
import { transparencyReport } from '../services/transparency';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD');

export function transparencyRoutes(deps: RouteDeps) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/transparency',
      tags: ['Transparantie'],
      summary: 'Cijfers over de moderatie',
      description: 'Beslissingen per uitkomst en reden, het aandeel met automatische detectie, de mediane behandeltijd, meldingen en beroepen. `from` en `to` zijn dagen (to niet inbegrepen); standaard de laatste 12 maanden.',
      request: { query: z.object({ from: day.optional(), to: day.optional() }) },
      responses: { 200: jsonResponse('De cijfers.', z.looseObject({})), 400: errorResponse('Ongeldige periode.') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const now = deps.now();
      // Without `to`, the period runs through today.
      const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
      const to = query.to ? new Date(`${query.to}T00:00:00Z`) : tomorrow;
      const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(to.getTime() - 365 * 86_400_000);
      if (from >= to) throw new Invalid('De periode is leeg.', 'invalid', [{ path: 'from', message: '`from` ligt niet voor `to`' }]);
      return c.json(await transparencyReport(deps.db, { from, to }), 200);
    },
  );
}
