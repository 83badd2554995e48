/**
 * A small fixture builder for validator tests: each call adds one resource and returns its id, so
 * a test reads like the design it builds. `resource(kind, parent, fields)` builds any kind from its
 * definition (src/model/kinds: id prefix, container size, `create()` defaults), so a new kind needs
 * nothing here; the named methods (`vpc`, `subnet`, `sg`, ...) are shorthands on top of it whose
 * defaults are the "nothing to report" choice (flow logs on, descriptions set, explicit
 * associations), so a test only spells out what it is about.
 */
// The kinds' `fields` are built with zod, which the app loads with the file reader; tests load it here.
import '../../model/kinds/schemas.ts';
import { parseCidr } from '../../model/cidr.ts';
import { kindDef, RESOURCE_KINDS } from '../../model/kinds/index.ts';
import type {
  Database,
  Design,
  Instance,
  LoadBalancer,
  NaclRule,
  NatGateway,
  Protocol,
  Resource,
  ResourceId,
  ResourceKind,
  ResourceOfKind,
  SgRule,
  Subnet,
  Vpc,
} from '../../model/types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const pos = { x: 0, y: 0 };
const size = { width: 100, height: 100 };

let ruleSeq = 0;

/** An SG rule: `sgRule('tcp', 22, '0.0.0.0/0')`, `sgRule('tcp', [1024, 65535], 'sg-app')` (an id not containing '/' is an SG reference). */
export function sgRule(
  protocol: Protocol,
  ports: number | [number, number],
  peer: string,
  description = 'rule',
): SgRule {
  const [fromPort, toPort] = typeof ports === 'number' ? [ports, ports] : ports;
  const isCidr = peer.includes('/');
  return {
    id: `sgr-${++ruleSeq}`,
    protocol,
    fromPort,
    toPort,
    cidr: isCidr ? peer : null,
    sourceSg: isCidr ? null : peer,
    description,
  };
}

/** Egress to anywhere, all traffic (what AWS puts in a new group). */
export function allOut(): SgRule {
  return {
    id: `sgr-${++ruleSeq}`,
    protocol: 'all',
    fromPort: 0,
    toPort: 65535,
    cidr: '0.0.0.0/0',
    sourceSg: null,
    description: 'all out',
  };
}

/** A NACL rule: `naclRule(100, 'inbound', 'allow', 'tcp', 22, '0.0.0.0/0')`. */
export function naclRule(
  number: number,
  direction: 'inbound' | 'outbound',
  action: 'allow' | 'deny',
  protocol: Protocol,
  ports: number | [number, number],
  cidr = '0.0.0.0/0',
): NaclRule {
  const [fromPort, toPort] = typeof ports === 'number' ? [ports, ports] : ports;
  return { id: `nr-${++ruleSeq}`, number, direction, action, protocol, fromPort, toPort, cidr };
}

export class DesignBuilder {
  readonly resources: Resource[] = [];
  private seq = 0;

  private next(prefix: string): string {
    return `${prefix}-${++this.seq}`;
  }

  add<R extends Resource>(r: R): ResourceId {
    this.resources.push(r);
    return r.id;
  }

  /**
   * A resource of any kind in `parent`: the kind's id prefix and base fields, a container's size,
   * then `fields`; the kind's `create()` defaults (proposed from the design so far) fill in any of
   * its fields `fields` leaves out.
   */
  resource<K extends ResourceKind>(
    kind: K,
    parent: ResourceId | null,
    fields: Partial<Mutable<ResourceOfKind<K>>> = {},
  ): ResourceId {
    const def = kindDef(kind);
    const given = fields as Record<string, unknown>;
    const name = (given.name as string | undefined) ?? def.defaultName;
    const id = (given.id as ResourceId | undefined) ?? this.next(def.idPrefix);
    const complete = Object.keys(def.fields).every((f) => f in given);
    const defaults = complete ? {} : def.create({ design: this.build(), parent, name });
    return this.add({
      kind,
      id,
      name,
      parent,
      position: pos,
      ...(def.container ? { size } : {}),
      ...defaults,
      ...fields,
    } as unknown as Resource);
  }

