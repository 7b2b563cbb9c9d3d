import type { FacilityKind, Sector } from '@zorgwaardering/core';

export const STREETS = [
  'Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Dorpsstraat', 'Schoolstraat', 'Nieuwstraat',
  'Kapelstraat', 'Veldstraat', 'Beekstraat', 'Hoogstraat', 'Bosstraat', 'Kloosterstraat',
  'Lindenlaan', 'Kastanjelaan', 'Populierenlaan', 'Eikenlaan', 'Berkenlaan', 'Sint-Jozefstraat',
  'Bergstraat', 'Heidestraat', 'Kasteelstraat', 'Pastorijstraat', 'Zandstraat', 'Broekstraat',
  'Vijverstraat', 'Tuinstraat', 'Ringlaan', 'Koningin Astridlaan', 'Koning Albertstraat', 'Leopoldlaan',
  'Rozenstraat', 'Groenstraat', 'Hofstraat', 'Meersstraat', 'Processiestraat', 'Smisstraat',
  'Brouwerijstraat', 'Weverstraat', 'Nachtegaalstraat', 'Zwaluwenstraat', 'Dorpsplein', 'Markt',
  'Gemeenteplein', 'Schoolweg', 'Kouterstraat', 'Driesstraat', 'Akkerstraat', 'Langestraat',
  'Gasthuisstraat', 'Begijnhofstraat', 'Parklaan', 'Fabriekstraat', 'Boomgaardstraat', 'Weidestraat',
];

const CHILDCARE_NAMES = [
  'Het Nestje', 'De Rakkertjes', "'t Kabouterhuisje", 'Het Zonnetje', 'De Regenboog', 'Het Vlindertje',
  'De Kleine Wereld', "'t Olifantje", 'De Boomhut', 'Het Klavertje', 'De Teddybeer', 'Het Kikkertje',
  'De Egeltjes', "'t Schatteboutje", 'De Pagadders', 'Het Bijenkorfje', 'Het Molentje', 'De Zonnebloem',
  'Het Uilennest', 'De Knuffelhoek', "'t Kriebelnestje", 'De Kleine Prins', 'Het Krokodilletje', 'De Kangoeroe',
  'Het Zeepaardje', 'Het Lieveheersbeestje', 'De Muizenhoek', 'De Ukkies', 'Het Duimpje', 'De Kleine Reus',
  'De Hummeltjes', "'t Kuikentje", 'Het Speelkasteel', 'De Dromenvanger', 'De Sterretjes', 'De Bengeltjes',
  'Het Wolkje', 'De Notendop', "'t Eekhoorntje", 'De Ballon', 'Het Pluimpje', 'De Wiebeltjes',
];

const AFTER_SCHOOL_NAMES = [
  'De Speelbrug', 'De Speelplaneet', 'Het Speelpaleis', 'De Vrijbuiters', 'De Tuimelaar', 'De Bonte Bende',
  'De Toverdoos', 'Het Avontuur', 'De Ravotters', 'De Speeldoos', 'Het Speelbos', 'De Klimboom',
];

const ELDERLY_NAMES = [
  'Sint-Jozef', 'Ter Linde', 'Ter Meeuwen', 'Sint-Vincentius', 'Hof ter Veldeken', 'De Wingerd',
  'Lindehof', 'Ter Beuken', 'De Vijvers', 'Zonnewende', 'Sint-Anna', 'De Plataan',
  'Ter Wilgen', 'Heilig Hart', 'Sint-Elisabeth', 'Ter Burg', 'De Notelaar', 'Het Hofke',
  'Ter Kouter', 'Sint-Camillus', 'Den Olm', 'Ter Biest', 'Sint-Augustinus', 'Avondrust',
  'De Zilverlinde', 'Ter Leie', 'Sint-Barbara', 'Meerlehof', 'De Boomgaard', 'Ter Heide',
  'Onze-Lieve-Vrouw', 'Zonnestraal', 'Sint-Franciscus', 'Ter Hoeve', 'De Bron', 'Ter Venne',
];

const DISABILITY_NAMES = [
  'De Okkernoot', 'Ter Bank', 'De Kade', 'Het Anker', 'De Sprong', 'De Wissel',
  'De Brug', 'Ons Huis', 'De Vlonder', 'Het Veer', 'De Kiem', 'Horizon',
  'De Lijsterbes', 'Het Balanske', 'Ter Engelen', 'De Bolster', 'Heuvelhof', 'Het Hooiland',
  'De Wilgenhoeve', 'Ter Dreve', 'De Hagewinde', 'Den Achtkanter', 'De Mirte', 'Het Lampeke',
  'De Klaproos', 'Ten Dries', 'De Stapsteen', 'Het Raster', 'Ter Walle', 'De Markgrave',
];

const YOUTH_NAMES = [
  'De Patio', 'Het Kompas', 'De Overstap', 'Kadans', 'De Kering', 'Het Roer',
  'De Hoeve', 'Tumult', 'De Sleutel', 'Het Open Poortje', 'De Schommel', 'De Wegwijzer',
  'De Vaart', 'De Branding', 'Het Zwaluwnest', 'De Loods', 'Het Tij', 'Ter Vleugel',
  'De Vlieger', 'Het Startpunt', 'De Oever', 'Den Brand', 'Het Kruispunt', 'De Zandloper',
];

/** Distinctive names ("De Regenboog") per sector; a facility's name is a kind prefix plus one of these. */
export const SECTOR_NAMES: Record<Sector, readonly string[]> = {
  kinderopvang: CHILDCARE_NAMES,
  ouderenzorg: ELDERLY_NAMES,
  handicap: DISABILITY_NAMES,
  jeugdhulp: YOUTH_NAMES,
};

