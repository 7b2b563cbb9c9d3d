import type { FacilityKind, Ratings, Relationship, Sector, ThemeKey } from '@zorgwaardering/core';
import { THEME_KEYS } from '@zorgwaardering/core';
import type { Dice } from './random';

/**
 * The Dutch texts of the demo reviews and facility responses, assembled from sentences per sector
 * and theme. A sentence is positive, mixed or negative, and picked to match the rating the review
 * gives that theme. Placeholders:
 *
 * - `{wie}` the person the experience is about ("onze dochter", "mijn vader", or "ik");
 *   `{wiem}` the same as an object ("mij"); `{hij}`, `{hem}`, `{zijn}`, `{zich}` the pronouns;
 * - `{third|first}` the verb form for a third person or for the author ("{woont|woon}");
 * - `{plek}` the facility ("de opvang", "het woonzorgcentrum"), `{team}` its staff as a group;
 * - `{duur}` how long the experience lasted, `{dagen}` how often;
 * - a capital (`{Wie}`, `{Plek}`, `{Team}`) capitalises the value.
 *
 * A line starting with "3:" fits only when the experience is about someone else, "1:" only when
 * it is the author's own. Staff are never named.
 */

export type Polarity = 'positive' | 'mixed' | 'negative';

export interface Subject {
  wie: string;
  wiem: string;
  hij: string;
  hem: string;
  zijn: string;
  zich: string;
  /** The author writes about their own experience (a resident, a user, a young person). */
  first: boolean;
  female: boolean;
}

type Lines = readonly string[];
type ThemeLines = Partial<Record<Polarity, Lines>>;

const AUTHOR: Subject = { wie: 'ik', wiem: 'mij', hij: 'ik', hem: 'mij', zijn: 'mijn', zich: 'me', first: true, female: false };

const someone = (wie: string, female: boolean): Subject => ({
  wie,
  wiem: wie,
  hij: female ? 'ze' : 'hij',
  hem: female ? 'haar' : 'hem',
  zijn: female ? 'haar' : 'zijn',
  zich: 'zich',
  first: false,
  female,
});

/** Who a review is about, per sector and relationship: [phrase, female]; empty means the author. */
const SUBJECTS: Record<Sector, Partial<Record<Relationship, readonly (readonly [string, boolean])[]>>> = {
  kinderopvang: {
    ouder: [['onze dochter', true], ['onze zoon', false], ['ons zoontje', false], ['ons dochtertje', true], ['onze jongste', true], ['onze jongste', false], ['onze oudste', false]],
    grootouder: [['onze kleindochter', true], ['ons kleinzoontje', false], ['onze kleinzoon', false]],
    pleegouder: [['onze pleegdochter', true], ['ons pleegzoontje', false]],
    voogd: [['het meisje', true], ['de jongen', false]],
    andere: [['mijn petekind', true], ['mijn petekind', false], ['mijn nichtje', true]],
  },
  ouderenzorg: {
    bewoner: [],
    partner: [['mijn man', false], ['mijn vrouw', true]],
    kind_van_bewoner: [['mijn moeder', true], ['mijn vader', false], ['ons moeder', true], ['ons vader', false], ['mijn schoonmoeder', true]],
    familielid: [['mijn tante', true], ['mijn oom', false], ['mijn grootmoeder', true], ['mijn schoonvader', false]],
    mantelzorger: [['mijn moeder', true], ['mijn vader', false], ['mijn buurvrouw', true]],
    vertegenwoordiger: [['mijn oom', false], ['mijn tante', true]],
    andere: [['mijn buurman', false], ['mijn meter', true], ['mijn peter', false]],
  },
  handicap: {
    gebruiker: [],
    ouder: [['onze zoon', false], ['onze dochter', true]],
    familielid: [['mijn broer', false], ['mijn zus', true]],
    vertegenwoordiger: [['mijn broer', false], ['mijn nicht', true]],
    mantelzorger: [['mijn zoon', false], ['mijn dochter', true], ['mijn zus', true]],
    andere: [['mijn neef', false], ['mijn vriendin', true]],
  },
  jeugdhulp: {
    jongere: [],
    ouder: [['onze zoon', false], ['onze dochter', true]],
    pleegouder: [['onze pleegzoon', false], ['onze pleegdochter', true]],
    familielid: [['mijn kleinzoon', false], ['mijn nichtje', true], ['mijn neef', false]],
    voogd: [['de jongen', false], ['het meisje', true]],
    andere: [['mijn petekind', false], ['mijn petekind', true]],
  },
};

export function subjectFor(dice: Dice, sector: Sector, relationship: Relationship): Subject {
  const options = SUBJECTS[sector][relationship] ?? [];
  if (options.length === 0) return AUTHOR;
  const [wie, female] = dice.pick(options);
  return someone(wie, female);
}

