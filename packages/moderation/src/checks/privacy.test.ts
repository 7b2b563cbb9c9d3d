import { describe, expect, it } from 'vitest';
import { evidence, flagsOf, redact, run } from '../test/helpers';

const code = async (text: string, c: string, context = {}) => (await flagsOf(text, c, {}, context))[0];

describe('e-mail addresses', () => {
  it('finds plain and obfuscated addresses and proposes a redaction', async () => {
    const text = 'Stuur gerust een berichtje naar sofie.de.smet@skynet.be of naar mama2019 [at] gmail.com voor tips.';
    const flag = await code(text, 'email-address');
    expect(evidence(text, flag)).toEqual(['sofie.de.smet@skynet.be', 'mama2019 [at] gmail.com']);
    expect(redact(text, [flag!])).toContain('[e-mailadres]');
  });
  it('does not take a web address or "@" in prose for one', async () => {
    expect(await code('De opvang is top @ Gent, meer op www.opgroeien.be zelf.', 'email-address')).toBeUndefined();
  });
});

describe('phone numbers', () => {
  it('finds Belgian and Dutch numbers in common notations', async () => {
    const text = 'Bel 0495/12.34.56 of 09 234 56 78, of +32 (0)3 450 12 34, of in Nederland 06-12345678 of 0031 20 555 1234.';
    const flag = await code(text, 'phone-number');
    expect(evidence(text, flag)).toEqual(['0495/12.34.56', '09 234 56 78', '+32 (0)3 450 12 34', '06-12345678', '0031 20 555 1234']);
  });
  it('ignores prices, years, counts and dates', async () => {
    expect(await code('We betalen 31,50 euro per dag sinds 2024; 12 kinderen, 3 begeleiders, open van 7.30 tot 18.30 uur, 12/03/2025.', 'phone-number')).toBeUndefined();
  });
});

describe('national register numbers', () => {
  it('finds valid numbers from before and after 2000 and BIS numbers', async () => {
    const text = 'Mijn nummer 85.03.12-123.62 en dat van onze zoon 12070404568 en een BIS-nummer 85.23.12-123.08.';
    expect(evidence(text, await code(text, 'national-number'))).toEqual(['85.03.12-123.62', '12070404568', '85.23.12-123.08']);
  });
  it('finds a number with wrong check digits when the text calls it a national register number', async () => {
    const text = 'Ze vroegen mijn rijksregisternummer: 85.03.12-123.99 stond zelfs op de factuur.';
    expect(evidence(text, await code(text, 'national-number'))).toEqual(['85.03.12-123.99']);
  });
  it('leaves other 11-digit numbers alone', async () => {
    expect(await code('Het dossiernummer is 85031212399, vermeld dat bij elke betaling.', 'national-number')).toBeUndefined();
  });
  it('does not also report the number as a phone number', async () => {
    expect(await code('Mijn rijksregisternummer 85031212362 stond erop.', 'phone-number')).toBeUndefined();
  });
});

describe('bank accounts', () => {
  it('finds valid IBANs (mod 97) and not invalid ones', async () => {
    const text = 'Stort terug op BE68 5390 0754 7034 en niet op BE68 5390 0754 7035.';
    expect(evidence(text, await code(text, 'bank-account'))).toEqual(['BE68 5390 0754 7034']);
  });
});

describe('number plates', () => {
  it('finds the current Belgian format and an older one near a car word', async () => {
    const text = 'Zijn wagen met plaat ABC-123 en haar auto 1-XYZ-987 staan altijd op het voetpad.';
    expect(evidence(text, await code(text, 'number-plate'))).toEqual(['ABC-123', '1-XYZ-987']);
  });
  it('ignores quantities and codes without a car', async () => {
    expect(await code('We kregen 1 kom 250 gram soep en de actie heette ABC-123 in de folder.', 'number-plate')).toBeUndefined();
  });
});

describe('street addresses', () => {
  it('finds street, number, box and postcode with municipality', async () => {
    const text = 'Wij wonen in de Sint-Jansstraat 27 bus 4, 2000 Antwerpen, vlak bij de opvang.';
    expect(evidence(text, await code(text, 'street-address'))).toEqual(['Sint-Jansstraat 27 bus 4, 2000 Antwerpen']);
  });
  it('finds two-word street names', async () => {
    const text = 'De opvang ligt aan de Grote Markt 12 in het centrum.';
    expect(evidence(text, await code(text, 'street-address'))).toEqual(['Grote Markt 12']);
  });
  it('does not take years or counts after a word for a house number', async () => {
    expect(await code('De kerstmarkt 2025 was gezellig, en in de tuin 3 nieuwe schommels.', 'street-address')).toBeUndefined();
    expect(await code('We wonen in 9000 Gent, dicht bij de opvang.', 'street-address')).toBeUndefined();
  });
});

