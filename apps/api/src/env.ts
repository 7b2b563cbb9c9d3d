import type { Actor } from './context';
import type { SessionInfo } from './auth/session';

/** What middleware puts on every request's context. */
export type AppEnv = {
  Variables: {
    requestId: string;
    actor: Actor;
    session: SessionInfo | null;
    clientIp: string | null;
  };
};
