export * from './schema';
export * from './plan';
