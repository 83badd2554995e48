export * from './types.ts';
export * from './cidr.ts';
export * from './graph.ts';
export * from './ids.ts';
export * from './containment.ts';
export * from './derived.ts';
export * from './ops.ts';
export * from './publicIps.ts';