  /** Replace fields of an existing resource (for "then break it" tests). */
  patch(id: ResourceId, fields: Record<string, unknown>): this {
    const i = this.resources.findIndex((r) => r.id === id);
    if (i < 0) throw new Error(`no resource ${id}`);
    this.resources[i] = { ...this.resources[i], ...fields } as Resource;
    return this;
  }

  get<R extends Resource = Resource>(id: ResourceId): R {
    const r = this.resources.find((x) => x.id === id);
    if (!r) throw new Error(`no resource ${id}`);
    return r as R;
  }

  region(code = 'us-east-1', id = this.next('region')): ResourceId {
    return this.resource('region', null, { id, name: code, code });
  }

  vpc(
    parent: ResourceId | null,
    cidrBlocks: string | string[] = '10.0.0.0/16',
    over: Partial<Mutable<Vpc>> = {},
  ): ResourceId {
    const blocks = typeof cidrBlocks === 'string' ? [cidrBlocks] : cidrBlocks;
    return this.resource('vpc', parent, {
      name: 'vpc',
      cidrBlocks: blocks,
      flowLogs: true,
      isDefault: false,
      ...over,
    });
  }

  az(vpc: ResourceId, zone = 'us-east-1a'): ResourceId {
    return this.resource('az', vpc, { name: zone, zone });
  }

  subnet(az: ResourceId, cidr: string, over: Partial<Mutable<Subnet>> = {}): ResourceId {
    return this.resource('subnet', az, {
      name: cidr,
      cidr,
      mapPublicIpOnLaunch: false,
      ...over,
    });
  }

  igw(vpc: ResourceId | null): ResourceId {
    return this.resource('igw', vpc, { name: 'igw' });
  }

  nat(subnet: ResourceId, over: Partial<Mutable<NatGateway>> = {}): ResourceId {
    return this.resource('nat', subnet, {
      name: 'nat',
      connectivity: 'public',
      elasticIp: '52.0.0.1',
      ...over,
    });
  }

  /**
   * A route table with a local route per block of its VPC (unless `noLocal`), then `routes`
   * as [destination, target] pairs.
   */
  routeTable(
    vpc: ResourceId,
    opts: { main?: boolean; routes?: [string, string][]; subnets?: ResourceId[]; noLocal?: boolean } = {},
  ): ResourceId {
    const v = this.resources.find((r) => r.id === vpc);
    const blocks = v?.kind === 'vpc' ? v.cidrBlocks : [];
    const routes = [
      ...(opts.noLocal ? [] : blocks.map((b) => [parseCidr(b).canonical ?? b, 'local'] as [string, string])),
      ...(opts.routes ?? []),
    ].map(([destination, target]) => ({ id: `r-${++ruleSeq}`, destination, target }));
    return this.resource('routeTable', vpc, {
      name: 'rtb',
      main: opts.main ?? false,
      routes,
      subnetIds: opts.subnets ?? [],
    });
  }

  nacl(vpc: ResourceId, opts: { isDefault?: boolean; rules?: NaclRule[]; subnets?: ResourceId[] } = {}): ResourceId {
    return this.resource('nacl', vpc, {
      name: 'acl',
      isDefault: opts.isDefault ?? false,
      rules: opts.rules ?? [],
      subnetIds: opts.subnets ?? [],
    });
  }

  sg(
    vpc: ResourceId,
    opts: { ingress?: SgRule[]; egress?: SgRule[]; description?: string; isDefault?: boolean; id?: string } = {},
  ): ResourceId {
    return this.resource('securityGroup', vpc, {
      ...(opts.id ? { id: opts.id } : {}),
      name: 'sg',
      description: opts.description ?? 'test group',
      isDefault: opts.isDefault ?? false,
      ingress: opts.ingress ?? [],
      egress: opts.egress ?? [allOut()],
    });
  }

  instance(subnet: ResourceId, over: Partial<Mutable<Instance>> = {}): ResourceId {
    return this.resource('instance', subnet, {
      name: 'i',
      instanceType: 't3.micro',
      privateIp: null,
      publicIp: 'none',
      elasticIp: null,
      securityGroupIds: [],
      ...over,
    });
  }

