import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { RouteDeps } from '../app';
import { errorResponse, jsonResponse, newRouter } from '../lib/openapi';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
});

export function healthRoutes(deps: RouteDeps) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Systeem'],
      summary: 'Werkt de API en bereikt ze de databank?',
      responses: {
        200: jsonResponse('De API en de databank werken.', healthSchema),
        503: errorResponse('De databank antwoordt niet.'),
      },
    }),
    async (c) => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch {
        return c.json({ error: { code: 'unavailable', message: 'De databank antwoordt niet.' } }, 503);
      }
      return c.json({ status: 'ok' as const, database: deps.databaseKind }, 200);
    },
  );
}
