import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, loadRules, RulesError } from './load';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of moderation-rules/ with one file changed. */
function rulesWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  dirs.push(dir);
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

const noDictionary = { speller: () => true };

async function failure(dir: string): Promise<RulesError> {
  const error = await loadRules({ dir, ...noDictionary }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RulesError);
  return error as RulesError;
}

/** The 1-based line of the first occurrence of `needle` in a rules file. */
function lineOf(dir: string, file: string, needle: string): number {
  return readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('loadRules', () => {
  it('loads the repository rules with their version and the intervals of publication.json', async () => {
    const rules = await loadRules(noDictionary);
    expect(rules.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+#[0-9a-f]{8}$/);
    expect(rules.intervalDays.kinderopvang).toBeGreaterThan(0);
    expect(rules.people.firstNames.has('ilse')).toBe(true);
  });

  it('names file and line of a YAML syntax error', async () => {
    const dir = rulesWith('lists/sentiment.yaml', (t) => t.replace('negators: [', 'negators: [[['));
    const error = await failure(dir);
    expect(error.file).toMatch(/lists[/\\]sentiment\.yaml$/);
    expect(error.line).toBeGreaterThanOrEqual(lineOf(dir, 'lists/sentiment.yaml', 'negators:'));
  });

  it('names file and line of a phrase that does not compile', async () => {
    const dir = rulesWith('lists/safety.yaml', (t) => t.replace('{phrase: geslagen, weight: 1}', '{phrase: "(geslagen", weight: 1}'));
    const error = await failure(dir);
    expect(error.message).toMatch(/safety\.yaml:\d+: .*geslagen/);
    expect(error.line).toBe(lineOf(dir, 'lists/safety.yaml', '"(geslagen"'));
  });

  it('names the line of a value of the wrong type', async () => {
    const dir = rulesWith('prescreen.yaml', (t) => t.replace('minWords: 5', 'minWords: vijf'));
    const error = await failure(dir);
    expect(error.line).toBe(lineOf(dir, 'prescreen.yaml', 'minWords: vijf'));
    expect(error.message).toMatch(/readability\.minWords/);
  });

  it('refuses unknown keys and missing files', async () => {
    const dir = rulesWith('prescreen.yaml', (t) => t.replace('risk:', 'risico: 3\nrisk:'));
    expect((await failure(dir)).message).toMatch(/prescreen\.yaml/);
    const empty = mkdtempSync(join(tmpdir(), 'rules-'));
    dirs.push(empty);
    expect((await failure(empty)).message).toMatch(/prescreen\.yaml: kan het bestand niet lezen/);
  });

  it('changes the version when any rule file changes', async () => {
    const before = (await loadRules(noDictionary)).version;
    const dir = rulesWith('lists/reliability.yaml', (t) => t + '\n# een opmerking\n');
    expect((await loadRules({ dir, ...noDictionary })).version).not.toBe(before);
  });
});
