import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    sector: 'kinderopvang',
    ratings: { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4, begeleiding: 4, welbevinden: 4, omgeving: 4, organisatie: 4 },
    expect: ['privacy', 'safety', 'interval'],
    ...fields,
  });

describe('pnpm moderate', () => {
  it('screens a stream in time order and writes one report line per submission', () => {
    const input = [
      line({ id: 'x1', author: 'u1', facility: 'f1', submittedAt: '2026-01-01T10:00:00Z', text: 'Een warme opvang met geduldige begeleidsters, onze dochter is er graag.' }),
      line({ id: 'x2', author: 'u1', facility: 'f1', submittedAt: '2026-02-01T10:00:00Z', text: 'Nog steeds tevreden over de opvang, al is de parking wat klein geworden.' }),
      line({ id: 'x3', author: 'u2', facility: 'f2', submittedAt: '2026-02-02T10:00:00Z', text: 'Juf Ilse heeft ons kind geslagen, bel me op 0476 12 34 56.' }),
      '{ dit is geen json',
    ].join('\n');
    const result = spawnSync(tsx, ['packages/moderation/src/cli/moderate.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toMatch(/regel 4: geen geldige JSON/);
    expect(result.status).toBe(1);
    const reports = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(reports.map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
    for (const r of reports) expect(Object.keys(r)).toEqual(['id', 'flags', 'riskScore', 'suggestion']);
    expect(reports[0].flags).toEqual([]);
    expect(reports[0].suggestion).toBe('publish');
    // The earlier line is the context of the later one: same author, same facility, 31 days later.
    expect(reports[1].flags.map((f: { code: string }) => f.code)).toEqual(['resubmission']);
    expect(Object.keys(reports[1].flags[0])).toEqual(['category', 'code', 'severity', 'message', 'spans']);
    expect(new Set(reports[2].flags.map((f: { category: string }) => f.category))).toEqual(new Set(['privacy', 'safety']));
    expect(reports[2].suggestion).toBe('hold');
  });
});
