/** Check-digit and format validators for the identifiers the privacy checks look for. */

/**
 * Belgian national register number (rijksregisternummer) or BIS number: YYMMDD SSS CC, where
 * CC = 97 - (YYMMDDSSS mod 97) for births before 2000 and 97 - (2YYMMDDSSS mod 97) from 2000.
 * BIS numbers add 20 (sex unknown) or 40 (sex known) to the month. Month and day may be 00 when
 * the date of birth is unknown.
 */
export function isValidNationalNumber(input: string): boolean {
  const digits = input.replace(/[\s.\-/]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (baseMonth > 12 || day > 31) return false;
  const serial = Number(digits.slice(6, 9));
  if (serial === 0 || serial === 999) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9, 11));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** The kind of a valid national number: `rrn` (register) or `bis`. */
export function nationalNumberKind(input: string): 'rrn' | 'bis' | null {
  if (!isValidNationalNumber(input)) return null;
  const month = Number(input.replace(/\D/g, '').slice(2, 4));
  return month >= 20 ? 'bis' : 'rrn';
}

const IBAN_LENGTHS: Record<string, number> = {
  BE: 16, NL: 18, LU: 20, DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, PT: 25, AT: 20, CH: 21, IE: 22,
  DK: 18, SE: 24, NO: 15, FI: 18, PL: 28, CZ: 24, SK: 24, HU: 28, RO: 24, BG: 22, GR: 27, HR: 21,
  SI: 19, LT: 20, LV: 21, EE: 20, CY: 28, MT: 31, TR: 26, MA: 28,
};

/** mod 97 of a long digit string, in chunks so that it stays within a double's exact range. */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

/** IBAN with its ISO 13616 mod-97 check (spaces allowed, any case). */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/[\s.\-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let digits = '';
  for (const ch of rearranged) digits += /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
  return mod97(digits) === 1;
}

/** The old Belgian account number 123-4567890-12: the last two digits are the first ten mod 97 (97 for 0). */
export function isValidBelgianAccount(input: string): boolean {
  const digits = input.replace(/[\s.\-]/g, '');
  if (!/^\d{12}$/.test(digits)) return false;
  const check = Number(digits.slice(10));
  const rest = mod97(digits.slice(0, 10));
  return (rest === 0 ? 97 : rest) === check;
}

/**
 * Belgian number plates: the current format 1-ABC-123 (first digit 1-9, since 2010) and the older
 * ABC-123 and 123-ABC formats (1973-2010). Plates carry no check digit: validity is the format,
 * with the separators a person would write (dash, dot, space or none for the current format).
 */
export function belgianPlateFormat(input: string): 'current' | 'old' | null {
  const plate = input.trim().toUpperCase();
  if (/^[1-9][\s.\-]?[A-Z]{3}[\s.\-]?\d{3}$/.test(plate)) return 'current';
  if (/^[A-Z]{3}[\s.\-]\d{3}$/.test(plate) || /^\d{3}[\s.\-][A-Z]{3}$/.test(plate)) return 'old';
  return null;
}

/** Dutch plates (sidecodes 4 to 11), only recognised with a dash as written on the plate. */
export function isDutchPlate(input: string): boolean {
  const plate = input.trim().toUpperCase();
  return [
    /^[A-Z]{2}-\d{2}-\d{2}$/, /^\d{2}-\d{2}-[A-Z]{2}$/, /^\d{2}-[A-Z]{2}-\d{2}$/, /^[A-Z]{2}-\d{2}-[A-Z]{2}$/,
    /^[A-Z]{2}-[A-Z]{2}-\d{2}$/, /^\d{2}-[A-Z]{2}-[A-Z]{2}$/, /^\d{2}-[A-Z]{3}-\d$/, /^\d-[A-Z]{3}-\d{2}$/,
    /^[A-Z]{2}-\d{3}-[A-Z]$/, /^[A-Z]-\d{3}-[A-Z]{2}$/, /^[A-Z]{3}-\d{2}-[A-Z]$/,
  ].some((re) => re.test(plate)) && /\d/.test(plate) && /[A-Z]/.test(plate);
}
