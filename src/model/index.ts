export * from './types.ts';
export * from './intents.ts';
export * from './cidr.ts';
export * from './ipv6Defaults.ts';
export * from './graph.ts';
export * from './ids.ts';
export * from './containment.ts';
export * from './derived.ts';
export * from './ops.ts';
export * from './publicIps.ts';
export * from './refs.ts';
export {
  KINDS,
  kindDef,
  kindsWith,
  hasRole,
  nestingDepth,
  PROTOCOLS,
  NAMED_PROTOCOL_NUMBERS,
  WELL_KNOWN_PROTOCOLS,
  isIpProtocol,
  isPorted,
  DB_ENGINES,
  INTERNET,
  LB_PROTOCOLS,
  LISTENER_ACTIONS,
  answeringAction,
} from './kinds/index.ts';
export type { LbProtocol, ListenerAction } from './kinds/index.ts';
export type { KindDef, KindRole, KindGroup, RefField, InspectorSection } from './kinds/index.ts';
export * from './nodeDetails.ts';
