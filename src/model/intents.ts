/**
 * Intents: what must never (or always, or only so) happen in a design, saved with it (format
 * version 2) and checked exhaustively by src/validation/intents. An intent names a source set, a
 * destination set, the traffic it is about (protocols and port ranges; absent = all traffic) and an
 * expectation:
 *
 * - `never`:  no traffic of that kind from any source to any destination gets through;
 * - `only`:   it gets through only on the given ports (`ports`), and/or only through a given kind
 *             of hop (`through`: a NAT gateway, a load balancer, ...);
 * - `always`: every source reaches every destination with all of that traffic.
 *
 * AWS Network Access Analyzer's scopes (match paths with source, destination, packet headers and
 * `ThroughResources`) are the model; sets are written the way users think, not as resource lists.
 */
import type { z } from 'zod';
import type { DeepReadonly } from './kinds/fields.ts';
import type { expectationSchema, intentSchema, intentSetSchema, trafficSchema } from './intentSchemas.ts';

export const THROUGH_KINDS = ['nat', 'loadBalancer', 'igw', 'peering'] as const;
export type ThroughKind = (typeof THROUGH_KINDS)[number];

export type IntentSet = DeepReadonly<z.output<typeof intentSetSchema>>;
export type IntentSetType = IntentSet['type'];
export type IntentTraffic = DeepReadonly<z.output<typeof trafficSchema>>;
export type IntentExpectation = DeepReadonly<z.output<typeof expectationSchema>>;
export type Intent = DeepReadonly<z.output<typeof intentSchema>>;

export const INTENT_SET_TYPES: readonly IntentSetType[] = [
  'resource',
  'kind',
  'role',
  'name',
  'subnet',
  'subnets',
  'securityGroup',
  'internet',
  'cidr',
];

/** The ids of the starter intents every design is offered (src/validation/intents/starters.ts). */
export const STARTER_INTENT_IDS = [
  'starter-no-db-from-internet',
  'starter-no-admin-from-internet',
  'starter-private-no-inbound',
] as const;
export type StarterIntentId = (typeof STARTER_INTENT_IDS)[number];
