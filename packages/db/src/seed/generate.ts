import {
  FACILITY_KINDS,
  type FacilityKind,
  type Province,
  type Sector,
  kindsOfSector,
  normaliseCompanyNumber,
  PROVINCES,
  SECTORS,
} from '@zorgwaardering/core';
import { DEMO_FACILITY_NAME, DEMO_ORGANISATION_NAME } from './demo';
import { KIND_NAMES, KIND_PREFIXES, ORGANISATION_PATTERNS, SECTOR_NAMES, STREETS } from './names';
import { type Place, PLACES_BY_PROVINCE, PROVINCE_WEIGHTS, REGIONS } from './places';
import { Dice, type Random } from './random';

export interface SeedOrganisation {
  name: string;
  companyNumber: string;
  sector: Sector;
}

export interface SeedFacility {
  /** Links the facility to its organisation before the organisation has an id. */
  organisationCompanyNumber: string;
  sector: Sector;
  kind: FacilityKind;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  municipality: string;
  province: Province;
  capacity: number | null;
  externalId: string;
  participating: boolean;
  liveSince: string | null;
}

export interface SeedData {
  organisations: SeedOrganisation[];
  facilities: SeedFacility[];
}

const SECTOR_SHARES: Record<Sector, number> = {
  kinderopvang: 0.55,
  ouderenzorg: 0.18,
  handicap: 0.14,
  jeugdhulp: 0.13,
};

/** Share of each kind within its sector (60 % of baby and toddler care is family childcare). */
const KIND_WEIGHTS: Record<FacilityKind, number> = {
  gezinsopvang: 48,
  groepsopvang: 32,
  buitenschoolse_opvang: 20,
  woonzorgcentrum: 50,
  dagverzorgingscentrum: 20,
  centrum_kortverblijf: 10,
  groep_assistentiewoningen: 20,
  vergunde_zorgaanbieder: 60,
  dienst_ondersteuningsplan: 10,
  multifunctioneel_centrum: 30,
  organisatie_bijzondere_jeugdzorg: 55,
  pleegzorg: 10,
  centrum_kinderzorg_gezinsondersteuning: 35,
};

/** Licensed places; null where the kind has no places (support services, foster care). */
const CAPACITY: Record<FacilityKind, (dice: Dice) => number | null> = {
  gezinsopvang: (d) => (d.chance(0.15) ? d.int(1, 3) : d.int(4, 8)),
  groepsopvang: (d) => (d.chance(0.5) ? d.int(9, 18) : d.int(19, 60)),
  buitenschoolse_opvang: (d) => d.int(30, 120),
  woonzorgcentrum: (d) => d.int(40, 200),
  dagverzorgingscentrum: (d) => d.int(8, 30),
  centrum_kortverblijf: (d) => d.int(3, 20),
  groep_assistentiewoningen: (d) => d.int(15, 80),
  vergunde_zorgaanbieder: (d) => d.int(10, 150),
  dienst_ondersteuningsplan: () => null,
  multifunctioneel_centrum: (d) => d.int(20, 120),
  organisatie_bijzondere_jeugdzorg: (d) => d.int(8, 60),
  pleegzorg: () => null,
  centrum_kinderzorg_gezinsondersteuning: (d) => d.int(10, 40),
};

/**
 * External ids are "<register>-<7 digits>": KO for Opgroeien's childcare register, WZC, DVC, CKV
 * and GAW for the elderly care kinds of the Departement Zorg, VAPH for disability care and JH for
 * youth care. Numbers rise with random gaps, like dossier numbers, so they never repeat.
 */
const EXTERNAL_ID_PREFIX: Record<FacilityKind, string> = {
  gezinsopvang: 'KO',
  groepsopvang: 'KO',
  buitenschoolse_opvang: 'KO',
  woonzorgcentrum: 'WZC',
  dagverzorgingscentrum: 'DVC',
  centrum_kortverblijf: 'CKV',
  groep_assistentiewoningen: 'GAW',
  vergunde_zorgaanbieder: 'VAPH',
  dienst_ondersteuningsplan: 'VAPH',
  multifunctioneel_centrum: 'VAPH',
  organisatie_bijzondere_jeugdzorg: 'JH',
  pleegzorg: 'JH',
  centrum_kinderzorg_gezinsondersteuning: 'JH',
};

