export * from './result';
export * from './roles';
export * from './duration';
export * from './arithmetic';
export * from './origin';
export * from './version';
export * from './chain';
export * from './diagnostic';
