/**
 * The design document: what is saved, shared, validated and exported.
 *
 * View state (selection, viewport, measured sizes) is not here; see src/store.
 * Every resource is a member of one discriminated union on `kind`. Containment
 * (region > VPC > AZ > subnet > instance) is the `parent` field; other relations
 * (route-table associations, security groups, route targets, peering) are id
 * references that the validator checks and the importer repairs or rejects.
 */

export type ResourceId = string;

/** A point relative to the parent container (React Flow's convention for child nodes). */
export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

interface Base {
  readonly id: ResourceId;
  readonly name: string;
  /** Containing resource (null at the top level). */
  readonly parent: ResourceId | null;
  readonly position: Position;
}

interface ContainerBase extends Base {
  readonly size: Size;
}

export interface Region extends ContainerBase {
  readonly kind: 'region';
  /** AWS Region code, e.g. `us-east-1`. */
  readonly code: string;
}

export interface Vpc extends ContainerBase {
  readonly kind: 'vpc';
  /** Primary block first, then secondary blocks. */
  readonly cidrBlocks: readonly string[];
  readonly flowLogs: boolean;
  /** The account's default VPC (discouraged: CKV_AWS_148). */
  readonly isDefault: boolean;
}

export interface AvailabilityZone extends ContainerBase {
  readonly kind: 'az';
  /** Zone name, e.g. `us-east-1a`; must belong to the VPC's Region. */
  readonly zone: string;
}

export interface Subnet extends ContainerBase {
  readonly kind: 'subnet';
  readonly cidr: string;
  /** Auto-assign public IPv4 addresses on launch (CKV_AWS_130). */
  readonly mapPublicIpOnLaunch: boolean;
}

export interface InternetGateway extends Base {
  readonly kind: 'igw';
  /* Attached to the VPC that is its `parent`; an IGW outside a VPC is detached. */
}

export interface NatGateway extends Base {
  readonly kind: 'nat';
  readonly connectivity: 'public' | 'private';
  /** Elastic IP address, or null when none is allocated. Lives in its `parent` subnet. */
  readonly elasticIp: string | null;
}

/** `local`, or the id of an igw, nat, instance (ENI), or peering connection. */
export type RouteTarget = 'local' | ResourceId;

export interface Route {
  readonly id: string;
  readonly destination: string;
  readonly target: RouteTarget;
}

export interface RouteTable extends Base {
  readonly kind: 'routeTable';
  /* Belongs to the VPC that is its `parent`. */
  /** The VPC's main table: used by every subnet without an explicit association. */
  readonly main: boolean;
  readonly routes: readonly Route[];
  /** Subnets explicitly associated with this table. */
  readonly subnetIds: readonly ResourceId[];
}

export interface NaclRule {
  readonly id: string;
  /** 1 to 32766; evaluated lowest first, first match wins. */
  readonly number: number;
  readonly direction: 'inbound' | 'outbound';
  readonly action: 'allow' | 'deny';
  readonly protocol: Protocol;
  readonly fromPort: number;
  readonly toPort: number;
  readonly cidr: string;
}

export interface NetworkAcl extends Base {
  readonly kind: 'nacl';
  /* Belongs to the VPC that is its `parent`. */
  /** The default NACL allows everything unless its rules say otherwise. */
  readonly isDefault: boolean;
  readonly rules: readonly NaclRule[];
  readonly subnetIds: readonly ResourceId[];
}

export interface SgRule {
  readonly id: string;
  readonly protocol: Protocol;
  readonly fromPort: number;
  readonly toPort: number;
  /** Exactly one of `cidr` and `sourceSg` (for egress: the destination) is set. */
  readonly cidr: string | null;
  readonly sourceSg: ResourceId | null;
  readonly description: string;
}

export interface SecurityGroup extends Base {
  readonly kind: 'securityGroup';
  /* Belongs to the VPC that is its `parent`. */
  readonly description: string;
  readonly isDefault: boolean;
  readonly ingress: readonly SgRule[];
  readonly egress: readonly SgRule[];
}

export type PublicIp = 'none' | 'auto' | 'elastic';

export interface Instance extends Base {
  readonly kind: 'instance';
  readonly instanceType: string;
  /** Static private IPv4, or null to let AWS pick (the first usable address is assumed). */
  readonly privateIp: string | null;
  /** `auto`: a public IPv4 from the pool; `elastic`: an Elastic IP (see `elasticIp`). */
  readonly publicIp: PublicIp;
  readonly elasticIp: string | null;
  /* Lives in the subnet that is its `parent`. */
  readonly securityGroupIds: readonly ResourceId[];
}

/** Sits in a subnet (its `parent`) in the diagram; `subnetIds` are all the subnets it spans. */
export interface LoadBalancer extends Base {
  readonly kind: 'loadBalancer';
  readonly scheme: 'internet-facing' | 'internal';
  readonly subnetIds: readonly ResourceId[];
  readonly securityGroupIds: readonly ResourceId[];
  readonly listenerPorts: readonly number[];
}

/** Sits in its primary subnet (its `parent`); `subnetIds` is the DB subnet group. */
export interface Database extends Base {
  readonly kind: 'rds';
  readonly engine: 'mysql' | 'postgres' | 'mariadb' | 'sqlserver' | 'oracle' | 'aurora';
  readonly port: number;
  readonly publiclyAccessible: boolean;
  /** The DB subnet group. */
  readonly subnetIds: readonly ResourceId[];
  readonly securityGroupIds: readonly ResourceId[];
  readonly privateIp: string | null;
}

export interface PeeringConnection extends Base {
  readonly kind: 'peering';
  readonly requesterVpcId: ResourceId | null;
  readonly accepterVpcId: ResourceId | null;
}

export type Resource =
  | Region
  | Vpc
  | AvailabilityZone
  | Subnet
  | InternetGateway
  | NatGateway
  | RouteTable
  | NetworkAcl
  | SecurityGroup
  | Instance
  | LoadBalancer
  | Database
  | PeeringConnection;

export type ResourceKind = Resource['kind'];
export type ResourceOfKind<K extends ResourceKind> = Extract<Resource, { kind: K }>;

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'region',
  'vpc',
  'az',
  'subnet',
  'igw',
  'nat',
  'routeTable',
  'nacl',
  'securityGroup',
  'instance',
  'loadBalancer',
  'rds',
  'peering',
];

export const CONTAINER_KINDS = ['region', 'vpc', 'az', 'subnet'] as const;
export type ContainerKind = (typeof CONTAINER_KINDS)[number];
export type Container = ResourceOfKind<ContainerKind>;

export function isContainer(r: Resource): r is Container {
  return (CONTAINER_KINDS as readonly string[]).includes(r.kind);
}

/** `internet`, a resource id, or a dotted IPv4 address. */
export type Endpoint = string;

/** An intended traffic flow the user drew; checked continuously by the reachability engine. */
export interface Flow {
  readonly id: string;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly protocol: Protocol;
  readonly port: number;
  readonly label: string;
}

export const DESIGN_FORMAT = 'vpc-town';
export const DESIGN_VERSION = 1;

export interface Design {
  readonly format: typeof DESIGN_FORMAT;
  readonly version: typeof DESIGN_VERSION;
  readonly name: string;
  /** Parents always come before their children (React Flow requires it; see sortParentsFirst). */
  readonly resources: readonly Resource[];
  readonly flows: readonly Flow[];
}
