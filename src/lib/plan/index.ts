export * from './schema';
export * from './plan';
export * from './dates';