  lb(subnet: ResourceId, over: Partial<Mutable<LoadBalancer>> = {}): ResourceId {
    return this.resource('loadBalancer', subnet, {
      name: 'alb',
      scheme: 'internal',
      subnetIds: [subnet],
      securityGroupIds: [],
      listenerPorts: [443],
      ...over,
    });
  }

  rds(subnet: ResourceId, over: Partial<Mutable<Database>> = {}): ResourceId {
    return this.resource('rds', subnet, {
      name: 'db',
      engine: 'postgres',
      port: 5432,
      publiclyAccessible: false,
      subnetIds: [subnet],
      securityGroupIds: [],
      privateIp: null,
      ...over,
    });
  }

  peering(a: ResourceId | null, b: ResourceId | null, parent: ResourceId | null = null): ResourceId {
    return this.resource('peering', parent, { name: 'pcx', requesterVpcId: a, accepterVpcId: b });
  }

  build(): Design {
    return { format: 'vpc-town', version: 2, name: 'test', resources: [...this.resources], flows: [] };
  }
}

/**
 * The usual two-tier VPC: public subnets (A, B) routed to an IGW, private subnets (A, B) routed
 * to the NAT gateway of their AZ; a web instance with a public IP (SG: 443 from anywhere), an app
 * instance (SG: 8080 from the web SG), a Postgres database (SG: 5432 from the app SG).
 */
export function webApp(b = new DesignBuilder()) {
  const region = b.region('us-east-1');
  const vpc = b.vpc(region, '10.0.0.0/16');
  const azA = b.az(vpc, 'us-east-1a');
  const azB = b.az(vpc, 'us-east-1b');
  const pubA = b.subnet(azA, '10.0.0.0/24');
  const pubB = b.subnet(azB, '10.0.1.0/24');
  const privA = b.subnet(azA, '10.0.10.0/24');
  const privB = b.subnet(azB, '10.0.11.0/24');
  const igw = b.igw(vpc);
  const nat = b.nat(pubA);
  const natB = b.nat(pubB, { elasticIp: '52.0.0.2' });
  const publicRt = b.routeTable(vpc, { routes: [['0.0.0.0/0', igw]], subnets: [pubA, pubB] });
  const privateRt = b.routeTable(vpc, { main: true, routes: [['0.0.0.0/0', nat]], subnets: [privA] });
  const privateRtB = b.routeTable(vpc, { routes: [['0.0.0.0/0', natB]], subnets: [privB] });
  const webSg = b.sg(vpc, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
  const appSg = b.sg(vpc, { ingress: [sgRule('tcp', 8080, webSg)] });
  const dbSg = b.sg(vpc, { ingress: [sgRule('tcp', 5432, appSg)] });
  const web = b.instance(pubA, { publicIp: 'auto', securityGroupIds: [webSg] });
  const app = b.instance(privA, { securityGroupIds: [appSg] });
  const db = b.rds(privA, { subnetIds: [privA, privB], securityGroupIds: [dbSg] });
  return {
    b,
    region,
    vpc,
    azA,
    azB,
    pubA,
    pubB,
    privA,
    privB,
    igw,
    nat,
    natB,
    publicRt,
    privateRt,
    privateRtB,
    webSg,
    appSg,
    dbSg,
    web,
    app,
    db,
  };
}

/**
 * One design per kind of the registry: the two-tier VPC plus a resource of that kind built from its
 * definition (`resource`), in the first resource of the design it may sit in (the top level when
 * it may sit there). A new kind is in the list without a line here.
 */
export function kindDesigns(): { kind: ResourceKind; id: ResourceId; design: Design }[] {
  return RESOURCE_KINDS.map((kind) => {
    const { b } = webApp();
    const parents: readonly (string | null)[] = kindDef(kind).parents;
    const parent = parents.includes(null) ? null : (b.resources.find((r) => parents.includes(r.kind))?.id ?? null);
    const id = b.resource(kind, parent);
    return { kind, id, design: b.build() };
  });
}
