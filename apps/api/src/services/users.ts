import { eq } from 'drizzle-orm';
import { memberships, organisations, users } from '@zorgwaardering/db';
import { rolesOf, type Me } from '@zorgwaardering/core';
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
  const roles = rolesOf(user.roles, rows.length > 0);
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
