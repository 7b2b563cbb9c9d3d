import { z } from 'zod';

export const ROLES = ['parent', 'facility_representative', 'editor', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles stored on the user; `parent` belongs to everyone and `facility_representative` follows from a membership. */
export const STORED_ROLES = ['editor', 'admin'] as const;
export type StoredRole = (typeof STORED_ROLES)[number];

/** What a user may do: everyone is a parent; a membership makes a facility representative; the rest is stored. */
export function rolesOf(stored: readonly StoredRole[], representative: boolean): Role[] {
  return ['parent', ...(representative ? (['facility_representative'] as const) : []), ...stored];
}

export const MEMBERSHIP_ROLES = ['representative', 'manager'] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const emailSchema = z
  .string({ error: 'Vul je e-mailadres in' })
  .trim()
  .toLowerCase()
  .max(254, 'Dit e-mailadres is te lang')
  .pipe(z.email({ error: 'Dit is geen geldig e-mailadres' }));

export const signInCodeSchema = z
  .string({ error: 'Vul de code in' })
  .trim()
  .regex(/^\d{6}$/, 'De code bestaat uit 6 cijfers');

export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  role: membershipRoleSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  roles: z.array(roleSchema),
  memberships: z.array(membershipSchema),
});
export type Me = z.infer<typeof meSchema>;