describe('dates of birth', () => {
  it('finds a date after "geboren op" and after the ° sign', async () => {
    const text = 'Onze zoon is geboren op 14 juli 2023 en zijn zus °02/11/2020.';
    expect(evidence(text, await code(text, 'birth-date'))).toEqual(['14 juli 2023', '02/11/2020']);
  });
  it('ignores dates that are no birth dates', async () => {
    expect(await code('Op 14 juli 2025 was er een barbecue voor alle ouders.', 'birth-date')).toBeUndefined();
  });
});

describe('person names', () => {
  it('finds a name after a role word and proposes the role instead', async () => {
    const text = 'Kinderbegeleidster Hilde is een schat. We zagen ook meester Bram en onze juf Yasmina.';
    const flag = await code(text, 'person-name');
    expect(evidence(text, flag)).toEqual(['Hilde', 'Bram', 'Yasmina']);
    expect(redact(text, [flag!])).toBe('De kinderbegeleidster is een schat. We zagen ook de meester en onze juf.');
  });
  it('finds a name after a family word and keeps the family word', async () => {
    const text = 'Sinds ons zoontje Warre hier zit, slaapt hij beter.';
    const flag = await code(text, 'person-name');
    expect(redact(text, [flag!])).toBe('Sinds ons zoontje hier zit, slaapt hij beter.');
  });
  it('finds first names from the list and full names, also with particles', async () => {
    const text = 'Een dikke merci aan Femke en aan Jan Vanden Bossche voor alles.';
    expect(evidence(text, await code(text, 'person-name'))).toEqual(['Femke', 'Jan Vanden Bossche']);
  });
  it('finds the names of staff the facility gave, also the first name alone', async () => {
    const text = 'Gelukkig is Marieke er altijd om ons op te vangen.';
    expect(evidence(text, await code(text, 'person-name', { staffNames: ['Marieke Vercauteren'] }))).toEqual(['Marieke']);
  });
  it('takes a first name that is also an ordinary word only after a role word', async () => {
    expect(await code('Lieve juffen, en een lieve kokkin.', 'person-name')).toBeUndefined();
    expect(evidence('Juf Lieve is er altijd.', await code('Juf Lieve is er altijd.', 'person-name'))).toEqual(['Lieve']);
  });
  it('leaves roles, places, facility names and ordinary words alone', async () => {
    for (const text of [
      'De begeleidster van de peutergroep is geduldig en de directie luistert.',
      'We wonen in Gent en werken in Brussel, de opvang ligt ideaal.',
      'Kinderdagverblijf Het Zonnetje is een aanrader voor iedereen.',
      'Roos en tulpen in de tuin, en een frank vriendelijk onthaal.',
      'Onze dochter zit bij de juffen van de babygroep en is er graag.',
    ]) {
      expect(await code(text, 'person-name'), text).toBeUndefined();
    }
  });
  it("does not take the facility's own name for a person", async () => {
    expect(await code('Bij Sarah haar opvang is het fijn.', 'person-name', { facilityName: 'Bij Sarah' })).toBeUndefined();
  });
});

describe('health data', () => {
  it('finds a health detail about a named staff member', async () => {
    const text = 'Sinds begeleider Koen een depressie heeft, is er geen vaste kracht meer.';
    expect(evidence(text, await code(text, 'health-data'))).toEqual(['depressie']);
  });
  it('finds a serious health detail about the one childminder', async () => {
    expect(await code('De onthaalmoeder is al maanden thuis met een burn-out.', 'health-data')).toBeDefined();
  });
  it("leaves the author's own family and unnamed staff alone", async () => {
    expect(await code('Onze zoon heeft autisme en de begeleiders houden daar rekening mee.', 'health-data')).toBeUndefined();
    expect(await code('Een van de begeleidsters was een week ziek, er was meteen vervanging.', 'health-data')).toBeUndefined();
  });
});

describe('a clean review', () => {
  it('has no privacy flag', async () => {
    const report = await run('De juffen zijn warm en betrokken, en de communicatie via de app is vlot. Het eten is gezond.');
    expect(report.flags.filter((f) => f.category === 'privacy')).toEqual([]);
  });
});
