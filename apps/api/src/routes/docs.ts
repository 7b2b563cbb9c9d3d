import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { newRouter } from '../lib/openapi';

type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;

const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Zorgwaardering Vlaanderen API',
    version: '0.1.0',
    description:
      'De API van het waarderingsplatform voor zorg en ondersteuning in Vlaanderen. Fouten hebben altijd de vorm `{"error":{"code","message","details?"}}`.',
  },
} as const;

/** The OpenAPI document, generated from the routes' zod schemas, and a readable reference page. */
export function docsRoutes(app: OpenAPIHono<AppEnv>) {
  let cached: OpenApiDocument | undefined;
  const document = () => (cached ??= app.getOpenAPI31Document(documentConfig));

  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/openapi.json',
        tags: ['Systeem'],
        summary: 'Dit OpenAPI-document',
        responses: { 200: { description: 'Het OpenAPI 3.1-document.', content: { 'application/json': { schema: z.looseObject({}) } } } },
      }),
      (c) => c.json(document() as unknown as Record<string, unknown>, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/docs',
        tags: ['Systeem'],
        summary: 'Leesbare API-referentie (HTML)',
        responses: { 200: { description: 'De referentie als webpagina.', content: { 'text/html': { schema: z.string() } } } },
      }),
      (c) => {
        c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
        return c.html(renderReference(document()), 200);
      },
    );
}

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const schemaBlock = (schema: unknown) => (schema ? `<pre>${escape(JSON.stringify(schema, null, 2))}</pre>` : '');

function renderReference(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {}) as [string, Record<string, any>][]) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const tag = (op.tags?.[0] as string | undefined) ?? 'Overig';
      const params = (op.parameters ?? []) as { name: string; in: string; required?: boolean; schema?: unknown }[];
      const body = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses as Record<string, any>)
        .map(([status, response]) => `<li><strong>${escape(status)}</strong> ${escape(response.description)}${schemaBlock(response.content?.['application/json']?.schema)}</li>`)
        .join('');
      const section = `<section class="op" id="${escape(`${method}-${path}`)}">
  <h3><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
  ${op.summary ? `<p class="summary">${escape(op.summary)}</p>` : ''}
  ${op.description ? `<p>${escape(op.description)}</p>` : ''}
  ${params.length ? `<h4>Parameters</h4><ul>${params.map((p) => `<li><code>${escape(p.name)}</code> (${escape(p.in)}${p.required ? ', verplicht' : ''})${schemaBlock(p.schema)}</li>`).join('')}</ul>` : ''}
  ${body ? `<h4>Inhoud van het verzoek (JSON)</h4>${schemaBlock(body)}` : ''}
  <h4>Antwoorden</h4><ul>${responses}</ul>
</section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), section]);
    }
  }
  const tags = [...byTag.keys()];
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API-referentie · Zorgwaardering Vlaanderen</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;font-size:.85rem}
.op{border-top:1px solid #ccc;padding:.5rem 0}
.method{display:inline-block;min-width:4.5rem;font-family:monospace;color:#fff;background:#35516b;padding:0 .4rem;border-radius:3px}
.method.post{background:#1d6b3a}.method.patch{background:#7a4a00}.method.delete{background:#8a1f1f}
a{color:#0b4f8a}
</style></head><body>
<h1>API-referentie</h1>
<p>${escape(doc.info.description)}</p>
<p>Het machineleesbare document staat op <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escape(doc.openapi)}).</p>
<nav aria-label="Onderwerpen"><ul>${tags.map((tag) => `<li><a href="#tag-${escape(tag)}">${escape(tag)}</a></li>`).join('')}</ul></nav>
<main>${tags.map((tag) => `<h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${byTag.get(tag)!.join('\n')}`).join('\n')}</main>
</body></html>`;
}