/** Facilities per organisation: [weight, min, max]. Most run one; a few groups run many. */
const ORGANISATION_SIZES: Record<Sector, readonly (readonly [number, number, number])[]> = {
  kinderopvang: [[78, 1, 1], [14, 2, 3], [6, 4, 10], [2, 11, 25]],
  ouderenzorg: [[55, 1, 1], [25, 2, 4], [15, 5, 12], [5, 13, 40]],
  handicap: [[60, 1, 1], [25, 2, 4], [15, 5, 15]],
  jeugdhulp: [[60, 1, 1], [30, 2, 4], [10, 5, 10]],
};

/** Share of organisations with several facilities that are a local government body. */
const PUBLIC_SHARE: Record<Sector, number> = { kinderopvang: 0.25, ouderenzorg: 0.4, handicap: 0, jeugdhulp: 0 };

/** Start dates of the pilot's waves; childcare went first, the other sectors joined from the third. */
const WAVES = ['2025-03-03', '2025-06-02', '2025-09-01', '2025-12-01', '2026-03-02', '2026-06-01', '2026-09-07'];
const PARTICIPATING_SHARE = 0.85;

class CompanyNumbers {
  private readonly used = new Set<string>();
  constructor(private readonly dice: Dice) {}

  /** Local government numbers start with 02; companies and vzw's with 04 to 08, or 10 since 2023. */
  next(publicBody: boolean): string {
    for (;;) {
      const d = this.dice;
      const base = publicBody
        ? d.int(2_070_000, 2_129_999)
        : d.chance(0.05)
          ? d.int(10_000_000, 10_099_999)
          : d.int(4_000_000, 8_999_999);
      const digits = String(base).padStart(8, '0') + String(97 - (base % 97)).padStart(2, '0');
      const number = normaliseCompanyNumber(digits);
      if (!number) throw new Error(`Generated an invalid company number: ${digits}`);
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
  }
}

class ExternalIds {
  private readonly last = new Map<string, number>();
  constructor(private readonly dice: Dice) {}

