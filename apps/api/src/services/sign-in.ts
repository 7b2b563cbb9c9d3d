import { randomBytes, randomInt } from 'node:crypto';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { signInCodes, users } from '@zorgwaardering/db';
import type { AppConfig } from '../config';
import type { ServiceContext } from '../context';
import { Invalid, RateLimited } from '../errors';
import { hashesEqual, keyedHash } from '../lib/hash';
import { enqueueEmail } from '../mail/outbox';
import { writeAudit } from './audit';
import { signInMail } from '../mail/templates';

type SignInSettings = Pick<AppConfig, 'secret' | 'publicUrl' | 'signIn'>;

export interface RequestSignInCodeInput {
  email: string;
  ipHash: string | null;
}

/**
 * Sends a one-time code and sign-in link to an address. Limits: a few requests per address and
 * per IP address a minute. Earlier unused codes for the address stop working.
 */
export async function requestSignInCode(
  ctx: ServiceContext,
  settings: SignInSettings,
  input: RequestSignInCodeInput,
): Promise<{ expiresAt: Date }> {
  const now = ctx.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const linkToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.signIn.codeValidityMinutes * 60_000);
  const minuteAgo = new Date(now.getTime() - 60_000);

  await ctx.db.transaction(async (tx) => {
    // One request per address at a time, so two parallel requests cannot both pass the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${input.email}`}))`);
    const [byAddress] = await tx
      .select({ n: count() })
      .from(signInCodes)
      .where(and(eq(signInCodes.email, input.email), gt(signInCodes.createdAt, minuteAgo)));
    if ((byAddress?.n ?? 0) >= settings.signIn.perAddressPerMinute) {
      throw new RateLimited('Je hebt te veel codes aangevraagd. Wacht een minuut en probeer het opnieuw.', 60);
    }
    if (input.ipHash) {
      const [byIp] = await tx
        .select({ n: count() })
        .from(signInCodes)
        .where(and(eq(signInCodes.ipHash, input.ipHash), gt(signInCodes.createdAt, minuteAgo)));
      if ((byIp?.n ?? 0) >= settings.signIn.perIpPerMinute) {
        throw new RateLimited('Er zijn te veel codes aangevraagd vanaf jouw netwerk. Wacht een minuut en probeer het opnieuw.', 60);
      }
    }
    await tx
      .update(signInCodes)
      .set({ expiresAt: now })
      .where(and(eq(signInCodes.email, input.email), isNull(signInCodes.usedAt), gt(signInCodes.expiresAt, now)));
    const [row] = await tx
      .insert(signInCodes)
      .values({
        email: input.email,
        codeHash: keyedHash(settings.secret, `sign-in-code:${input.email}`, code),
        linkTokenHash: keyedHash(settings.secret, 'sign-in-link', linkToken),
        ipHash: input.ipHash,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: signInCodes.id });
    const link = `${settings.publicUrl}/inloggen/link?token=${linkToken}`;
    await enqueueEmail(tx, signInMail({ to: input.email, code, link, validMinutes: settings.signIn.codeValidityMinutes }));
    await writeAudit({ ...ctx, db: tx }, { action: 'auth.code_requested', targetType: 'sign_in_code', targetId: row!.id });
  });
  return { expiresAt };
}

type CodeRow = typeof signInCodes.$inferSelect;

export type SignInFailure = 'invalid_code' | 'code_expired' | 'code_used' | 'too_many_attempts';

const failureMessages: Record<SignInFailure, string> = {
  invalid_code: 'Deze code klopt niet. Kijk de code in je laatste mail na, of vraag een nieuwe code aan.',
  code_expired: 'Deze code is verlopen. Vraag een nieuwe code aan.',
  code_used: 'Deze code is al gebruikt. Vraag een nieuwe code aan.',
  too_many_attempts: 'Je hebt te vaak een verkeerde code ingegeven. Vraag een nieuwe code aan.',
};

const linkFailureMessages: Record<SignInFailure, string> = {
  ...failureMessages,
  invalid_code: 'Deze inloglink is ongeldig. Vraag een nieuwe code aan.',
  code_expired: 'Deze inloglink is verlopen. Vraag een nieuwe code aan.',
  code_used: 'Deze inloglink is al gebruikt. Vraag een nieuwe code aan.',
};

