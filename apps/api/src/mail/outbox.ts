import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { outboxEmails, type Database } from '@zorgwaardering/db';
import type { Logger } from '../lib/logger';
import type { MailTransport, OutgoingMail } from './transport';

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 8;
/** While a mail is being sent its next attempt is pushed this far ahead, so no other worker takes it. */
const LEASE_SECONDS = 120;

/** Adds a mail to the outbox, in the caller's transaction; the worker sends it after commit. */
export async function enqueueEmail(db: Database, mail: OutgoingMail): Promise<void> {
  await db.insert(outboxEmails).values(mail);
}

export interface OutboxWorker {
  /** Sends what is due now; resolves when this round is done. */
  drain(): Promise<number>;
  /** Asks a started worker for a round now, without waiting for it (after a commit that enqueued mail). */
  kick(): void;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

export function createOutboxWorker(db: Database, transport: MailTransport, logger: Logger): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;

  async function claimDue(): Promise<(typeof outboxEmails.$inferSelect)[]> {
    const due = db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(and(eq(outboxEmails.status, 'pending'), lte(outboxEmails.nextAttemptAt, sql`now()`)))
      .orderBy(asc(outboxEmails.createdAt))
      .limit(BATCH_SIZE)
      .for('update', { skipLocked: true });
    return db
      .update(outboxEmails)
      .set({
        attempts: sql`${outboxEmails.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      })
      .where(and(inArray(outboxEmails.id, due), eq(outboxEmails.status, 'pending')))
      .returning();
  }

  async function round(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await claimDue();
      if (batch.length === 0) return sent;
      for (const mail of batch) {
        try {
          await transport.send({ to: mail.to, subject: mail.subject, text: mail.text, data: mail.data });
          await db.update(outboxEmails).set({ status: 'sent', sentAt: sql`now()`, lastError: null }).where(eq(outboxEmails.id, mail.id));
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const failed = mail.attempts >= MAX_ATTEMPTS;
          // Back off exponentially: 30 s, 1 min, 2 min, ... up to about an hour.
          const delaySeconds = Math.min(30 * 2 ** (mail.attempts - 1), 3600);
          await db
            .update(outboxEmails)
            .set({
              status: failed ? 'failed' : 'pending',
              lastError: message.slice(0, 1000),
              nextAttemptAt: sql`now() + make_interval(secs => ${delaySeconds})`,
            })
            .where(eq(outboxEmails.id, mail.id));
          logger.error('mail.send_failed', { mailId: mail.id, attempt: mail.attempts, failed, error: message });
        }
      }
    }
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await round();
      } while (again);
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    drain,
    kick() {
      if (!timer) return; // not started: this process leaves sending to another worker
      drain().catch((error) => logger.error('mail.outbox_failed', { error: String(error) }));
    },
    start(intervalMs = 5000) {
      if (timer) return;
      timer = setInterval(() => this.kick(), intervalMs);
      timer.unref();
      this.kick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}
