import { z } from 'zod';
import { keysOf } from './keys';

/** The four sectors of the pilot, in the order the platform lists them. */
export const SECTORS = ['kinderopvang', 'ouderenzorg', 'handicap', 'jeugdhulp'] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const SECTOR_LABELS: Record<Sector, string> = {
  kinderopvang: 'Kinderopvang',
  ouderenzorg: 'Ouderenzorg',
  handicap: 'Personen met een handicap',
  jeugdhulp: 'Jeugdhulp',
};

/** Kinds of facility per sector, with their Dutch label. */
export const FACILITY_KINDS = {
  gezinsopvang: { sector: 'kinderopvang', label: 'Gezinsopvang' },
  groepsopvang: { sector: 'kinderopvang', label: 'Groepsopvang' },
  buitenschoolse_opvang: { sector: 'kinderopvang', label: 'Buitenschoolse opvang' },
  woonzorgcentrum: { sector: 'ouderenzorg', label: 'Woonzorgcentrum' },
  dagverzorgingscentrum: { sector: 'ouderenzorg', label: 'Dagverzorgingscentrum' },
  centrum_kortverblijf: { sector: 'ouderenzorg', label: 'Centrum voor kortverblijf' },
  groep_assistentiewoningen: { sector: 'ouderenzorg', label: 'Groep van assistentiewoningen' },
  vergunde_zorgaanbieder: { sector: 'handicap', label: 'Vergunde zorgaanbieder' },
  dienst_ondersteuningsplan: { sector: 'handicap', label: 'Dienst ondersteuningsplan' },
  multifunctioneel_centrum: { sector: 'handicap', label: 'Multifunctioneel centrum' },
  organisatie_bijzondere_jeugdzorg: { sector: 'jeugdhulp', label: 'Organisatie bijzondere jeugdzorg' },
  pleegzorg: { sector: 'jeugdhulp', label: 'Pleegzorg' },
  centrum_kinderzorg_gezinsondersteuning: {
    sector: 'jeugdhulp',
    label: 'Centrum voor kinderzorg en gezinsondersteuning',
  },
} as const satisfies Record<string, { sector: Sector; label: string }>;

export type FacilityKind = keyof typeof FACILITY_KINDS;
export const FACILITY_KIND_KEYS = keysOf(FACILITY_KINDS);
export const facilityKindSchema = z.enum(FACILITY_KIND_KEYS);

export function kindsOfSector(sector: Sector): FacilityKind[] {
  return FACILITY_KIND_KEYS.filter((kind) => FACILITY_KINDS[kind].sector === sector);
}

/** The five Flemish provinces and the Brussels-Capital Region. */
export const PROVINCES = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'brussel',
] as const;
export const provinceSchema = z.enum(PROVINCES);
export type Province = z.infer<typeof provinceSchema>;

export const PROVINCE_LABELS: Record<Province, string> = {
  antwerpen: 'Antwerpen',
  limburg: 'Limburg',
  'oost-vlaanderen': 'Oost-Vlaanderen',
  'vlaams-brabant': 'Vlaams-Brabant',
  'west-vlaanderen': 'West-Vlaanderen',
  brussel: 'Brussels Hoofdstedelijk Gewest',
};