export interface SignedInUser {
  userId: string;
  created: boolean;
}

/** Checks the 6-digit code for an address; on success the code is spent and the account exists. */
export async function verifySignInCode(
  ctx: ServiceContext,
  settings: SignInSettings,
  input: { email: string; code: string },
): Promise<SignedInUser> {
  const codeHash = keyedHash(settings.secret, `sign-in-code:${input.email}`, input.code);
  return spend(ctx, failureMessages, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${input.email}`}))`);
    const [latest] = await tx
      .select()
      .from(signInCodes)
      .where(eq(signInCodes.email, input.email))
      .orderBy(desc(signInCodes.createdAt))
      .limit(1);
    if (!latest) return { failure: 'invalid_code' };
    if (latest.usedAt) return { failure: hashesEqual(latest.codeHash, codeHash) ? 'code_used' : 'invalid_code' };
    if (latest.failedAttempts >= settings.signIn.maxFailedAttempts) return { failure: 'too_many_attempts' };
    if (!hashesEqual(latest.codeHash, codeHash)) {
      await tx
        .update(signInCodes)
        .set({ failedAttempts: sql`${signInCodes.failedAttempts} + 1` })
        .where(eq(signInCodes.id, latest.id));
      return { failure: 'invalid_code' };
    }
    return { row: latest };
  });
}

/** Checks a sign-in link's token; on success it is spent like a code. */
export async function verifySignInLink(
  ctx: ServiceContext,
  settings: SignInSettings,
  input: { token: string },
): Promise<SignedInUser> {
  const linkTokenHash = keyedHash(settings.secret, 'sign-in-link', input.token);
  return spend(ctx, linkFailureMessages, async (tx) => {
    const [row] = await tx.select().from(signInCodes).where(eq(signInCodes.linkTokenHash, linkTokenHash)).limit(1);
    if (!row) return { failure: 'invalid_code' };
    if (row.usedAt) return { failure: 'code_used' };
    return { row };
  });
}

type Lookup = { failure: SignInFailure } | { row: CodeRow };

/**
 * Runs the lookup and, when it finds a usable code, spends it and signs the user in, all in one
 * transaction. A failed attempt is committed (it counts) and then reported as a 400.
 */
async function spend(
  ctx: ServiceContext,
  messages: Record<SignInFailure, string>,
  lookup: (tx: ServiceContext['db']) => Promise<Lookup>,
): Promise<SignedInUser> {
  const now = ctx.now();
  const outcome = await ctx.db.transaction(async (tx): Promise<{ failure: SignInFailure } | SignedInUser> => {
    const found = await lookup(tx);
    if ('failure' in found) return found;
    const { row } = found;
    if (row.expiresAt <= now) return { failure: 'code_expired' };
    const spent = await tx
      .update(signInCodes)
      .set({ usedAt: now })
      .where(and(eq(signInCodes.id, row.id), isNull(signInCodes.usedAt)))
      .returning({ id: signInCodes.id });
    if (spent.length === 0) return { failure: 'code_used' };

    const inserted = await tx
      .insert(users)
      .values({ email: row.email, lastSignInAt: now })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, roles: users.roles });
    const user =
      inserted[0] ??
      (
        await tx
          .update(users)
          .set({ lastSignInAt: now })
          .where(eq(users.email, row.email))
          .returning({ id: users.id, roles: users.roles })
      )[0]!;
    const userId = user.id;
    const created = inserted.length > 0;
    const actorCtx = { ...ctx, db: tx, actor: { kind: 'user' as const, userId, roles: user.roles } };
    if (created) await writeAudit(actorCtx, { action: 'user.created', targetType: 'user', targetId: userId });
    await writeAudit(actorCtx, { action: 'auth.signed_in', targetType: 'user', targetId: userId, data: { signInCodeId: row.id } });
    return { userId, created };
  });
  if ('failure' in outcome) throw new Invalid(messages[outcome.failure], outcome.failure);
  return outcome;
}