/** The public description an author gives, per relationship ({ster}: "bewoner" or "bewoonster"). */
const LABELS: Record<Sector, Partial<Record<Relationship, Lines>>> = {
  kinderopvang: {
    ouder: ['Mama van een peuter', 'Papa van een peuter', 'Ouder van een baby', 'Mama van twee kinderen', 'Papa van een kleuter', 'Ouder'],
    grootouder: ['Oma van een peuter', 'Opa', 'Grootouder'],
    pleegouder: ['Pleegmama', 'Pleegouder'],
    voogd: ['Voogd'],
    andere: ['Meter', 'Tante van een peuter'],
  },
  ouderenzorg: {
    bewoner: ['Bewoner', 'Bewoner sinds enkele jaren', 'Bewoner van een assistentiewoning'],
    partner: ['Partner van een {ster}'],
    kind_van_bewoner: ['Dochter van een {ster}', 'Zoon van een {ster}', 'Kind van een {ster}'],
    familielid: ['Familielid van een {ster}', 'Kleindochter van een {ster}', 'Kleinzoon van een {ster}'],
    mantelzorger: ['Mantelzorger', 'Mantelzorger van een {ster}'],
    vertegenwoordiger: ['Bewindvoerder van een {ster}', 'Wettelijk vertegenwoordiger'],
    andere: ['Buur van een {ster}', 'Vrijwilliger en kennis van een {ster}'],
  },
  handicap: {
    gebruiker: ['Gebruiker', 'Bewoner van een woongroep', 'Gebruiker van het dagcentrum'],
    ouder: ['Ouder van een volwassen zoon', 'Ouder van een volwassen dochter', 'Ouder'],
    familielid: ['Broer of zus van een gebruiker', 'Familielid'],
    vertegenwoordiger: ['Bewindvoerder', 'Wettelijk vertegenwoordiger'],
    mantelzorger: ['Mantelzorger'],
    andere: ['Vriend van een gebruiker'],
  },
  jeugdhulp: {
    jongere: ['Jongere, 16 jaar', 'Jongere in begeleiding', 'Jongere, 17 jaar', 'Jongere'],
    ouder: ['Ouder', 'Mama van een tiener', 'Papa van een tiener'],
    pleegouder: ['Pleegouder', 'Pleeggezin'],
    familielid: ['Grootouder', 'Familielid'],
    voogd: ['Voogd'],
    andere: ['Betrokken buur'],
  },
};

export function displayLabelFor(dice: Dice, sector: Sector, relationship: Relationship, subject: Subject): string {
  const options = LABELS[sector][relationship] ?? ['Betrokkene'];
  return dice.pick(options).replace('{ster}', subject.female ? 'bewoonster' : 'bewoner');
}

/** How the facility is called in a sentence. */
const PLACE: Record<FacilityKind, Lines> = {
  gezinsopvang: ['de opvang', 'de gezinsopvang'],
  groepsopvang: ['de opvang', 'het kinderdagverblijf', 'de crèche'],
  buitenschoolse_opvang: ['de opvang', 'de buitenschoolse opvang'],
  woonzorgcentrum: ['het woonzorgcentrum', 'het rusthuis', 'het huis'],
  dagverzorgingscentrum: ['het dagverzorgingscentrum', 'het dagcentrum'],
  centrum_kortverblijf: ['het kortverblijf'],
  groep_assistentiewoningen: ['de residentie', 'de assistentiewoningen'],
  vergunde_zorgaanbieder: ['de voorziening', 'de organisatie'],
  dienst_ondersteuningsplan: ['de dienst', 'de dienst ondersteuningsplan'],
  multifunctioneel_centrum: ['het centrum', 'de voorziening'],
  organisatie_bijzondere_jeugdzorg: ['de voorziening', 'de organisatie'],
  pleegzorg: ['de pleegzorgdienst', 'pleegzorg'],
  centrum_kinderzorg_gezinsondersteuning: ['het CKG', 'het centrum'],
};

/** The staff as one group (singular, so a verb agrees with every value). */
const TEAM: Record<FacilityKind, Lines> = {
  gezinsopvang: ['de onthaalouder'],
  groepsopvang: ['het team', 'de ploeg'],
  buitenschoolse_opvang: ['het team', 'de ploeg'],
  woonzorgcentrum: ['het personeel', 'het zorgteam'],
  dagverzorgingscentrum: ['het personeel', 'het team'],
  centrum_kortverblijf: ['het personeel'],
  groep_assistentiewoningen: ['het personeel', 'het team'],
  vergunde_zorgaanbieder: ['het team', 'de begeleiding'],
  dienst_ondersteuningsplan: ['de begeleiding'],
  multifunctioneel_centrum: ['het team', 'de begeleiding'],
  organisatie_bijzondere_jeugdzorg: ['het team', 'de begeleiding'],
  pleegzorg: ['de begeleiding'],
  centrum_kinderzorg_gezinsondersteuning: ['het team', 'de begeleiding'],
};

const OPENINGS: Record<Sector, Lines> = {
  kinderopvang: [
    '{Wie} gaat sinds {duur} naar {plek}.',
    '{Wie} ging {duur} naar {plek}, {dagen}.',
    'We brachten {wiem} {duur} naar {plek}, {dagen}.',
    'Ik schrijf dit na {duur} bij {plek}.',
    '{Wie} zit nu {duur} in {plek}, {dagen}.',
  ],
  ouderenzorg: [
    '{Wie} {woont|woon} sinds {duur} in {plek}.',
    '{Wie} {verblijft|verblijf} nu {duur} in {plek}.',
    '3:Ik kom {dagen} op bezoek bij {wiem} in {plek}.',
    '3:Na een moeilijke periode thuis verhuisde {wie} {duur} geleden naar {plek}.',
    '1:Ik woon nu {duur} in {plek} en schrijf dit zelf, met wat hulp van mijn dochter.',
  ],
  handicap: [
    '{Wie} {krijgt|krijg} sinds {duur} ondersteuning van {plek}.',
    '{Wie} {woont|woon} sinds {duur} in een woongroep van {plek}.',
    '{Wie} {gaat|ga} {dagen} naar het dagcentrum.',
    '3:We werken al {duur} samen met {plek} voor de ondersteuning van {wiem}.',
  ],
  jeugdhulp: [
    '{Wie} {krijgt|krijg} sinds {duur} begeleiding van {plek}.',
    '{Wie} {verblijft|verblijf} sinds {duur} in een leefgroep van {plek}.',
    '3:Ons gezin krijgt sinds {duur} hulp van {plek}.',
    '1:Ik kwam {duur} geleden bij {plek} terecht, niet helemaal vrijwillig.',
  ],
};

