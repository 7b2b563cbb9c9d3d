export * from './sectors';
export * from './company-number';
export * from './users';
export * from './errors';
