import type { Database } from '@zorgwaardering/db';
import type { Role } from '@zorgwaardering/core';

/** Who is acting: every service call knows it, and every audit row records it. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system' }
  | { kind: 'user'; userId: string; roles: Role[] };

export const anonymous: Actor = { kind: 'anonymous' };
export const system: Actor = { kind: 'system' };

/** What a service verb is given: the database (or the transaction it runs in), the actor, and the request id. */
export interface ServiceContext {
  db: Database;
  actor: Actor;
  requestId?: string | undefined;
  now: () => Date;
}