const KIND_OPENINGS: Partial<Record<FacilityKind, Lines>> = {
  buitenschoolse_opvang: [
    '{Wie} gaat voor en na school naar {plek}, en in de vakanties soms de hele dag.',
    '{Wie} gaat al {duur} naar {plek} na school.',
    '{Wie} gaat {dagen} naar {plek}.',
    'Ik schrijf dit na {duur} bij {plek}.',
  ],
  gezinsopvang: [
    '{Wie} gaat sinds {duur} naar een onthaalouder, {dagen}.',
    'We kozen bewust voor een kleine gezinsopvang, en {wie} gaat er nu {duur}.',
    '{Wie} gaat {dagen} naar {plek}, nu al {duur}.',
    'Ik schrijf dit na {duur} bij {plek}.',
  ],
  dagverzorgingscentrum: [
    '{Wie} {gaat|ga} {dagen} naar {plek}.',
    '3:Sinds {duur} gaat {wie} overdag naar {plek}, zodat we het thuis volhouden.',
    '1:Ik ga sinds {duur} overdag naar {plek}, {dagen}.',
  ],
  centrum_kortverblijf: ['{Wie} {verbleef|verbleef} enkele weken in {plek} na een ziekenhuisopname.', '3:{Wie} ging naar {plek} terwijl wij even op adem kwamen.'],
  groep_assistentiewoningen: [
    '{Wie} {woont|woon} sinds {duur} in een flat van {plek}.',
    '3:Ik kom {dagen} langs bij {wiem} in {plek}.',
    '1:Ik huur sinds {duur} een assistentiewoning in {plek}.',
  ],
  dienst_ondersteuningsplan: ['3:{Plek} hielp ons {duur} geleden met het ondersteuningsplan van {wiem}.', '1:{Plek} hielp me met mijn ondersteuningsplan.'],
  pleegzorg: ['{Wie} {woont|woon} sinds {duur} in een pleeggezin, en {plek} volgt dat op.'],
  centrum_kinderzorg_gezinsondersteuning: ['3:Ons gezin krijgt sinds {duur} ondersteuning van {plek}.', '{Wie} {logeert|logeer} af en toe in {plek}.'],
};

/** Sentences per theme for every sector. */
const GENERAL: Record<ThemeKey, ThemeLines> = {
  communicatie: {
    positive: [
      'De communicatie verloopt heel vlot: vragen krijgen snel een antwoord.',
      'Je wordt altijd goed op de hoogte gehouden, ook als er iets misloopt.',
      'Ze nemen de tijd om dingen uit te leggen en luisteren echt.',
      'Afspraken worden duidelijk doorgegeven en op mails komt snel een antwoord.',
    ],
    mixed: [
      'De communicatie is meestal in orde, al moet je soms zelf achter informatie aan gaan.',
      'Informatie komt er wel, maar niet altijd op tijd.',
    ],
    negative: [
      'De communicatie loopt stroef: op mails komt vaak dagen geen antwoord.',
      'Belangrijke veranderingen hoor je pas achteraf, en dan nog via via.',
      'Je moet zelf altijd navragen hoe het gaat, uit zichzelf vertellen ze weinig.',
    ],
  },
  respect: {
    positive: [
      'Er wordt altijd vriendelijk en respectvol met iedereen omgegaan.',
      'Je voelt dat ze iedereen met respect behandelen, ook als het druk is.',
      'Ze houden rekening met gewoontes en wensen, zonder daar moeilijk over te doen.',
    ],
    mixed: ['Meestal zijn ze vriendelijk, al wordt er op drukke momenten wel eens kortaf gereageerd.'],
    negative: [
      'Er wordt soms over mensen gepraat alsof ze er niet bij zijn.',
      'Op drukke momenten wordt er kortaf en weinig respectvol gereageerd.',
    ],
  },
  inspraak: {
    positive: [
      'Er wordt echt geluisterd naar wensen en voorstellen.',
      'Je mag altijd mee nadenken over wat beter kan, en er gebeurt ook iets mee.',
    ],
    mixed: ['Je mag je mening geven, maar of er iets mee gebeurt is niet altijd duidelijk.'],
    negative: [
      'Met voorstellen wordt weinig gedaan: het is hun manier of geen.',
      'Inspraak staat op papier, maar in de praktijk beslissen ze alles zelf.',
    ],
  },
  veiligheid: {
    positive: ['Alles oogt veilig en er wordt goed opgelet.', 'Veiligheid wordt hier ernstig genomen, dat merk je aan veel kleine dingen.'],
    mixed: ['Op het vlak van veiligheid is het in orde, al zijn er op drukke momenten wat weinig handen.'],
    negative: ['Op drukke momenten is er te weinig toezicht, en dat voelt niet veilig.'],
  },
  begeleiding: {
    positive: [
      '{Team} is warm en betrokken en kent iedereen door en door.',
      'Je merkt dat ze hun werk graag doen en er met hun hart bij zijn.',
    ],
    mixed: ['De begeleiding is goed, maar er zijn veel wisselingen in het team.', 'Er zijn fijne mensen aan het werk, maar ze hebben het vaak te druk.'],
    negative: [
      'Er zijn zoveel wisselingen in het team dat niemand {wiem} echt kent.',
      'Ze lijken vaak gehaast en hebben weinig tijd voor echte aandacht.',
    ],
  },
  welbevinden: {
    positive: ['{Wie} {voelt|voel} {zich} hier echt thuis.', '{Wie} {is|ben} hier gelukkig, en dat is het belangrijkste.'],
    mixed: ['{Wie} {heeft|heb} hier goede en minder goede dagen.'],
    negative: ['{Wie} {voelt|voel} {zich} hier niet goed en {is|ben} vaak verdrietig.', '3:Het gaat sinds de start niet beter met {wiem}, eerder integendeel.'],
  },
  omgeving: {
    positive: ['De ruimtes zijn licht, proper en gezellig ingericht.', 'Alles ziet er netjes en goed onderhouden uit.'],
    mixed: ['Het gebouw is wat verouderd, maar proper.', 'De ruimtes zijn in orde, al mag er wat meer daglicht binnen.'],
    negative: ['Het gebouw is verouderd en de netheid laat te wensen over.', 'De ruimtes zijn krap en er is weinig daglicht.'],
  },
  organisatie: {
    positive: [
      'Alles is goed geregeld: afspraken worden nagekomen en de facturen zijn duidelijk.',
      'De planning is duidelijk en ze zijn flexibel als er iets verandert.',
    ],
    mixed: ['De organisatie is redelijk, al wordt er soms iets vergeten.'],
    negative: [
      'Afspraken worden vaak niet nagekomen en de facturen kloppen niet altijd.',
      'De organisatie is chaotisch: je weet nooit goed wie waarvoor verantwoordelijk is.',
    ],
  },
};