export const KIND_NAMES: Partial<Record<FacilityKind, readonly string[]>> = {
  buitenschoolse_opvang: [...AFTER_SCHOOL_NAMES, ...CHILDCARE_NAMES],
};

/** How facilities of each kind call themselves. */
export const KIND_PREFIXES: Record<FacilityKind, readonly string[]> = {
  gezinsopvang: ['Gezinsopvang', 'Kinderopvang'],
  groepsopvang: ['Kinderdagverblijf', 'Kinderopvang', 'Groepsopvang', 'Kribbe'],
  buitenschoolse_opvang: ['IBO', 'Buitenschoolse opvang', 'BKO'],
  woonzorgcentrum: ['Woonzorgcentrum', 'WZC'],
  dagverzorgingscentrum: ['Dagverzorgingscentrum', 'DVC'],
  centrum_kortverblijf: ['Kortverblijf', 'Centrum voor kortverblijf'],
  groep_assistentiewoningen: ['Assistentiewoningen', 'Residentie', 'Serviceflats'],
  vergunde_zorgaanbieder: ['Vzw', 'Dienstencentrum', 'Woon- en dagcentrum'],
  dienst_ondersteuningsplan: ['Dienst Ondersteuningsplan', 'DOP'],
  multifunctioneel_centrum: ['MFC', 'Multifunctioneel Centrum'],
  organisatie_bijzondere_jeugdzorg: ['Jeugdhulp', 'Jeugdzorg', 'Begeleidingstehuis'],
  pleegzorg: ['Pleegzorg'],
  centrum_kinderzorg_gezinsondersteuning: ['CKG', 'Centrum voor Kinderzorg en Gezinsondersteuning'],
};

/**
 * Organisation names. `{name}` is a distinctive name, `{region}` a region of the province,
 * `{municipality}` the municipality of the organisation's first facility.
 */
export const ORGANISATION_PATTERNS = {
  /** Organisations with one facility carry its distinctive name. */
  single: {
    kinderopvang: ['Vzw {name}', '{name} bv', 'Kinderopvang {name} bv', '{name} vzw'],
    ouderenzorg: ['Vzw {name}', 'Woonzorg {name} vzw', '{name} nv'],
    handicap: ['Vzw {name}', '{name} vzw'],
    jeugdhulp: ['Vzw {name}', '{name} vzw'],
  },
  group: {
    kinderopvang: ['Vzw Kinderopvang {region}', 'Kinderdagverblijven {region} vzw', 'Vzw {name}', '{name} Kinderopvang bv'],
    ouderenzorg: ['Zorggroep {name} vzw', 'Vzw Woonzorggroep {region}', 'Residenties {name} nv'],
    handicap: ['Vzw {name}', 'Vzw Dienstverlening {region}', 'Vzw Zorgnetwerk {region}'],
    jeugdhulp: ['Vzw Jeugdzorg {region}', 'Vzw {name}', 'Vzw Jeugdhulp {region}'],
  },
  /** Local government runs childcare and elderly care; it has one company number per body. */
  public: {
    kinderopvang: ['Lokaal Bestuur {municipality}'],
    ouderenzorg: ['OCMW {municipality}', 'Zorgbedrijf {municipality}'],
    handicap: [],
    jeugdhulp: [],
  },
} satisfies Record<string, Record<Sector, readonly string[]>>;

/** First names of the synthetic reviewers and facility staff accounts: common in Flanders, several generations. */
export const FIRST_NAMES = [
  'Emma', 'Lien', 'Sarah', 'Eline', 'Nathalie', 'Katrien', 'Veerle', 'Inge', 'Els', 'Griet', 'Hanne', 'Joke',
  'Liesbeth', 'Annelies', 'Evelien', 'Kelly', 'Tine', 'Ellen', 'Nele', 'Leen', 'Ilse', 'Karen', 'Marleen', 'Hilde',
  'Linda', 'Martine', 'Rita', 'Godelieve', 'Ann', 'Elke', 'Sien', 'Fien', 'Lore', 'Charlotte', 'Julie', 'Laura',
  'Jan', 'Tom', 'Bart', 'Koen', 'Kris', 'Dirk', 'Geert', 'Stijn', 'Thomas', 'Pieterjan', 'Jeroen', 'Wim',
  'Steven', 'Tim', 'Bert', 'Sven', 'Joris', 'Maarten', 'Dries', 'Arne', 'Lars', 'Robbe', 'Ward', 'Lukas',
  'Simon', 'Jens', 'Ruben', 'Mathias', 'Yannick', 'Kevin', 'Glenn', 'Frank', 'Luc', 'Marc', 'Eddy', 'Patrick',
  'Rudi', 'Filip', 'Johan', 'Guy', 'Mohamed', 'Yasmina', 'Fatima', 'Samira', 'Youssef', 'Ayoub', 'Elif', 'Emre',
  'Aylin', 'Nadia', 'Karim', 'Ines',
];

export const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Dubois', 'Hermans', 'Aerts', 'Lambrecht', 'Vermeulen', 'Van Damme', 'Martens', 'Verstraete', 'De Clercq',
  'Desmet', 'Vandenberghe', 'Van den Broeck', 'Claeys', 'Pauwels', 'Michiels', 'Smets', 'Leroy', 'Cools',
  'Verhoeven', 'Van Dyck', 'De Backer', 'Segers', 'Coppens', 'Hendrickx', 'Bosmans', 'Stevens', 'Geerts',
  'Lemmens', 'Devos', 'De Wilde', 'Verbeke', 'Baert', 'Van Acker', 'Celis', 'Thys', 'Vervoort', 'Nys',
  'Van Hecke', 'De Vos', 'Vanhove', 'El Amrani', 'Yilmaz', 'Benali', 'Demir',
];
