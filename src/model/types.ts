/**
 * The design document: what is saved, shared, validated and exported.
 *
 * View state (selection, viewport, measured sizes) is not here; see src/store.
 * Every resource is a member of one discriminated union on `kind`, derived from the kind
 * definitions in ./kinds (one module per kind: fields and schema, defaults, roles). Containment
 * (region > VPC > AZ > subnet > instance) is the `parent` field; other relations (route-table
 * associations, security groups, route targets, peering) are id references that each kind declares
 * (`refs`), that the validator checks and the reader repairs or rejects.
 */
import type { z } from 'zod';
import type { DeepReadonly } from './kinds/fields.ts';
import type { Intent } from './intents.ts';
import type { Resource, ResourceOfKind } from './kinds/index.ts';
import type {
  flowSchema,
  naclRuleSchema,
  positionSchema,
  routeSchema,
  sgRuleSchema,
  sizeSchema,
} from './kinds/schemas.ts';

export type { Resource, ResourceKind, ResourceOfKind, ContainerKind, Container, KindsWith } from './kinds/index.ts';
export { RESOURCE_KINDS, CONTAINER_KINDS, isContainer } from './kinds/index.ts';
export type { Protocol, IpProtocol, DbEngine, Internet } from './kinds/fields.ts';

export type ResourceId = string;

/** A point relative to the parent container (React Flow's convention for child nodes). */
export type Position = DeepReadonly<z.output<typeof positionSchema>>;
export type Size = DeepReadonly<z.output<typeof sizeSchema>>;

export type Region = ResourceOfKind<'region'>;
export type Vpc = ResourceOfKind<'vpc'>;
export type AvailabilityZone = ResourceOfKind<'az'>;
export type Subnet = ResourceOfKind<'subnet'>;
export type InternetGateway = ResourceOfKind<'igw'>;
export type NatGateway = ResourceOfKind<'nat'>;
export type RouteTable = ResourceOfKind<'routeTable'>;
export type NetworkAcl = ResourceOfKind<'nacl'>;
export type SecurityGroup = ResourceOfKind<'securityGroup'>;
export type Instance = ResourceOfKind<'instance'>;
export type LoadBalancer = ResourceOfKind<'loadBalancer'>;
export type Database = ResourceOfKind<'rds'>;
export type PeeringConnection = ResourceOfKind<'peering'>;
export type ExternalResource = ResourceOfKind<'external'>;
export type PrefixList = ResourceOfKind<'prefixList'>;
export type TransitGateway = ResourceOfKind<'transitGateway'>;
export type TgwAttachment = ResourceOfKind<'tgwAttachment'>;
export type TgwRouteTable = ResourceOfKind<'tgwRouteTable'>;
export type VpnGateway = ResourceOfKind<'vpnGateway'>;
export type CustomerGateway = ResourceOfKind<'customerGateway'>;
export type VpnConnection = ResourceOfKind<'vpnConnection'>;
export type GatewayEndpoint = ResourceOfKind<'gatewayEndpoint'>;
export type InterfaceEndpoint = ResourceOfKind<'interfaceEndpoint'>;
export type EgressOnlyIgw = ResourceOfKind<'egressOnlyIgw'>;
export type TargetGroup = ResourceOfKind<'targetGroup'>;
export type NetworkInterface = ResourceOfKind<'networkInterface'>;

/** `local`, or the id of an igw, nat, instance (ENI), or peering connection. */
export type RouteTarget = 'local' | ResourceId;
export type Route = DeepReadonly<z.output<typeof routeSchema>>;
export type NaclRule = DeepReadonly<z.output<typeof naclRuleSchema>>;
export type SgRule = DeepReadonly<z.output<typeof sgRuleSchema>>;
export type PublicIp = Instance['publicIp'];

/** `internet`, a resource id, or a dotted IPv4 address. */
export type Endpoint = string;

/** An intended traffic flow the user drew; checked continuously by the reachability engine. */
export type Flow = DeepReadonly<z.output<typeof flowSchema>>;

export const DESIGN_FORMAT = 'vpc-town';
export const DESIGN_VERSION = 2;

export interface Design {
  readonly format: typeof DESIGN_FORMAT;
  readonly version: typeof DESIGN_VERSION;
  readonly name: string;
  /** Parents always come before their children (React Flow requires it; see sortParentsFirst). */
  readonly resources: readonly Resource[];
  readonly flows: readonly Flow[];
  /**
   * What must never (or always, or only so) happen (model/intents.ts), since version 2. Absent in
   * a design built in memory that has none; the reader gives every file's list.
   */
  readonly intents?: readonly Intent[];
  /** The starter intents (STARTER_INTENT_IDS) this design turned off; absent: all on. */
  readonly starterIntentsOff?: readonly string[];
}
