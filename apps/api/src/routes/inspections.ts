import { createRoute, z } from '@hono/zod-openapi';
import { facilityInspectionReportSchema, facilityInspectionsSchema } from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import { errorResponse, jsonResponse, newRouter } from '../lib/openapi';
import { getFacilityInspections, getInspectionReport } from '../services/inspections';

const facilityId = z.coerce
  .number({ error: 'Geen geldig nummer' })
  .int('Geen geldig nummer')
  .positive('Geen geldig nummer')
  .max(2_147_483_647, 'Geen geldig nummer');

export function inspectionRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities/{id}/inspections',
        tags: ['Inspectie'],
        summary: 'Inspectieverslagen, opvolging en handhaving van een voorziening',
        description:
          'De officiële gegevens, los van de waarderingen: de verslagen van Zorginspectie (nieuwste bezoek eerst) met de soort inspectie, ' +
          'de pedagogische kwaliteit per dimensie waar die gemeten werd, het resultaat per voorwaarde en het advies aan het agentschap; ' +
          'de huidige opvolgingsstatus van het agentschap dat de vergunning geeft; en de handhavingsstappen, lopend en afgesloten, elk nieuwste eerst.',
        request: { params: z.object({ id: facilityId }) },
        responses: {
          200: jsonResponse('De inspectiegegevens van de voorziening; lege lijsten als er geen zijn.', facilityInspectionsSchema),
          400: errorResponse('Ongeldig nummer van de voorziening.'),
          404: errorResponse('Onbekende voorziening.'),
        },
      }),
      async (c) => c.json(await getFacilityInspections(deps.db, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/facilities/{id}/inspections/{reportId}',
        tags: ['Inspectie'],
        summary: 'Eén inspectieverslag van een voorziening',
        description: 'Het volledige verslag, met het agentschap dat de vergunning geeft. Een verslag van een andere voorziening is hier onbekend.',
        request: {
          params: z.object({ id: facilityId, reportId: z.uuid({ error: 'Geen geldig verslag' }) }),
        },
        responses: {
          200: jsonResponse('Het inspectieverslag.', facilityInspectionReportSchema),
          400: errorResponse('Ongeldig nummer van de voorziening of van het verslag.'),
          404: errorResponse('Onbekende voorziening, of een verslag dat niet bij deze voorziening hoort.'),
        },
      }),
      async (c) => {
        const { id, reportId } = c.req.valid('param');
        return c.json(await getInspectionReport(deps.db, id, reportId), 200);
      },
    );
}
