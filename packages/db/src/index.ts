export * from './client';
export * as schema from './schema';
export * from './schema';
export * from './config';
export * from './scores';
export * from './public-reviews';
