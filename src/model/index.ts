export * from './types.ts';
export * from './cidr.ts';
export * from './graph.ts';
export * from './ids.ts';
export * from './containment.ts';
