import { describe, expect, it } from 'vitest';
import { flagsOf, run } from '../test/helpers';

const codes = async (text: string) => (await flagsOf(text, 'readability')).map((f) => f.code);

describe('language', () => {
  it('flags English, French and German texts', async () => {
    expect(await codes('The staff are lovely and our daughter loves going there every single morning, highly recommended.')).toEqual(['not-dutch']);
    expect(await codes("Le personnel est très gentil et notre fils y va avec plaisir, mais la communication pourrait être meilleure.")).toEqual(['not-dutch']);
    expect(await codes('Das Personal ist freundlich und unsere Tochter geht jeden Tag gerne hin, nur das Essen ist nicht so gut.')).toEqual(['not-dutch']);
  });
  it('counts very short texts as unknown, not as another language', async () => {
    const report = await run('Super team!');
    expect(report.metrics.language).toBe('unknown');
    expect(report.flags.map((f) => f.code)).toEqual(['too-short']);
  });
  it('takes Flemish for Dutch', async () => {
    expect(await codes('Ons menneke gaat hier met veel goesting naartoe, de juffen zijn plezant en ze babbelen veel met de ouders.')).toEqual([]);
  });
});

describe('form', () => {
  it('flags texts that are too short', async () => {
    expect(await codes('Goed zo.')).toEqual(['too-short']);
    expect(await codes('Het eten is hier echt lekker.')).toEqual([]);
  });
  it('flags shouting, not an acronym or two', async () => {
    expect(await codes('SCHANDALIG HOE ZE HIER MET DE KINDEREN OMGAAN, NIEMAND LUISTERT!')).toEqual(['capitals']);
    expect(await codes('De BSO werkt samen met het CLB en de VZW, dat loopt vlot.')).toEqual([]);
  });
  it('flags repeated letters and punctuation, not an ellipsis', async () => {
    expect(await codes('Zaaaalig hier, echt waaaar, onze dochter is er graag!!!')).toEqual(['repetition']);
    expect(await codes('Het begin was moeilijk... maar nu gaat het heel goed met onze dochter!')).toEqual([]);
  });
  it('flags gibberish', async () => {
    expect(await codes('xkcdq wrtpz bnmvx qwzrt plkjh')).toEqual(['gibberish']);
  });
  it('flags chat language and many spelling errors, not Flemish words or compounds', async () => {
    expect(await codes('ik vind da ze hier ni goe oplete, gwn altyd te laat en msgs worde nie gelezen, zx slecht')).toEqual(['spelling']);
    expect(await codes('De kinderopvangorganisatie werkt met nachtbegeleiders en zorgkundigen; de afhaalmomenten zijn goed geregeld.')).toEqual([]);
  });
  it('reports the Flesch-Douma reading ease as information, never as a flag', async () => {
    const report = await run('De juffen zijn lief. Het eten is goed. We zijn tevreden.');
    expect(report.metrics.readingEase).toBeGreaterThan(60);
    expect(report.flags).toEqual([]);
  });
});
