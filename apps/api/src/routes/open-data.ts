import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  OPEN_DATA_DEFAULT_LIMIT,
  OPEN_DATA_LICENCE,
  OPEN_DATA_MAX_LIMIT,
  openDataFacilityPageSchema,
  openDataReviewPageSchema,
} from '@zorgwaardering/core';
import type { RouteDeps } from '../app';
import type { AppEnv } from '../env';
import { csvStream, type CsvColumn, type KeysetPage } from '../lib/csv';
import { errorResponse, newRouter } from '../lib/openapi';
import { FACILITY_CSV_COLUMNS, openDataFacilities, openDataReviews, openDataScoreRules, REVIEW_CSV_COLUMNS } from '../services/open-data';

const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

const formatQuery = z
  .enum(['json', 'csv'], { error: 'Kies json of csv' })
  .optional()
  .openapi({ description: 'Zonder `format` beslist de `Accept`-header (`text/csv` of `application/json`); standaard JSON.' });

const limitQuery = z.coerce
  .number({ error: 'Geef een aantal' })
  .int('Geef een geheel aantal')
  .min(1, 'Geef minstens 1')
  .max(OPEN_DATA_MAX_LIMIT, `Hoogstens ${OPEN_DATA_MAX_LIMIT} per pagina`)
  .optional()
  .openapi({
    description: `JSON: items per pagina (standaard ${OPEN_DATA_DEFAULT_LIMIT}, hoogstens ${OPEN_DATA_MAX_LIMIT}). CSV: zonder \`limit\` alle rijen, met \`limit\` hoogstens zoveel.`,
  });

const cursorMessage = 'Geen geldige cursor: geef de `next` van de vorige pagina door';

const licenceHeaders = {
  Link: {
    description: `De licentie: ${OPEN_DATA_LICENCE.name}.`,
    schema: { type: 'string' as const, example: LICENCE_LINK },
  },
};

const csvHeaders = {
  ...licenceHeaders,
  'Content-Disposition': { description: 'Als bijlage, met een bestandsnaam.', schema: { type: 'string' as const } },
};

/** JSON or CSV: the `format` parameter, otherwise what the Accept header prefers; JSON when equal. */
export function wantsCsv(format: 'json' | 'csv' | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  if (!accept) return false;
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { range, weight: Number.isFinite(weight) ? weight : 0 };
  });
  // The most specific range that matches a type decides its weight (RFC 9110, 12.5.1).
  const weightOf = (type: string) =>
    (ranges.find((r) => r.range === type) ?? ranges.find((r) => r.range === `${type.split('/')[0]}/*`) ?? ranges.find((r) => r.range === '*/*'))?.weight ?? 0;
  return weightOf('text/csv') > weightOf('application/json');
}

function csvResponse<T>(
  c: Context<AppEnv>,
  deps: RouteDeps,
  options: { filename: string; columns: CsvColumn<T>[]; batch: (after: string | undefined) => Promise<KeysetPage<T>>; after: string | undefined; max: number | undefined },
) {
  const body = csvStream({
    columns: options.columns,
    batch: options.batch,
    after: options.after,
    max: options.max,
    onError: (error) =>
      deps.logger.error('open_data.csv_failed', {
        requestId: c.get('requestId'),
        path: c.req.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  });
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${options.filename}"`,
    Link: LICENCE_LINK,
  });
}

