import type { Actor } from '../context';
import { Unauthorized } from '../errors';

/** The signed-in user acting, or a 401. */
export function requireUser(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw new Unauthorized('Log in om verder te gaan.');
  return actor;
}