/** Sentences per theme that only fit one sector. */
const BY_SECTOR: Record<Sector, Partial<Record<ThemeKey, ThemeLines>>> = {
  kinderopvang: {
    communicatie: {
      positive: [
        'Bij het ophalen vertellen ze altijd kort hoe {zijn} dag verlopen is.',
        'Via de app krijgen we elke dag een berichtje en soms een foto, dat vinden we fijn.',
        'Het heen-en-weerschriftje wordt elke dag ingevuld: wat {hij} gegeten heeft en hoe lang {hij} sliep.',
      ],
      negative: [
        'Bij het ophalen krijg je zelden te horen hoe de dag van {wiem} was.',
        'Dat {wie} gevallen was, hoorden we pas toen we de buil zelf zagen.',
      ],
    },
    respect: {
      positive: ['Ze spreken de kinderen rustig aan en gaan er op ooghoogte bij zitten.', 'Onze gewoontes thuis, zoals het slaapritueel, worden gerespecteerd.'],
      negative: ['Er wordt soms luid tegen de kinderen geroepen, dat vind ik niet oké.'],
    },
    inspraak: {
      positive: ['Onze afspraken over voeding en slapen worden netjes gevolgd.', 'Toen we vroegen om het middagdutje aan te passen, deden ze dat meteen.'],
      negative: ['Onze vraag om het slaapritme aan te passen werd gewoon genegeerd.'],
    },
    veiligheid: {
      positive: [
        'De deur is altijd dicht en ze kennen iedereen die een kind komt ophalen.',
        '{Wie} voelt zich hier duidelijk veilig: {hij} loopt \'s morgens zo naar binnen.',
        'Het speelgoed en de ruimtes zijn veilig en goed onderhouden.',
      ],
      negative: ['De poort naar de speelplaats staat geregeld open, dat maakt me ongerust.', 'Er zijn te weinig begeleiders voor het aantal kindjes in de groep.'],
    },
    begeleiding: {
      positive: [
        'Ze spelen echt in op wat {wie} nodig heeft, ook in de moeilijke periode van de tandjes.',
        'Er worden veel leuke activiteiten gedaan: knutselen, voorlezen, buiten spelen.',
        '{Wie} heeft hier veel bijgeleerd, van zelf eten tot de eerste woordjes.',
      ],
      negative: ['De kindjes worden vaak voor zich uit gezet zonder dat er iemand met hen speelt.'],
    },
    welbevinden: {
      positive: ['{Wie} gaat elke ochtend met plezier naar binnen en zwaait ons vrolijk uit.', 'Na een korte wenperiode voelde {wie} zich hier al snel thuis.'],
      negative: ['{Wie} huilt nog steeds bij het afscheid, ook na maanden.'],
    },
    omgeving: {
      positive: ['Er is een mooie tuin met een zandbak en de kinderen gaan elke dag naar buiten.', 'Het speelgoed is verzorgd en aangepast aan de leeftijd.'],
      negative: ['De slaapkamer is klein en de bedjes staan dicht op elkaar.'],
    },
    organisatie: {
      positive: ['De openingsuren passen goed bij onze werkuren en dagen ruilen kan bijna altijd.', 'Er zijn vaste gezichten in de groep, dat geeft rust.'],
      negative: [
        'Door personeelstekort ging de opvang al een paar keer op het laatste moment dicht.',
        'Dagen ruilen is bijna onmogelijk en de facturen zijn onduidelijk.',
      ],
    },
  },
  ouderenzorg: {
    communicatie: {
      positive: ['3:Als er iets is met {wiem}, bellen ze meteen, ook \'s avonds.', 'Het familieoverleg wordt goed voorbereid en je krijgt eerlijke antwoorden.'],
      negative: ['3:Toen {wie} ziek werd, moesten we dat zelf ontdekken bij een bezoek.', 'Het is moeilijk om iemand van de hoofdverpleging aan de lijn te krijgen.'],
    },
    respect: {
      positive: [
        '{Wie} {wordt|word} aangesproken zoals {hij} dat graag {heeft|heb}, en ze kloppen altijd aan.',
        'Er is respect voor privacy: de deur gaat dicht bij de verzorging.',
      ],
      negative: ['Bij de verzorging blijft de deur soms open staan, dat is niet respectvol.', 'Er wordt tegen {wiem} gepraat als tegen een kind.'],
    },
    inspraak: {
      positive: [
        '{Wie} {kan|kan} zelf kiezen wanneer {hij} {opstaat|opsta} en wat {hij} {eet|eet}.',
        'De bewonersraad wordt serieus genomen en er verandert ook echt iets.',
      ],
      negative: ['{Wie} {moet|moet} {zich} aanpassen aan vaste uren, ook als dat {hem} niet {past|past}.'],
    },
    veiligheid: {
      positive: ['\'s Nachts wordt er goed opgevolgd en de oproepknop wordt snel beantwoord.', 'Medicatie wordt zorgvuldig gegeven, daar kan je op rekenen.'],
      negative: ['\'s Nachts duurt het soms lang voor er iemand komt na een oproep.', '{Wie} {is|ben} al twee keer gevallen zonder dat iemand het meteen merkte.'],
    },
    begeleiding: {
      positive: [
        'De verzorging is grondig en met aandacht, ook op drukke dagen.',
        'Er wordt goed gezorgd voor {wiem}: wassen, aankleden, eten, alles gebeurt met geduld.',
      ],
      negative: ['De zorg gebeurt vaak gehaast, er is te weinig personeel.', '{Wie} {moet|moet} soms lang wachten om naar het toilet geholpen te worden.'],
    },
    welbevinden: {
      positive: ['{Wie} {heeft|heb} hier nieuwe vrienden gemaakt en {doet|doe} graag mee aan de activiteiten.'],
      negative: ['{Wie} {verveelt|verveel} {zich} vaak: er zijn weinig activiteiten.', '{Wie} {zit|zit} veel alleen op de kamer.'],
    },
    omgeving: {
      positive: ['De kamers zijn ruim en er is een mooie tuin waar je rustig kan zitten.', 'De cafetaria is gezellig en er is plaats om met familie samen te zitten.'],
      negative: ['De kamers zijn klein en de badkamers zijn niet aangepast.', 'Het ruikt in de gangen niet altijd fris.'],
    },
    organisatie: {
      positive: ['Bezoek kan vlot en de maaltijden zijn lekker en gevarieerd.'],
      negative: ['De maaltijden zijn vaak lauw en weinig gevarieerd.', 'Er is veel personeelswissel en elke dag staat er iemand anders.'],
    },
  },
  handicap: {
    communicatie: {
      positive: ['Veranderingen in de planning worden tijdig en duidelijk doorgegeven.', '1:Ze leggen alles uit op een manier die ik begrijp, met pictogrammen als dat nodig is.'],
      negative: ['Informatie over het budget en de facturen is moeilijk te begrijpen en je krijgt weinig uitleg.'],
    },
    respect: {
      positive: ['{Wie} {wordt|word} behandeld als een volwassene die zelf keuzes kan maken.'],
      negative: ['Er wordt soms over {wiem} beslist alsof {hij} er niet bij {is|ben}.'],
    },
    inspraak: {
      positive: [
        'In het ondersteuningsplan staat wat {wie} zelf belangrijk {vindt|vind}, niet wat voor hen makkelijk is.',
        'De gebruikersraad heeft echt iets te zeggen.',
      ],
      negative: ['Over {zijn} dagbesteding wordt beslist zonder te vragen wat {hij} {wil|wil}.'],
    },
    veiligheid: {
      positive: ['{Wie} {voelt|voel} {zich} hier veilig, ook in de groep.'],
      negative: ['Er zijn conflicten in de leefgroep waar te weinig tegen gedaan wordt.'],
    },
    begeleiding: {
      positive: [
        'De begeleiding sluit goed aan bij wat {wie} nodig {heeft|heb}.',
        '{Wie} {heeft|heb} hier echt stappen vooruit gezet, met veel geduld van de begeleiders.',
      ],
      negative: ['De begeleiding is te weinig afgestemd op wat {wie} echt nodig {heeft|heb}.'],
    },
    welbevinden: {
      positive: ['{Wie} {komt|kom} altijd blij thuis van het dagcentrum.'],
      negative: ['{Wie} {komt|kom} vaak moe en gespannen thuis.'],
    },
    omgeving: {
      positive: ['De woongroep is huiselijk ingericht en aangepast aan rolstoelen.'],
      negative: ['De ruimtes zijn niet goed aangepast: met een rolstoel is het overal manoeuvreren.'],
    },
    organisatie: {
      positive: ['Het vervoer naar het dagcentrum is goed geregeld en meestal op tijd.'],
      negative: ['Het vervoer komt vaak te laat en de planning verandert voortdurend.'],
    },
  },
  jeugdhulp: {
    communicatie: {
      positive: ['Ze leggen goed uit waarom ze iets doen, ook aan {wiem}.', '3:Als ouder word je bij elke stap betrokken en op de hoogte gehouden.'],
      negative: ['Beslissingen worden genomen zonder dat iemand uitlegt waarom.', '3:Je voelt je vaak buitengesloten: je hoort weinig over hoe het gaat.'],
    },
    respect: {
      positive: ['3:Ze oordelen niet over ons gezin, ook niet toen het echt moeilijk ging.', '1:Ze luisteren naar mij en nemen me serieus.'],
      negative: ['1:Ik voel me soms niet serieus genomen als ik iets vertel.'],
    },
    inspraak: {
      positive: ['{Wie} {mag|mag} mee beslissen over de doelen van de begeleiding.', '1:Ik mocht zelf mee kiezen wat we eerst zouden aanpakken.'],
      negative: ['{Wie} {had|had} weinig inspraak in wat er met {hem} gebeurde.'],
    },
    veiligheid: {
      positive: ['{Wie} {voelt|voel} {zich} veilig in de leefgroep, bij ruzies grijpen ze snel in.'],
      negative: ['In de leefgroep wordt er veel gepest en dat wordt niet altijd opgemerkt.'],
    },
    begeleiding: {
      positive: [
        '3:De begeleiding heeft ons gezin echt vooruit geholpen.',
        '1:Mijn begeleider heeft me geholpen om weer naar school te gaan.',
        '{Wie} {heeft|heb} met hun hulp weer wat rust gevonden.',
      ],
      negative: ['Er was lang niet duidelijk wie de vaste begeleider was.', 'De begeleider veranderde twee keer op korte tijd.'],
    },
    welbevinden: {
      positive: ['{Wie} {is|ben} rustiger en {lacht|lach} weer meer dan vroeger.'],
      negative: ['{Wie} {voelt|voel} {zich} niet thuis in de leefgroep.'],
    },
    omgeving: {
      positive: ['De leefgroep is gezellig en iedereen heeft een eigen kamer.'],
      negative: ['De leefgroep is verouderd en er is weinig privacy.'],
    },
    organisatie: {
      positive: ['Afspraken worden goed gepland en de begeleider komt altijd op tijd.'],
      negative: ['De wachttijd om te starten was veel te lang.'],
    },
  },
};