export function openDataRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/open-data/facilities',
        tags: ['Open data'],
        summary: 'Alle voorzieningen met hun scores (JSON of CSV)',
        description: `Elke voorziening met adres, sector, soort, provincie, capaciteit, deelname, het aantal gepubliceerde waarderingen en de gemiddelden en aantallen over de scoreperiode, in het geheel en per thema. Een gemiddelde is leeg (null) zolang te weinig waarderingen meetellen. Gerangschikt op id, per pagina met een cursor: geef \`next\` door als \`after\`. CSV (RFC 4180, UTF-8, met kopregel; geneste velden heten zoals in JSON, met een punt: \`themes.respect.average\`) bevat alle rijen na \`after\`. Licentie: ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url}).`,
        request: {
          query: z.object({
            format: formatQuery,
            after: z.coerce
              .number({ error: cursorMessage })
              .int(cursorMessage)
              .positive(cursorMessage)
              .max(2_147_483_647, cursorMessage)
              .optional()
              .openapi({ description: 'Het id van de laatste voorziening van de vorige pagina (`next`).' }),
            limit: limitQuery,
          }),
        },
        responses: {
          200: {
            description: 'Een pagina voorzieningen (JSON) of alle voorzieningen (CSV).',
            headers: csvHeaders,
            content: { 'application/json': { schema: openDataFacilityPageSchema }, 'text/csv': { schema: z.string() } },
          },
          400: errorResponse('Ongeldige parameter.'),
        },
      }),
      async (c) => {
        const { format, after, limit } = c.req.valid('query');
        const now = deps.now();
        if (format === undefined) c.header('Vary', 'Accept');
        if (wantsCsv(format, c.req.header('accept'))) {
          return csvResponse(c, deps, {
            filename: 'zorgwaardering-voorzieningen.csv',
            columns: FACILITY_CSV_COLUMNS,
            batch: (from) => openDataFacilities(deps.db, deps.rules.scores, { after: from === undefined ? undefined : Number(from), limit: OPEN_DATA_MAX_LIMIT }, now, deps.config.publicUrl),
            after: after === undefined ? undefined : String(after),
            max: limit,
          });
        }
        const page = await openDataFacilities(deps.db, deps.rules.scores, { after, limit: limit ?? OPEN_DATA_DEFAULT_LIMIT }, now, deps.config.publicUrl);
        c.header('Link', LICENCE_LINK);
        return c.json({ licence: { ...OPEN_DATA_LICENCE }, scoreRules: openDataScoreRules(deps.rules.scores, now), ...page }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/open-data/reviews',
        tags: ['Open data'],
        summary: 'Alle gepubliceerde waarderingen (JSON of CSV)',
        description: `Per gepubliceerde waardering: id, voorziening, maand van publicatie, relatie tot de voorziening, de scores per thema (null: niet van toepassing), de gepubliceerde tekst, of de redactie de tekst aanpaste en of ze met een uitnodigingscode geschreven werd (geverifieerd). Nooit wie ze schreef. Gerangschikt op id, per pagina met een cursor: geef \`next\` door als \`after\`. CSV (RFC 4180, UTF-8, met kopregel) bevat alle rijen na \`after\`. Licentie: ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url}).`,
        request: {
          query: z.object({
            format: formatQuery,
            after: z.uuid({ error: cursorMessage }).optional().openapi({ description: 'Het id van de laatste waardering van de vorige pagina (`next`).' }),
            limit: limitQuery,
          }),
        },
        responses: {
          200: {
            description: 'Een pagina waarderingen (JSON) of alle waarderingen (CSV).',
            headers: csvHeaders,
            content: { 'application/json': { schema: openDataReviewPageSchema }, 'text/csv': { schema: z.string() } },
          },
          400: errorResponse('Ongeldige parameter.'),
        },
      }),
      async (c) => {
        const { format, after, limit } = c.req.valid('query');
        if (format === undefined) c.header('Vary', 'Accept');
        if (wantsCsv(format, c.req.header('accept'))) {
          return csvResponse(c, deps, {
            filename: 'zorgwaardering-waarderingen.csv',
            columns: REVIEW_CSV_COLUMNS,
            batch: (from) => openDataReviews(deps.db, { after: from, limit: OPEN_DATA_MAX_LIMIT }),
            after,
            max: limit,
          });
        }
        const page = await openDataReviews(deps.db, { after, limit: limit ?? OPEN_DATA_DEFAULT_LIMIT });
        c.header('Link', LICENCE_LINK);
        return c.json({ licence: { ...OPEN_DATA_LICENCE }, ...page }, 200);
      },
    );
}
