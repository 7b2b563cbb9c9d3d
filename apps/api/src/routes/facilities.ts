import { createRoute, z } from '@hono/zod-openapi';
import {
  RATING_MAX,
  RATING_MIN,
  THEME_KEYS,
  facilityDetailSchema,
  facilityKindSchema,
  facilityPageSchema,
  facilitySortSchema,
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

/** An empty value (an unselected option of a GET form) counts as no filter. */
const emptyAsAbsent = (value: unknown) => (value === '' ? undefined : value);

const reviewFilterQuery = z.object({
  theme: z.preprocess(emptyAsAbsent, z.enum(THEME_KEYS, { error: 'Kies een van de 8 thema\'s' }).optional()),
  score: z.preprocess(
    emptyAsAbsent,
    z.coerce
      .number({ error: 'Kies een score van 1 tot 5' })
      .int('Kies een score van 1 tot 5')
      .min(RATING_MIN, 'Kies een score van 1 tot 5')
      .max(RATING_MAX, 'Kies een score van 1 tot 5')
      .optional(),
  ),
  page: pageQuerySchema,
});

export function facilityRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities',
        tags: ['Voorzieningen'],
        summary: 'Zoek voorzieningen',
        description:
          'Op naam, gemeente of postcode (`q`), met filters; 20 per pagina, met het totaal. Met de score van elke voorziening (null zolang te weinig waarderingen meetellen). `sort`: `relevance` (standaard met een zoekterm; zonder zoekterm op naam), `name` of `reviews` (meeste gepubliceerde waarderingen eerst).',
        request: {
          query: z.object({
            q: z.string().trim().max(100, 'De zoekterm is te lang').optional(),
            sector: sectorSchema.optional(),
            kind: facilityKindSchema.optional(),
            province: provinceSchema.optional(),
            postcode: z.string().regex(/^[1-9]\d{3}$/, 'Een postcode heeft 4 cijfers').optional(),
            sort: facilitySortSchema.optional(),
            page: pageQuerySchema,
          }),
        },
        responses: { 200: jsonResponse('Een pagina voorzieningen.', facilityPageSchema), 400: errorResponse('Ongeldige filter.') },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const key = `search:${JSON.stringify([query.q?.toLowerCase(), query.sector, query.kind, query.province, query.postcode, query.sort, query.page])}`;
        return c.json(await deps.searchCache.read(key, () => searchFacilities(deps.db, deps.rules.scores, query, deps.now())), 200);
      },
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
        description:
          'Nieuwste eerst, 10 per pagina; het totaal en de pagina\'s houden rekening met de filters. `theme`: alleen waarderingen met een score voor dat thema. `score` (1 tot 5) met `theme`: waarderingen die dat thema die score gaven; zonder `theme`: waarderingen met die totaalscore (het gemiddelde van hun beantwoorde thema\'s, half naar boven afgerond). Per waardering: `verified` (kwam met een uitnodigingscode van de voorziening), `older` (gepubliceerd voor het begin van de periode die meetelt in de scores) en de laatste gepubliceerde reactie van de voorziening. Nooit wie de waardering schreef.',
        request: { params: idParam, query: reviewFilterQuery },
        responses: {
          200: jsonResponse('Een pagina waarderingen.', publicReviewPageSchema),
          400: errorResponse('Ongeldige filter.'),
          404: errorResponse('Onbekende voorziening.'),
        },
      }),
      async (c) => c.json(await listPublicReviews(deps.db, deps.rules.scores, c.req.valid('param').id, c.req.valid('query'), deps.now()), 200),
    );
}