const CLOSINGS: Record<Polarity, Lines> = {
  positive: [
    'Ik kan {plek} van harte aanraden.',
    'Ik ben heel tevreden en zou {plek} zeker aanraden.',
    'Een dikke merci aan het hele team!',
    'Kortom: een plek waar met hart en ziel gewerkt wordt.',
    '3:We zijn blij dat we voor {plek} gekozen hebben.',
  ],
  mixed: [
    'Al bij al een degelijke plek, met een paar werkpunten.',
    'Niet alles is perfect, maar er is veel goede wil.',
    'Ik hoop dat ze de werkpunten aanpakken, want de basis is goed.',
  ],
  negative: [
    'Ik zou {plek} op dit moment niet aanraden.',
    'Ik hoop echt dat er iets verandert.',
    'Jammer, want er werken ook mensen die echt hun best doen.',
    '3:We zijn op zoek naar een andere plek.',
  ],
};

const SECTOR_CLOSINGS: Record<Sector, Partial<Record<Polarity, Lines>>> = {
  kinderopvang: { positive: ['We zullen {plek} missen als {wie} naar school gaat.', 'Voor een volgend kindje kiezen we zeker opnieuw voor {plek}.'] },
  ouderenzorg: { positive: ['3:Het geeft rust om te weten dat {wie} hier in goede handen is.'] },
  handicap: { positive: ['3:We zijn blij dat {wie} hier een plek gevonden heeft.'] },
  jeugdhulp: { positive: ['3:Ik ben dankbaar voor de hulp die we kregen.', '1:Ik had dit niet verwacht, maar het heeft me echt geholpen.'] },
};

