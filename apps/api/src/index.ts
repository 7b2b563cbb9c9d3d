export { createApp, type App, type AppDeps } from './app';
export { buildDeps, openMigratedDatabase } from './deps';
export { configFromEnv, defaultSignInLimits, type AppConfig } from './config';
export { silentLogger, consoleLogger, type Logger } from './lib/logger';
export { purgeExpired, refreshScores, RETENTION } from './services/maintenance';
