import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface AppConfig {
  production: boolean;
  /** The public origin of the web app (for links in mails). */
  publicUrl: string;
  /** Origins whose pages may send state-changing requests (the public origin and its local aliases). */
  allowedOrigins: string[];
  /** Key for hashes of sign-in codes, links and IP addresses. */
  secret: string;
  /** SMTP server for real mail; without it mail is kept in the local mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Largest request body in bytes. */
  bodyLimitBytes: number;
  /** How long search results are served from memory; 0: never. */
  searchCacheSeconds: number;
  signIn: {
    codeValidityMinutes: number;
    maxFailedAttempts: number;
    perAddressPerMinute: number;
    perIpPerMinute: number;
  };
}

export const defaultSignInLimits: AppConfig['signIn'] = {
  codeValidityMinutes: 15,
  maxFailedAttempts: 5,
  perAddressPerMinute: 5,
  perIpPerMinute: 30,
};

/**
 * The secret from APP_SECRET; outside production one is generated once and kept in the data
 * folder so sign-in links survive a restart.
 */
function secretFromEnv(env: NodeJS.ProcessEnv, production: boolean, dataDir: string): string {
  const fromEnv = env.APP_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('APP_SECRET moet minstens 32 tekens lang zijn.');
    return fromEnv;
  }
  if (production) throw new Error('APP_SECRET ontbreekt: zet een geheime sleutel van minstens 32 tekens.');
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR?.trim() || '.data');
  const webPort = env.PORT?.trim() || '3000';
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${webPort}`).replace(/\/+$/, '');
  return {
    production,
    publicUrl,
    allowedOrigins: allowedOrigins(publicUrl, production),
    secret: secretFromEnv(env, production, dataDir),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || 'Zorgwaardering Vlaanderen <noreply@zorgwaardering.local>',
    bodyLimitBytes: 1024 * 1024,
    searchCacheSeconds: cacheSecondsFromEnv(env.SEARCH_CACHE_SECONDS),
    signIn: defaultSignInLimits,
  };
}

function cacheSecondsFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 30;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) throw new Error('SEARCH_CACHE_SECONDS moet een geheel aantal seconden van 0 tot 3600 zijn.');
  return seconds;
}

/** The public origin; outside production also the same port on 127.0.0.1 and [::1] when it is localhost. */
export function allowedOrigins(publicUrl: string, production: boolean): string[] {
  const origin = new URL(publicUrl).origin;
  const url = new URL(publicUrl);
  if (production || url.hostname !== 'localhost') return [origin];
  const port = url.port ? `:${url.port}` : '';
  return [origin, `${url.protocol}//127.0.0.1${port}`, `${url.protocol}//[::1]${port}`];
}