/** What a review sometimes says and the editors take out (contact details, other people's affairs, hearsay). */
const REMOVED_BY_EDITORS: Lines = [
  'Wie meer wil weten, mag me gerust een bericht sturen via mijn profiel op sociale media.',
  'Een ander gezin uit onze straat heeft er ook een kind, en die denken er net hetzelfde over.',
  'Ik heb gehoord dat een medewerker daar vroeger al eens buitengezet is.',
  'Mijn buurvrouw, die er ook iemand heeft, kan dat allemaal bevestigen.',
];

const CONTRAST: Record<Polarity, Lines> = {
  positive: ['Wel positief: ', 'Wat goed is: ', 'Toch ook dit: '],
  mixed: ['Een werkpunt: ', 'Wel dit: '],
  negative: ['Minder leuk: ', 'Jammer genoeg: ', 'Een echt werkpunt: '],
};

export function polarityOf(rating: number): Polarity {
  return rating >= 4 ? 'positive' : rating === 3 ? 'mixed' : 'negative';
}

/** Positive from a mean of 3.75, negative below 2.75, mixed between. */
export function overallPolarity(ratings: Ratings): Polarity {
  const scores = THEME_KEYS.map((key) => ratings[key]).filter((value): value is number => value !== null);
  const mean = scores.reduce((sum, value) => sum + value, 0) / scores.length;
  return mean >= 3.75 ? 'positive' : mean >= 2.75 ? 'mixed' : 'negative';
}

