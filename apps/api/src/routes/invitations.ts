import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../app';
import { requireUser } from '../lib/actor';
import { errorResponse, jsonBody, jsonResponse, newRouter } from '../lib/openapi';
import { createInvitationCodes, INVITATION_MAX_COUNT, INVITATION_VALIDITY_DAYS } from '../services/invitations';

const idParam = z.object({
  id: z.coerce.number({ error: 'Geen geldig nummer' }).int('Geen geldig nummer').positive('Geen geldig nummer').max(2_147_483_647, 'Geen geldig nummer'),
});

const countMessage = `Kies een aantal van 1 tot ${INVITATION_MAX_COUNT}`;

export function invitationRoutes(deps: RouteDeps) {
  const router = newRouter();
  // Signed out is a 401 before the body is even looked at.
  router.use('/facilities/:id/invitation-codes', async (c, next) => {
    requireUser(c.get('actor'));
    await next();
  });
  return router.openapi(
    createRoute({
      method: 'post',
      path: '/facilities/{id}/invitation-codes',
      tags: ['Voorzieningen'],
      summary: 'Maak uitnodigingscodes',
      description: `Voor medewerkers van de organisatie van de voorziening. Maakt 1 tot ${INVITATION_MAX_COUNT} codes die elk één keer werken, ${INVITATION_VALIDITY_DAYS} dagen lang. Een waardering met zo'n code is "geverifieerd". De codes staan alleen in dit antwoord: bewaard wordt enkel een sleutel-hash.`,
      request: {
        params: idParam,
        body: jsonBody(
          z.object({
            count: z.number({ error: countMessage }).int(countMessage).min(1, countMessage).max(INVITATION_MAX_COUNT, countMessage),
          }),
        ),
      },
      responses: {
        201: jsonResponse(
          'De nieuwe codes, die je maar één keer ziet.',
          z.object({ facilityId: z.number().int(), codes: z.array(z.string()), expiresAt: z.string() }),
        ),
        400: errorResponse('Ongeldig aantal.'),
        401: errorResponse('Niet ingelogd.'),
        403: errorResponse('Geen medewerker van deze voorziening.'),
        404: errorResponse('Onbekende voorziening.'),
        409: errorResponse('`facility_not_participating`.'),
      },
    }),
    async (c) => {
      const created = await createInvitationCodes(deps.serviceContext(c), deps.config, c.req.valid('param').id, c.req.valid('json').count);
      c.header('Cache-Control', 'private, no-store');
      return c.json({ ...created, expiresAt: created.expiresAt.toISOString() }, 201);
    },
  );
}
