import { eq, sql } from 'drizzle-orm';
import { memberships, organisations, users } from '@zorgwaardering/db';
import type { Me, Role } from '@zorgwaardering/core';
import type { Database } from '@zorgwaardering/db';

/** A user as the API describes them to themselves, with all their roles. */
export async function loadMe(db: Database, userId: string): Promise<Me | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const rows = await db
    .select({ organisationId: memberships.organisationId, organisationName: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
  const roles: Role[] = ['parent'];
  if (rows.length > 0) roles.push('facility_representative');
  roles.push(...user.roles);
  const fullName = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return {
    id: user.id,
    email: user.email,
    displayName: fullName || user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    roles,
    memberships: rows.map((row) => ({ ...row, organisationId: String(row.organisationId) })),
  };
}

/** The roles of a signed-in user, for authorisation on every request. */
export async function loadActorRoles(db: Database, userId: string): Promise<Role[]> {
  const [row] = await db
    .select({
      roles: users.roles,
      representative: sql<boolean>`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return [];
  return ['parent', ...(row.representative ? (['facility_representative'] as const) : []), ...row.roles];
}