function duration(months: number, dice: Dice): string {
  if (months <= 1) return dice.pick(['een paar weken', 'enkele weken']);
  if (months <= 7) return dice.pick(['enkele maanden', 'een paar maanden', 'een half jaar']);
  if (months <= 15) return dice.pick(['een jaar', 'ruim een jaar']);
  if (months <= 30) return dice.pick(['twee jaar', 'anderhalf jaar']);
  return dice.pick(['een paar jaar', 'drie jaar']);
}

const DAYS: Record<Sector, Lines> = {
  kinderopvang: ['twee dagen per week', 'drie dagen per week', 'vier dagen per week', 'bijna elke dag'],
  ouderenzorg: ['een paar keer per week', 'elke week', 'bijna elke dag'],
  handicap: ['drie dagen per week', 'elke weekdag', 'twee dagen per week'],
  jeugdhulp: ['elke week', 'om de twee weken'],
};

export interface TextContext {
  sector: Sector;
  kind: FacilityKind;
  subject: Subject;
  /** Length of the experience in months (period from to period to). */
  months: number;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fits(line: string, subject: Subject): boolean {
  if (line.startsWith('3:')) return !subject.first;
  if (line.startsWith('1:')) return subject.first;
  return true;
}

interface Sentence {
  text: string;
  /** Whether it names the person the review is about (after that, a pronoun may do). */
  mentions: boolean;
}

class Filler {
  private readonly values: Record<string, string>;

  constructor(
    private readonly dice: Dice,
    private readonly context: TextContext,
  ) {
    const { subject, kind, sector, months } = context;
    this.values = {
      wie: subject.wie,
      wiem: subject.wiem,
      hij: subject.hij,
      hem: subject.hem,
      zijn: subject.zijn,
      zich: subject.zich,
      plek: dice.pick(PLACE[kind]),
      team: dice.pick(TEAM[kind]),
      duur: duration(months, dice),
      dagen: dice.pick(DAYS[sector]),
    };
  }

  /** Fills the placeholders; once the person was named (`mentioned`), often a pronoun instead. */
  fill(line: string, mentioned: boolean): Sentence {
    const { subject } = this.context;
    let mentions = false;
    const text = line.replace(/^[13]:/, '').replace(/\{([^}]+)\}/g, (_, token: string) => {
      const alternatives = token.split('|');
      if (alternatives.length === 2) return subject.first ? alternatives[1]! : alternatives[0]!;
      let key = token.toLowerCase();
      if ((key === 'wie' || key === 'wiem') && !subject.first) {
        if (mentioned && this.dice.chance(0.6)) key = key === 'wie' ? 'hij' : 'hem';
        mentions = true;
      }
      const value = this.values[key];
      if (value === undefined) throw new Error(`Unknown placeholder {${token}}`);
      return token.charAt(0) === token.charAt(0).toUpperCase() ? capitalise(value) : value;
    });
    return { text, mentions };
  }

  pick(lines: readonly string[], mentioned = false): Sentence | null {
    const fitting = lines.filter((line) => fits(line, this.context.subject));
    return fitting.length ? this.fill(this.dice.pick(fitting), mentioned) : null;
  }
}

export const TEXT_MIN = 80;
export const TEXT_MAX = 600;

/**
 * A review text between 80 and `maxLength` (at most 600) characters: mostly an opening about
 * who and how long, sentences on the themes with the most telling scores, and a closing that
 * follows the overall score.
 */
