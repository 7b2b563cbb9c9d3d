import { randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import {
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
  formatInvitationCode,
  normalizeInvitationCode,
  type FieldIssue,
} from '@zorgwaardering/core';
import { facilities, invitationCodes, memberships, type Database } from '@zorgwaardering/db';
import type { AppConfig } from '../config';
import type { ServiceContext } from '../context';
import { Conflict, Forbidden, NotFound } from '../errors';
import { requireUser } from '../lib/actor';
import { addDays } from '../lib/dates';
import { keyedHash } from '../lib/hash';
import { writeAudit } from './audit';

/** An invitation code can be used this many days after it was made. */
export const INVITATION_VALIDITY_DAYS = 90;
/** At most this many codes in one request. */
export const INVITATION_MAX_COUNT = 50;

type InvitationSettings = Pick<AppConfig, 'secret'>;

const hashOf = (settings: InvitationSettings, normalized: string) => keyedHash(settings.secret, 'invitation-code', normalized);

function newCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return code;
}

export interface CreatedInvitationCodes {
  facilityId: number;
  /** The codes as "ABCD-EF23": shown this once, only their hashes are kept. */
  codes: string[];
  expiresAt: Date;
}

/**
 * A member of the organisation running the facility makes one-time invitation codes to hand to
 * the people it cares for. Only keyed hashes are stored: the codes are in this answer only.
 */
export async function createInvitationCodes(
  ctx: ServiceContext,
  settings: InvitationSettings,
  facilityId: number,
  count: number,
): Promise<CreatedInvitationCodes> {
  const actor = requireUser(ctx.actor);
  const now = ctx.now();
  const expiresAt = addDays(now, INVITATION_VALIDITY_DAYS);
  return ctx.db.transaction(async (tx) => {
    const [facility] = await tx
      .select({ id: facilities.id, name: facilities.name, participating: facilities.participating, member: memberships.userId })
      .from(facilities)
      .leftJoin(memberships, and(eq(memberships.organisationId, facilities.organisationId), eq(memberships.userId, actor.userId)))
      .where(eq(facilities.id, facilityId));
    if (!facility) throw new NotFound('Deze voorziening bestaat niet.');
    if (!facility.member) throw new Forbidden('Alleen medewerkers van de organisatie van deze voorziening kunnen uitnodigingscodes maken.');
    if (!facility.participating) {
      throw new Conflict(
        `${facility.name} neemt nog niet deel aan het platform: een uitnodigingscode heeft pas zin als de voorziening deelneemt.`,
        'facility_not_participating',
      );
    }

    const codes: string[] = [];
    // A new code that happens to equal an existing one is skipped by the unique index and made again.
    for (let attempt = 0; codes.length < count && attempt < 5; attempt++) {
      const batch = [...new Set(Array.from({ length: count - codes.length }, newCode))];
      const stored = await tx
        .insert(invitationCodes)
        .values(batch.map((code) => ({ facilityId, codeHash: hashOf(settings, code), createdBy: actor.userId, createdAt: now, expiresAt })))
        .onConflictDoNothing()
        .returning({ codeHash: invitationCodes.codeHash });
      const storedHashes = new Set(stored.map((row) => row.codeHash));
      codes.push(...batch.filter((code) => storedHashes.has(hashOf(settings, code))));
    }
    if (codes.length < count) throw new Error('Could not make unique invitation codes');

    await writeAudit({ ...ctx, db: tx }, { action: 'invitation_codes.created', targetType: 'facility', targetId: facilityId, data: { count, expiresAt: expiresAt.toISOString() } });
    return { facilityId, codes: codes.map(formatInvitationCode), expiresAt };
  });
}

/**
 * Checks a typed invitation code for a review of this facility: the id of the code to redeem, or
 * the problem to show on the field.
 */
export async function checkInvitationCode(
  db: Database,
  settings: InvitationSettings,
  facilityId: number,
  code: string,
  now: Date,
): Promise<{ id: string } | { problem: FieldIssue }> {
  const problem = (message: string) => ({ problem: { path: 'invitationCode', message } });
  const [found] = await db
    .select({ id: invitationCodes.id, facilityId: invitationCodes.facilityId, expiresAt: invitationCodes.expiresAt, usedAt: invitationCodes.usedAt })
    .from(invitationCodes)
    .where(eq(invitationCodes.codeHash, hashOf(settings, normalizeInvitationCode(code))));
  if (!found) return problem('Deze uitnodigingscode bestaat niet. Kijk na of je hem juist hebt overgenomen');
  if (found.facilityId !== facilityId) return problem('Deze uitnodigingscode hoort bij een andere voorziening');
  if (found.usedAt) return problem('Deze uitnodigingscode is al gebruikt. Elke code werkt maar één keer');
  if (found.expiresAt <= now) return problem(`Deze uitnodigingscode is verlopen: een code werkt ${INVITATION_VALIDITY_DAYS} dagen`);
  return { id: found.id };
}

/**
 * Marks a code used, in the caller's transaction: true for the one request that got it, false
 * when another request used it first (the update only touches an unused, unexpired code).
 */
export async function redeemInvitationCode(db: Database, codeId: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(invitationCodes)
    .set({ usedAt: now })
    .where(and(eq(invitationCodes.id, codeId), isNull(invitationCodes.usedAt), gt(invitationCodes.expiresAt, now)))
    .returning({ id: invitationCodes.id });
  return updated.length === 1;
}
