import { createRoute, z } from '@hono/zod-openapi';
import {
  facilityDetailSchema,
  facilityKindSchema,
  facilityPageSchema,
  pageQuerySchema,
  provinceSchema,
  publicReviewPageSchema,
  sectorSchema,
} from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import { errorResponse, jsonResponse, newRouter } from '../lib/openapi';
import { getFacility, searchFacilities } from '../services/facilities';
import { listPublicReviews } from '../services/public-reviews';

const idParam = z.object({
  id: z.coerce.number({ error: 'Geen geldig nummer' }).int('Geen geldig nummer').positive('Geen geldig nummer').max(2_147_483_647, 'Geen geldig nummer'),
});

export function facilityRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities',
        tags: ['Voorzieningen'],
        summary: 'Zoek voorzieningen',
        description: 'Op naam, gemeente of postcode (`q`), met filters; 20 per pagina, met het totaal.',
        request: {
          query: z.object({
            q: z.string().trim().max(100, 'De zoekterm is te lang').optional(),
            sector: sectorSchema.optional(),
            kind: facilityKindSchema.optional(),
            province: provinceSchema.optional(),
            postcode: z.string().regex(/^[1-9]\d{3}$/, 'Een postcode heeft 4 cijfers').optional(),
            page: pageQuerySchema,
          }),
        },
        responses: { 200: jsonResponse('Een pagina voorzieningen.', facilityPageSchema), 400: errorResponse('Ongeldige filter.') },
      }),
      async (c) => c.json(await searchFacilities(deps.db, deps.rules.scores, c.req.valid('query'), deps.now()), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities/{id}',
        tags: ['Voorzieningen'],
        summary: 'Een voorziening met haar scores per thema',
        description: 'Per thema het gemiddelde (één decimaal) en het aantal scores; het gemiddelde is null zolang te weinig gepubliceerde waarderingen meetellen.',
        request: { params: idParam },
        responses: { 200: jsonResponse('De voorziening.', facilityDetailSchema), 404: errorResponse('Onbekende voorziening.') },
      }),
      async (c) => c.json(await getFacility(deps.db, deps.rules.scores, c.req.valid('param').id, deps.now()), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities/{id}/reviews',
        tags: ['Voorzieningen'],
        summary: 'Gepubliceerde waarderingen van een voorziening',
        description: 'Nieuwste eerst, 10 per pagina. Nooit wie de waardering schreef.',
        request: { params: idParam, query: z.object({ page: pageQuerySchema }) },
        responses: { 200: jsonResponse('Een pagina waarderingen.', publicReviewPageSchema), 404: errorResponse('Onbekende voorziening.') },
      }),
      async (c) => c.json(await listPublicReviews(deps.db, c.req.valid('param').id, c.req.valid('query').page), 200),
    );
}
