import { auditLog } from '@zorgwaardering/db';
import type { ServiceContext } from '../context';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  /** Ids and facts only: no names, e-mail addresses or texts (the log is kept forever). */
  data?: Record<string, unknown>;
}

/** Appends one row to the audit log, in the caller's transaction. */
export async function writeAudit(ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  const { actor } = ctx;
  await ctx.db.insert(auditLog).values({
    actorKind: auditActorKind(actor),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId == null ? null : String(entry.targetId),
    data: entry.data ?? {},
    requestId: ctx.requestId ?? null,
    occurredAt: ctx.now(),
  });
}

/** How the log names who acted: a user by their most powerful role. */
export function auditActorKind(actor: ServiceContext['actor']) {
  return actor.kind === 'user' ? primaryActorKind(actor.roles) : actor.kind;
}

function primaryActorKind(roles: string[]) {
  if (roles.includes('admin')) return 'admin' as const;
  if (roles.includes('editor')) return 'editor' as const;
  if (roles.includes('facility_representative')) return 'facility_representative' as const;
  return 'parent' as const;
}