export function reviewText(dice: Dice, context: TextContext, ratings: Ratings, maxLength = TEXT_MAX): string {
  const filler = new Filler(dice, context);
  const overall = overallPolarity(ratings);
  const rated = THEME_KEYS.filter((key) => ratings[key] !== null);
  const mean = rated.reduce((sum, key) => sum + ratings[key]!, 0) / rated.length;
  // The themes that stand out come first, led by the one that carries the overall verdict:
  // the best for a positive review, the worst otherwise.
  const salient = dice
    .shuffle([...rated])
    .map((key) => ({ key, weight: Math.abs(ratings[key]! - mean) + dice.int(0, 10) / 10 }))
    .sort((a, b) => b.weight - a.weight)
    .map(({ key }) => key);
  const lead = salient.reduce((best, key) =>
    overall === 'positive' ? (ratings[key]! > ratings[best]! ? key : best) : ratings[key]! < ratings[best]! ? key : best,
  );
  salient.splice(salient.indexOf(lead), 1);
  salient.unshift(lead);

  const opening = dice.chance(0.8) ? filler.pick(KIND_OPENINGS[context.kind] ?? OPENINGS[context.sector]) : null;
  const closing = dice.chance(0.8) ? filler.pick([...(SECTOR_CLOSINGS[context.sector][overall] ?? []), ...CLOSINGS[overall]]) : null;
  const limit = Math.min(maxLength, TEXT_MAX);
  const roll = dice.int(0, 99);
  const target = roll < 15 ? dice.int(TEXT_MIN, 150) : roll < 85 ? dice.int(150, 400) : dice.int(400, limit);

  const chosen: string[] = [];
  const compose = (extra?: string) =>
    [opening?.text, ...chosen, extra, closing?.text].filter((part): part is string => part !== undefined).join(' ');
  let mentioned = opening?.mentions ?? false;
  let contrasted = false;
  const themeSentence = (key: ThemeKey) => {
    const polarity = polarityOf(ratings[key]!);
    const sentence = filler.pick([...(BY_SECTOR[context.sector][key]?.[polarity] ?? []), ...(GENERAL[key][polarity] ?? [])], mentioned);
    if (!sentence) return null;
    // One contrast ("Minder leuk: ...") at most, and never before a sentence with its own colon.
    const contrast = polarity !== overall && !contrasted && !sentence.text.includes(':') && dice.chance(0.7);
    const text = contrast ? dice.pick(CONTRAST[polarity]) + sentence.text.charAt(0).toLowerCase() + sentence.text.slice(1) : sentence.text;
    return { text, mentions: sentence.mentions, contrast };
  };
  const accept = (sentence: { text: string; mentions: boolean; contrast: boolean }) => {
    chosen.push(sentence.text);
    mentioned ||= sentence.mentions;
    contrasted ||= sentence.contrast;
  };

  const unused: ThemeKey[] = [];
  for (const key of salient) {
    const sentence = themeSentence(key);
    if (!sentence) continue;
    const next = compose(sentence.text).length;
    if (next > limit || (chosen.length > 0 && next > target && compose().length >= TEXT_MIN)) {
      unused.push(key);
      continue;
    }
    accept(sentence);
  }
  // A text still below the minimum gets more themes, whatever its target.
  for (const key of unused) {
    if (compose().length >= TEXT_MIN) break;
    const sentence = themeSentence(key);
    if (sentence && compose(sentence.text).length <= limit) accept(sentence);
  }
  const result = compose();
  if (result.length < TEXT_MIN || result.length > limit) throw new Error(`A review text of ${result.length} characters: ${result}`);
  return result;
}

/** A sentence the editors remove, placed before the last sentence of `text`. */
export function withRemovableSentence(dice: Dice, text: string): { authorText: string; removed: string } {
  const removed = dice.pick(REMOVED_BY_EDITORS);
  const sentences = text.split(/(?<=[.!?]) /);
  const at = Math.max(1, sentences.length - 1);
  sentences.splice(at, 0, removed);
  return { authorText: sentences.join(' '), removed };
}

/** The longest sentence the editors may remove, so an author text with it still fits in TEXT_MAX. */
export const REMOVABLE_MAX = Math.max(...REMOVED_BY_EDITORS.map((line) => line.length)) + 1;

const RESPONSE_OPENINGS: Record<Polarity, Lines> = {
  positive: [
    'Dank je wel voor je mooie woorden! We geven ze graag door aan het hele team.',
    'Wat fijn om dit te lezen. Zo\'n bericht doet het hele team deugd.',
    'Bedankt om de tijd te nemen om je ervaring te delen. We zijn er blij mee.',
  ],
  mixed: [
    'Bedankt voor je eerlijke feedback. We zijn blij met wat goed gaat en nemen je werkpunten mee naar ons teamoverleg.',
    'Dank je om je ervaring te delen. Je opmerkingen helpen ons om beter te worden.',
  ],
  negative: [
    'Het spijt ons dat je deze ervaring had. We nemen je opmerkingen ernstig.',
    'Dank je om dit te melden, ook al is het geen fijne ervaring. We willen er graag met je over praten.',
  ],
};

const RESPONSE_REMEDIES: Record<ThemeKey, string> = {
  communicatie: 'We bekijken hoe we beter en sneller laten weten wat er gebeurt.',
  respect: 'We bespreken je ervaring met het team, want iedereen verdient een respectvolle aanpak.',
  inspraak: 'We zoeken naar manieren om wensen en voorstellen beter op te volgen.',
  veiligheid: 'Veiligheid is voor ons een prioriteit: we hebben je opmerking meteen nagekeken.',
  begeleiding: 'Intussen werken we aan meer vaste gezichten en meer tijd per persoon.',
  welbevinden: 'We willen graag samen bekijken wat het verblijf bij ons aangenamer kan maken.',
  omgeving: 'De werken aan het gebouw staan gepland; tot dan doen we extra inspanningen voor de netheid.',
  organisatie: 'We hebben de planning en de afspraken intussen herbekeken.',
};

const RESPONSE_INVITATIONS: Lines = [
  'Je kan altijd een afspraak maken met de verantwoordelijke.',
  'Spreek ons gerust aan, dan zoeken we samen naar een oplossing.',
  'Neem gerust contact op via het onthaal.',
];

/** A facility's public answer to a review, about its weakest theme when there is one, signed by the team. */
export function responseText(dice: Dice, facilityName: string, ratings: Ratings): string {
  const overall = overallPolarity(ratings);
  const rated = THEME_KEYS.filter((key) => ratings[key] !== null);
  const weakest = rated.reduce((low, key) => (ratings[key]! < ratings[low]! ? key : low), rated[0]!);
  const parts = [dice.pick(RESPONSE_OPENINGS[overall])];
  if (ratings[weakest]! <= 3) parts.push(RESPONSE_REMEDIES[weakest]);
  if (overall !== 'positive') parts.push(dice.pick(RESPONSE_INVITATIONS));
  parts.push(`Vriendelijke groeten, het team van ${facilityName}.`);
  return parts.join(' ');
}
