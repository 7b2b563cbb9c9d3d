import { createRoute, z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import { mailboxMessages } from '@zorgwaardering/db';
import { emailSchema } from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import { jsonResponse, newRouter, errorResponse } from '../lib/openapi';

const messageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  code: z.string().nullable(),
  link: z.string().nullable(),
  deliveredAt: z.string(),
});

/** Only mounted while mail is kept locally (no SMTP_URL): the mail a developer or demo user would have received. */
export function devMailboxRoutes(deps: RouteDeps) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/dev/mailbox',
      tags: ['Ontwikkeling'],
      summary: 'Lokale mailbox (alleen zonder SMTP-server)',
      description: 'De mails die het platform verstuurde, nieuwste eerst; met `to` alleen die aan dat adres, anders de laatste 50.',
      request: { query: z.object({ to: emailSchema.optional() }) },
      responses: { 200: jsonResponse('De mails.', z.object({ messages: z.array(messageSchema) })), 400: errorResponse('Geen geldig e-mailadres.') },
    }),
    async (c) => {
      const { to } = c.req.valid('query');
      await deps.outbox.drain();
      const rows = await deps.db
        .select()
        .from(mailboxMessages)
        .where(to ? eq(mailboxMessages.to, to) : undefined)
        .orderBy(desc(mailboxMessages.id))
        .limit(50);
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          messages: rows.map((row) => ({
            id: String(row.id),
            to: row.to,
            subject: row.subject,
            text: row.text,
            code: typeof row.data.code === 'string' ? row.data.code : null,
            link: typeof row.data.link === 'string' ? row.data.link : null,
            deliveredAt: row.deliveredAt.toISOString(),
          })),
        },
        200,
      );
    },
  );
}