  next(prefix: string): string {
    const number = (this.last.get(prefix) ?? this.dice.int(1_000_000, 1_099_999)) + this.dice.int(1, 40);
    this.last.set(prefix, number);
    return `${prefix}-${number}`;
  }
}

/** Generates the organisations and facilities in memory; the demo facility comes first. */
export function generateSeedData(facilityCount: number, random: Random): SeedData {
  const dice = new Dice(random);
  const companyNumbers = new CompanyNumbers(dice);
  const externalIds = new ExternalIds(dice);
  const usedOrganisationNames = new Set([DEMO_ORGANISATION_NAME]);
  const usedFacilityNames = new Set([DEMO_FACILITY_NAME]);

  const demoOrganisation: SeedOrganisation = {
    name: DEMO_ORGANISATION_NAME,
    companyNumber: companyNumbers.next(false),
    sector: 'kinderopvang',
  };
  const demoFacility: SeedFacility = {
    organisationCompanyNumber: demoOrganisation.companyNumber,
    sector: 'kinderopvang',
    kind: 'groepsopvang',
    name: DEMO_FACILITY_NAME,
    street: 'Meersstraat',
    houseNumber: '38',
    postcode: '9000',
    municipality: 'Gent',
    province: 'oost-vlaanderen',
    capacity: 28,
    externalId: externalIds.next(EXTERNAL_ID_PREFIX.groepsopvang),
    participating: true,
    liveSince: WAVES[0]!,
  };

  const organisations = [demoOrganisation];
  const facilities: SeedFacility[] = [];

  for (const [sector, count] of sectorCounts(facilityCount - 1)) {
    for (let left = count; left > 0; ) {
      const size = Math.min(left, organisationSize(dice, sector));
      left -= size;

      const province = dice.weighted(PROVINCES, (p) => PROVINCE_WEIGHTS[p]);
      const places = Array.from({ length: size }, () => dice.pick(PLACES_BY_PROVINCE[province]));
      const kinds = places.map(() => dice.weighted(kindsOfSector(sector), (k) => KIND_WEIGHTS[k]));
      const names = kinds.map((kind, i) => facilityName(dice, usedFacilityNames, kind, places[i]!));

      const publicBody = size > 1 && dice.chance(PUBLIC_SHARE[sector]);
      const named = organisationName(dice, usedOrganisationNames, {
        sector,
        size,
        publicBody,
        ownName: names[0]!.ownName,
        place: places[0]!,
      });
      const organisation: SeedOrganisation = {
        name: named.name,
        companyNumber: companyNumbers.next(named.publicBody),
        sector,
      };
      organisations.push(organisation);

      places.forEach((place, i) => {
        const kind = kinds[i]!;
        const participating = dice.chance(PARTICIPATING_SHARE);
        facilities.push({
          organisationCompanyNumber: organisation.companyNumber,
          sector,
          kind,
          name: names[i]!.name,
          street: dice.pick(STREETS),
          houseNumber: houseNumber(dice),
          ...place,
          capacity: CAPACITY[kind](dice),
          externalId: externalIds.next(EXTERNAL_ID_PREFIX[kind]),
          participating,
          liveSince: participating ? dice.pick(sector === 'kinderopvang' ? WAVES : WAVES.slice(2)) : null,
        });
      });
    }
  }

  // Mix the sectors so consecutive ids look like a real register, not four blocks.
  return { organisations, facilities: [demoFacility, ...dice.shuffle(facilities)] };
}

/** Exact counts per sector; childcare takes the rounding rest. */
function sectorCounts(total: number): [Sector, number][] {
  const counts = SECTORS.map((sector): [Sector, number] => [sector, Math.floor(total * SECTOR_SHARES[sector])]);
  const rest = total - counts.reduce((sum, [, count]) => sum + count, 0);
  counts[0]![1] += rest;
  return counts;
}

function organisationSize(dice: Dice, sector: Sector): number {
  const [, min, max] = dice.weighted(ORGANISATION_SIZES[sector], ([weight]) => weight);
  return dice.int(min, max);
}

/**
 * A kind prefix plus a distinctive name ("Kribbe Het Nestje"). Like real organisers, a second
 * "Het Nestje" adds its municipality; only at scale a name may repeat.
 */
function facilityName(
  dice: Dice,
  used: Set<string>,
  kind: FacilityKind,
  place: Place,
): { name: string; ownName: string } {
  let name = '';
  let ownName = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    ownName = dice.pick(KIND_NAMES[kind] ?? SECTOR_NAMES[FACILITY_KINDS[kind].sector]);
    name = `${dice.pick(KIND_PREFIXES[kind])} ${ownName}${attempt < 3 ? '' : ` ${place.municipality}`}`;
    if (!used.has(name)) break;
  }
  used.add(name);
  return { name, ownName };
}

function houseNumber(dice: Dice): string {
  const number = dice.chance(0.7) ? dice.int(1, 60) : dice.int(61, 250);
  return dice.chance(0.08) ? `${number}${dice.pick(['A', 'B', 'C'])}` : String(number);
}

interface OrganisationNameInput {
  sector: Sector;
  size: number;
  publicBody: boolean;
  ownName: string;
  place: Place;
}

/** A name not used before if possible; at large sizes a rare duplicate is accepted (real registers have them too). */
function organisationName(
  dice: Dice,
  used: Set<string>,
  { sector, size, publicBody, ownName, place }: OrganisationNameInput,
): { name: string; publicBody: boolean } {
  const fill = (pattern: string, name: string) =>
    pattern
      .replace('{name}', name)
      .replace('{region}', dice.pick(REGIONS[place.province]))
      .replace('{municipality}', place.municipality);
  const take = (name: string, isPublic: boolean) => {
    used.add(name);
    return { name, publicBody: isPublic };
  };

  const publicPatterns = ORGANISATION_PATTERNS.public[sector];
  if (publicBody && publicPatterns.length > 0) {
    const name = fill(dice.pick(publicPatterns), '');
    if (!used.has(name)) return take(name, true);
  }

  const patterns = size === 1 ? ORGANISATION_PATTERNS.single[sector] : ORGANISATION_PATTERNS.group[sector];
  let name = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    const base = size === 1 ? ownName : dice.pick(SECTOR_NAMES[sector]);
    // Later attempts add the municipality to the name, so only patterns with {name} help.
    const pattern = dice.pick(attempt < 4 ? patterns : patterns.filter((p) => p.includes('{name}')));
    name = fill(pattern, attempt < 4 ? base : `${base} ${place.municipality}`);
    if (!used.has(name)) break;
  }
  return take(name, false);
}
