export * from './sectors';
export * from './company-number';
export * from './users';
export * from './errors';
export * from './themes';
export * from './reviews';
export * from './dto';
