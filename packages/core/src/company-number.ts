import { z } from 'zod';

/**
 * Belgian company number ("ondernemingsnummer"): ten digits, the first 0 or 1, the last two
 * a check: 97 - (first eight digits mod 97). Accepts the usual notations
 * ("0123.456.749", "BE 0123 456 749", "123456749") and normalises to "0123.456.749".
 */
export function normaliseCompanyNumber(input: string): string | null {
  const digits = input.replace(/^\s*BE/i, '').replace(/[\s.\-]/g, '');
  if (!/^\d{9,10}$/.test(digits)) return null;
  const ten = digits.padStart(10, '0');
  if (ten[0] !== '0' && ten[0] !== '1') return null;
  const base = Number(ten.slice(0, 8));
  const check = Number(ten.slice(8));
  if (97 - (base % 97) !== check) return null;
  return `${ten.slice(0, 4)}.${ten.slice(4, 7)}.${ten.slice(7)}`;
}

export function isValidCompanyNumber(input: string): boolean {
  return normaliseCompanyNumber(input) !== null;
}

export const companyNumberSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const normalised = normaliseCompanyNumber(value);
    if (!normalised) {
      ctx.addIssue({
        code: 'custom',
        message: 'Geen geldig ondernemingsnummer (10 cijfers met een geldige controle, bv. 0123.456.749)',
      });
      return z.NEVER;
    }
    return normalised;
  });
