/**
 * Large, realistic, valid designs for benchmarks and scale tests (issue: "Benchmarks: large designs
 * stay as smooth as a bare React Flow canvas").
 *
 * `generateDesign({ resources: N, seed })` builds several Regions of VPCs with non-overlapping
 * /16s, two or three AZs each, public / app / data subnets per AZ, an IGW, one NAT gateway per AZ,
 * route tables (a main table plus one public and one private table per AZ), NACLs with rules,
 * security groups that reference each other (alb → app → db), a bastion, instances, an ALB and an
 * RDS database per VPC, a few peering connections (with routes on both sides) and traffic flows.
 * The instance count is what makes the total come out at about N (the rest is a fixed skeleton per
 * VPC, about 30 resources), so N below ~60 is rounded up.
 *
 * Deterministic for a seed: ids come from a seeded generator (never `crypto`), and the layout is
 * `autoLayout` (pure) with the VPCs of each Region and the Regions themselves packed into rows, so
 * the diagram is roughly square rather than one very long row.
 *
 * Not imported by the app: it lives beside the tests and the benchmarks (bench/, scripts/bench.mjs).
 */
import {
  CONTAINER_KINDS,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  idPrefix,
  type Design,
  type Flow,
  type NaclRule,
  type Position,
  type Protocol,
  type LoadBalancer,
  type Resource,
  type ResourceId,
  type ResourceKind,
  type Route,
  type SgRule,
  type Size,
} from '../model/index.ts';
import { CATALOG, CONTAINER_HEADER, CONTAINER_PADDING, GAP, sizeOf } from '../catalog/index.ts';
import { autoLayout } from '../layout/layout.ts';

export interface GenerateOptions {
  /** About how many resources (±10% from ~60 up; the skeleton of one VPC is ~30). */
  readonly resources: number;
  /** Same seed, same design. */
  readonly seed?: number;
  readonly name?: string;
  /**
   * Also each load balancer's listener and target group (the VPC's app instances) and a second
   * network interface on every tenth instance (issue #14). Off by default: the golden flow-route
   * digests (src/canvas/routeScale.test.ts) were taken on designs without them.
   */
  readonly loadBalancing?: boolean;
  /**
   * Also a transit gateway per Region (issue #14) with one route table that every VPC of the Region
   * is attached to, associated and propagated (the private tables route 10.0.0.0/8 to it; the
   * peerings' /16 routes stay more specific), and an S3 gateway endpoint per VPC on its private
   * tables (the Region's S3 prefix list with entries, as `get-managed-prefix-list-entries` prints
   * them; unknown entries would make every private route's answer unknown). Off by default, for
   * the same reason as `loadBalancing`.
   */
  readonly transit?: boolean;
}

/** Mulberry32: small, fast, good enough for test data, and the same on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-2', 'us-west-2', 'eu-central-1', 'ap-southeast-1'] as const;
const REGION_SHORT: Record<string, string> = {
  'us-east-1': 'use1',
  'eu-west-1': 'euw1',
  'ap-northeast-2': 'apne2',
  'us-west-2': 'usw2',
  'eu-central-1': 'euc1',
  'ap-southeast-1': 'apse1',
};
const ZONES = ['a', 'b', 'c'] as const;
const ENVS = ['prod', 'stage', 'dev', 'shared', 'data', 'edge'] as const;
const INSTANCE_TYPES = ['t3.micro', 't3.small', 't3.medium', 'm6i.large', 'c6i.large', 'r6i.large'] as const;
const ENGINES = [
  ['postgres', 5432],
  ['mysql', 3306],
  ['aurora', 3306],
  ['mariadb', 3306],
] as const;
/** Average resources per VPC (skeleton + instances), which decides the VPC count for N. */
const PER_VPC = 80;
const pos0: Position = { x: 0, y: 0 };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface VpcPlan {
  readonly index: number;
  readonly regionId: ResourceId;
  readonly id: ResourceId;
  readonly cidr: string;
  /** Route tables that get a route to each peering: public and private per AZ. */
  readonly tables: Mutable<{ id: ResourceId; routes: Route[] }>[];
  readonly appSubnets: ResourceId[];
  readonly publicSubnets: ResourceId[];
  readonly dataSubnets: ResourceId[];
  readonly sgApp: ResourceId;
  readonly sgCache: ResourceId;
  /** The db security group's ingress, extended for peers that query it. */
  readonly dbIngress: SgRule[];
  readonly alb: ResourceId;
  readonly rds: ResourceId;
  readonly dbPort: number;
  /** Where the db security group sits in `resources`: its rules are final only after the peerings. */
  readonly dbIndex: number;
  readonly name: string;
  readonly appInstances: ResourceId[];
}

/** Skeleton size of a VPC with `a` AZs: vpc, AZs, 3 subnets per AZ, igw, NAT per AZ, main + public + a private tables, 3 NACLs, 5 SGs, ALB, RDS, bastion. */
const skeleton = (a: number) => 1 + a + 3 * a + 1 + a + (2 + a) + 3 + 5 + 1 + 1 + 1;

export function generateDesign(options: GenerateOptions): Design {
  const target = Math.max(1, Math.floor(options.resources));
  const seed = options.seed ?? 1;
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  const taken = new Set<string>();
  const hex = () =>
    Math.floor(rnd() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const id = (kind: ResourceKind) => {
    for (;;) {
      const x = `${idPrefix(kind)}-${hex()}`;
      if (!taken.has(x)) {
        taken.add(x);
        return x;
      }
    }
  };
  const rec = (prefix: string) => {
    for (;;) {
      const x = `${prefix}-${hex()}`;
      if (!taken.has(x)) {
        taken.add(x);
        return x;
      }
    }
  };

  const resources: Resource[] = [];
  const flows: Flow[] = [];
  const add = <R extends Resource>(r: R) => {
    resources.push(r);
    return r.id;
  };
  const box = (kind: 'region' | 'vpc' | 'az' | 'subnet'): Size => CATALOG[kind].size;

  const sgRule = (protocol: Protocol, from: number, to: number, peer: string, description: string): SgRule => ({
    id: rec('sgr'),
    protocol,
    fromPort: from,
    toPort: to,
    cidr: peer.includes('/') ? peer : null,
    sourceSg: peer.includes('/') ? null : peer,
    description,
  });
  const allOut = () => sgRule('all', 0, 65535, '0.0.0.0/0', 'all outbound');
  const acl = (
    number: number,
    direction: NaclRule['direction'],
    action: NaclRule['action'],
    protocol: Protocol,
    from: number,
    to: number,
    cidr: string,
  ): NaclRule => ({
    id: rec('nr'),
    number,
    direction,
    action,
    protocol,
    fromPort: from,
    toPort: to,
    cidr,
  });

  // How many VPCs, Regions and AZs: the skeleton is fixed, instances fill up to the target.
  const vpcCount = Math.max(2, Math.min(250, Math.round(target / PER_VPC)));
  const regionCount = Math.min(REGIONS.length, Math.max(2, Math.ceil(vpcCount / 10)));
  const azCounts = Array.from({ length: vpcCount }, () => (rnd() < 0.6 ? 3 : 2));
  // Peerings: consecutive pairs within a Region (up to two per Region) and one hub-to-hub link between Regions.
  const regionOf = (v: number) => v % regionCount;
  const vpcsIn = (r: number) => Array.from({ length: vpcCount }, (_, v) => v).filter((v) => regionOf(v) === r);
  const peerPairs: [number, number][] = [];
  for (let r = 0; r < regionCount; r++) {
    const vs = vpcsIn(r);
    for (let i = 0; i + 1 < vs.length && i < 4; i += 2) peerPairs.push([vs[i]!, vs[i + 1]!]);
  }
  if (regionCount > 1) peerPairs.push([vpcsIn(0)[0]!, vpcsIn(1)[0]!]);
  // With `transit`: a transit gateway, its route table and the S3 prefix list per Region, and an
  // attachment and a gateway endpoint per VPC.
  const transitFixed = options.transit ? 3 * regionCount + 2 * vpcCount : 0;
  const fixed = regionCount + azCounts.reduce((s, a) => s + skeleton(a), 0) + peerPairs.length + transitFixed;
  const instances = Math.max(0, target - fixed);

  // Regions.
  const regionIds: ResourceId[] = [];
  for (let r = 0; r < regionCount; r++) {
    const code = REGIONS[r]!;
    regionIds.push(
      add({ kind: 'region', id: id('region'), name: code, parent: null, position: pos0, size: box('region'), code }),
    );
  }

  // VPCs.
  const plans: VpcPlan[] = [];
  let eip = 0;
  for (let v = 0; v < vpcCount; v++) {
    const r = regionOf(v);
    const code = REGIONS[r]!;
    const a = azCounts[v]!;
    const cidr = `10.${v}.0.0/16`;
    const env = ENVS[v % ENVS.length]!;
    const vpcName = `${env}-${REGION_SHORT[code]}-${String(v).padStart(2, '0')}`;
    const vpc = add({
      kind: 'vpc',
      id: id('vpc'),
      name: vpcName,
      parent: regionIds[r]!,
      position: pos0,
      size: box('vpc'),
      cidrBlocks: [cidr],
      flowLogs: true,
      isDefault: false,
    });
    const igw = add({ kind: 'igw', id: id('igw'), name: `${vpcName}-igw`, parent: vpc, position: pos0 });
    const pub: ResourceId[] = [];
    const app: ResourceId[] = [];
    const data: ResourceId[] = [];
    const nats: ResourceId[] = [];
    for (let z = 0; z < a; z++) {
      const zone = `${code}${ZONES[z]}`;
      const az = add({ kind: 'az', id: id('az'), name: zone, parent: vpc, position: pos0, size: box('az'), zone });
      const subnet = (name: string, third: number, isPublic: boolean) =>
        add({
          kind: 'subnet',
          id: id('subnet'),
          name: `${name}-${ZONES[z]}`,
          parent: az,
          position: pos0,
          size: box('subnet'),
          cidr: `10.${v}.${third}.0/24`,
          mapPublicIpOnLaunch: isPublic,
        });
      pub.push(subnet('public', z, true));
      app.push(subnet('app', 10 + z, false));
      data.push(subnet('data', 20 + z, false));
      eip++;
      nats.push(
        add({
          kind: 'nat',
          id: id('nat'),
          name: `nat-${ZONES[z]}`,
          parent: pub[z]!,
          position: pos0,
          connectivity: 'public',
          elasticIp: `52.${16 + (eip >> 8)}.${eip & 255}.10`,
        }),
      );
    }
    const local = (): Route => ({ id: rec('r'), destination: cidr, target: 'local' });
    const tables: VpcPlan['tables'] = [];
    add({
      kind: 'routeTable',
      id: id('routeTable'),
      name: `${vpcName}-main-rtb`,
      parent: vpc,
      position: pos0,
      main: true,
      routes: [local()],
      subnetIds: [],
    });
    const pubRt = { id: id('routeTable'), routes: [local(), { id: rec('r'), destination: '0.0.0.0/0', target: igw }] };
    tables.push(pubRt);
    for (let z = 0; z < a; z++)
      tables.push({
        id: id('routeTable'),
        routes: [local(), { id: rec('r'), destination: '0.0.0.0/0', target: nats[z]! }],
      });

    // NACLs: the default (allow all, as AWS creates it), a public one and a private one.
    add({
      kind: 'nacl',
      id: id('nacl'),
      name: `${vpcName}-default-acl`,
      parent: vpc,
      position: pos0,
      isDefault: true,
      subnetIds: [],
      rules: [
        acl(100, 'inbound', 'allow', 'all', 0, 65535, '0.0.0.0/0'),
        acl(100, 'outbound', 'allow', 'all', 0, 65535, '0.0.0.0/0'),
      ],
    });
    add({
      kind: 'nacl',
      id: id('nacl'),
      name: `${vpcName}-public-acl`,
      parent: vpc,
      position: pos0,
      isDefault: false,
      subnetIds: [...pub],
      rules: [
        acl(90, 'inbound', 'deny', 'tcp', 22, 22, '198.51.100.0/24'),
        acl(100, 'inbound', 'allow', 'tcp', 443, 443, '0.0.0.0/0'),
        acl(110, 'inbound', 'allow', 'tcp', 80, 80, '0.0.0.0/0'),
        acl(120, 'inbound', 'allow', 'tcp', 22, 22, '203.0.113.0/24'),
        acl(130, 'inbound', 'allow', 'tcp', 1024, 65535, '0.0.0.0/0'),
        acl(140, 'inbound', 'allow', 'all', 0, 65535, '10.0.0.0/8'),
        acl(100, 'outbound', 'allow', 'all', 0, 65535, '0.0.0.0/0'),
      ],
    });
    add({
      kind: 'nacl',
      id: id('nacl'),
      name: `${vpcName}-private-acl`,
      parent: vpc,
      position: pos0,
      isDefault: false,
      subnetIds: [...app, ...data],
      rules: [
        acl(100, 'inbound', 'allow', 'all', 0, 65535, '10.0.0.0/8'),
        acl(110, 'inbound', 'allow', 'tcp', 1024, 65535, '0.0.0.0/0'),
        acl(120, 'inbound', 'allow', 'udp', 1024, 65535, '0.0.0.0/0'),
        acl(100, 'outbound', 'allow', 'all', 0, 65535, '0.0.0.0/0'),
      ],
    });

    // Security groups: alb → app → db, a bastion for SSH, and a cache.
    const sgAlb = id('securityGroup');
    const sgApp = id('securityGroup');
    const sgDb = id('securityGroup');
    const sgBastion = id('securityGroup');
    const sgCache = id('securityGroup');
    const [engine, dbPort] = pick(ENGINES);
    const dbIngress = [sgRule('tcp', dbPort, dbPort, sgApp, 'app tier')];
    const sg = (sid: ResourceId, name: string, description: string, ingress: SgRule[]) =>
      add({
        kind: 'securityGroup',
        id: sid,
        name: `${vpcName}-${name}`,
        parent: vpc,
        position: pos0,
        description,
        isDefault: false,
        ingress,
        egress: [allOut()],
      });
    sg(sgAlb, 'alb-sg', 'Public HTTPS load balancer', [
      sgRule('tcp', 443, 443, '0.0.0.0/0', 'https'),
      sgRule('tcp', 80, 80, '0.0.0.0/0', 'http redirect'),
    ]);
    sg(sgBastion, 'bastion-sg', 'SSH from the office', [sgRule('tcp', 22, 22, '203.0.113.0/24', 'office')]);
    sg(sgApp, 'app-sg', 'Application servers', [
      sgRule('tcp', 8080, 8080, sgAlb, 'from the ALB'),
      sgRule('tcp', 22, 22, sgBastion, 'ssh from bastion'),
    ]);
    // The db group's rules are filled in below (peers may add to them); placed now to keep the order.
    const dbIndex = resources.length;
    sg(sgDb, 'db-sg', 'Databases', []);
    sg(sgCache, 'cache-sg', 'Redis cache', [sgRule('tcp', 6379, 6379, sgApp, 'app tier')]);

    const alb = add({
      kind: 'loadBalancer',
      id: id('loadBalancer'),
      name: `${vpcName}-alb`,
      parent: pub[0]!,
      position: pos0,
      scheme: 'internet-facing',
      subnetIds: [...pub],
      securityGroupIds: [sgAlb],
      listenerPorts: [443, 80],
    });
    const rds = add({
      kind: 'rds',
      id: id('rds'),
      name: `${vpcName}-db`,
      parent: data[0]!,
      position: pos0,
      engine: engine as 'postgres',
      port: dbPort,
      publiclyAccessible: false,
      subnetIds: [...data],
      securityGroupIds: [sgDb],
      privateIp: null,
    });
    add({
      kind: 'instance',
      id: id('instance'),
      name: `${vpcName}-bastion`,
      parent: pub[0]!,
      position: pos0,
      instanceType: 't3.micro',
      privateIp: null,
      publicIp: 'auto',
      elasticIp: null,
      securityGroupIds: [sgBastion],
    });
    // Route tables are added after the peerings (they gain routes to them).
    plans.push({
      index: v,
      regionId: regionIds[r]!,
      id: vpc,
      cidr,
      tables,
      appSubnets: app,
      publicSubnets: pub,
      dataSubnets: data,
      sgApp,
      sgCache,
      dbIngress,
      alb,
      rds,
      dbPort,
      dbIndex,
      name: vpcName,
      appInstances: [],
    });
  }

  // Instances: spread over the VPCs and their app subnets, a few with a cache group too.
  for (let i = 0; i < instances; i++) {
    const p = plans[i % plans.length]!;
    const k = p.appInstances.length;
    const subnet = p.appSubnets[k % p.appSubnets.length]!;
    const iid = add({
      kind: 'instance',
      id: id('instance'),
      name: `app-${String(k + 1).padStart(3, '0')}`,
      parent: subnet,
      position: pos0,
      instanceType: pick(INSTANCE_TYPES),
      privateIp: null,
      publicIp: 'none',
      elasticIp: null,
      securityGroupIds: k % 4 === 3 ? [p.sgApp, p.sgCache] : [p.sgApp],
    });
    p.appInstances.push(iid);
    // Every tenth instance has a second network interface in the data subnet of its AZ.
    const zoneOf = (s: ResourceId) => resources.find((x) => x.id === s)?.parent;
    const data = p.dataSubnets.find((s) => zoneOf(s) === zoneOf(subnet));
    if (options.loadBalancing && k % 10 === 5 && data)
      add({
        kind: 'networkInterface',
        id: id('networkInterface'),
        name: `app-${String(k + 1).padStart(3, '0')}-eth1`,
        parent: data,
        position: pos0,
        ownerId: iid,
        privateIp: null,
        elasticIp: null,
        securityGroupIds: [p.sgApp],
      });
  }

  // Each VPC's load balancer forwards 443 to a target group of its app instances on 8080.
  for (const p of options.loadBalancing ? plans : []) {
    const tgId = id('targetGroup');
    const tg = add({
      kind: 'targetGroup',
      id: tgId,
      name: `${p.name}-app-tg`,
      parent: p.id,
      position: pos0,
      protocol: 'HTTP',
      port: 8080,
      targetType: 'instance',
      targets: p.appInstances.map((instanceId, k) => ({
        id: `tgt-${tgId}-${k + 1}`,
        instanceId,
        ip: null,
        port: null,
      })),
    });
    const i = resources.findIndex((x) => x.id === p.alb);
    resources[i] = {
      ...(resources[i] as LoadBalancer),
      listeners: [{ id: `lsn-${p.alb}`, protocol: 'HTTPS', port: 443, targetGroupId: tg }],
    };
  }

  // Peerings, with routes to the peer's block in every public and private table on both sides,
  // and the requester's app tier allowed into the accepter's databases.
  for (const [x, y] of peerPairs) {
    const a = plans[x]!;
    const b = plans[y]!;
    const sameRegion = a.regionId === b.regionId;
    const pcx = add({
      kind: 'peering',
      id: id('peering'),
      name: `pcx-${a.index}-${b.index}`,
      parent: sameRegion ? a.regionId : null,
      position: pos0,
      requesterVpcId: a.id,
      accepterVpcId: b.id,
    });
    for (const t of a.tables) t.routes.push({ id: rec('r'), destination: b.cidr, target: pcx });
    for (const t of b.tables) t.routes.push({ id: rec('r'), destination: a.cidr, target: pcx });
    b.dbIngress.push(sgRule('tcp', b.dbPort, b.dbPort, a.cidr, `app tier of ${a.index}`));
    if (a.appInstances[0] && b.rds) {
      flows.push({
        id: rec('flow'),
        from: a.appInstances[0],
        to: b.rds,
        protocol: 'tcp',
        port: b.dbPort,
        label: `VPC ${a.index} reads VPC ${b.index}'s database`,
      });
    }
  }

  // Transit gateways and S3 gateway endpoints (`transit`), before the route tables are written.
  for (let r = 0; options.transit && r < regionCount; r++) {
    const inRegion = plans.filter((p) => p.regionId === regionIds[r]);
    const code = REGIONS[r]!;
    const tgw = id('transitGateway');
    const tgwRtb = id('tgwRouteTable');
    const service = `com.amazonaws.${code}.s3`;
    const pl = add({
      kind: 'prefixList',
      id: id('prefixList'),
      name: service,
      parent: regionIds[r]!,
      position: pos0,
      addressFamily: 'IPv4',
      // Public blocks of the kind S3's lists hold (outside 10.0.0.0/8, so they never shadow the VPCs).
      entries: ['3.5.0.0/19', '52.216.0.0/15', '54.231.0.0/16'],
    });
    const attachments = inRegion.map((p) => {
      const a = add({
        kind: 'tgwAttachment',
        id: id('tgwAttachment'),
        name: `${p.name}-tgw-attach`,
        parent: p.id,
        position: pos0,
        transitGatewayId: tgw,
        subnetIds: [...p.appSubnets],
        routeTableId: tgwRtb,
        applianceMode: false,
      });
      const privateTables = p.tables.slice(1);
      for (const t of privateTables) t.routes.push({ id: rec('r'), destination: '10.0.0.0/8', target: tgw });
      const ep = id('gatewayEndpoint');
      add({
        kind: 'gatewayEndpoint',
        id: ep,
        name: `${p.name}-s3`,
        parent: p.id,
        position: pos0,
        serviceName: service,
        prefixListId: pl,
        routeTableIds: privateTables.map((t) => t.id),
      });
      for (const t of privateTables) t.routes.push({ id: rec('r'), destination: pl, target: ep });
      return a;
    });
    add({
      kind: 'transitGateway',
      id: tgw,
      name: `tgw-${code}`,
      parent: regionIds[r]!,
      position: pos0,
      amazonSideAsn: 64512,
      associationDefaultRouteTableId: tgwRtb,
      propagationDefaultRouteTableId: tgwRtb,
    });
    add({
      kind: 'tgwRouteTable',
      id: tgwRtb,
      name: `tgw-${code}-rtb`,
      parent: regionIds[r]!,
      position: pos0,
      transitGatewayId: tgw,
      propagationIds: attachments,
      routes: [],
    });
  }

  // Route tables and the db groups' final rules, now that the peerings are known.
  for (const p of plans) {
    const vpcName = p.name;
    p.tables.forEach((t, i) => {
      const isPublic = i === 0;
      const subnets = isPublic ? p.publicSubnets : [p.appSubnets[i - 1]!, p.dataSubnets[i - 1]!];
      resources.push({
        kind: 'routeTable',
        id: t.id,
        name: isPublic ? `${vpcName}-public-rtb` : `${vpcName}-private-rtb-${ZONES[i - 1]}`,
        parent: p.id,
        position: pos0,
        main: false,
        routes: t.routes,
        subnetIds: subnets,
      });
    });
    resources[p.dbIndex] = { ...resources[p.dbIndex]!, ingress: p.dbIngress } as Resource;
    flows.push({
      id: rec('flow'),
      from: 'internet',
      to: p.alb,
      protocol: 'tcp',
      port: 443,
      label: 'Users reach the site',
    });
    if (p.appInstances[0]) {
      flows.push({
        id: rec('flow'),
        from: p.alb,
        to: p.appInstances[0],
        protocol: 'tcp',
        port: 8080,
        label: 'ALB forwards to the app',
      });
      flows.push({
        id: rec('flow'),
        from: p.appInstances[0],
        to: p.rds,
        protocol: 'tcp',
        port: p.dbPort,
        label: 'App queries the database',
      });
    }
  }

  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: options.name ?? `Generated ${target} (seed ${seed})`,
    resources: parentsFirst(resources),
    flows,
  };
  return packRows(autoLayout(design));
}

/** Containers first by depth, then leaves, document order otherwise (parents always precede children). */
function parentsFirst(resources: readonly Resource[]): Resource[] {
  const rank = (r: Resource) => {
    const i = (CONTAINER_KINDS as readonly string[]).indexOf(r.kind);
    return i < 0 ? CONTAINER_KINDS.length : i;
  };
  return resources
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}

/**
 * autoLayout puts the VPCs of a Region, and the Regions, in one row each; with dozens of VPCs that
 * is a strip many screens wide. Wrap both into rows of about √n so the diagram is roughly square,
 * and size each Region to its packed contents.
 */
function packRows(design: Design): Design {
  const byParent = new Map<ResourceId | null, Resource[]>();
  for (const r of design.resources) {
    const k = byParent.get(r.parent);
    if (k) k.push(r);
    else byParent.set(r.parent, [r]);
  }
  const moved = new Map<ResourceId, Resource>();
  const pack = (items: readonly Resource[], origin: Position) => {
    const cols = Math.max(1, Math.ceil(Math.sqrt(items.length)));
    let x = origin.x;
    let y = origin.y;
    let rowHeight = 0;
    let width = 0;
    items.forEach((r, i) => {
      if (i > 0 && i % cols === 0) {
        x = origin.x;
        y += rowHeight + GAP * 2;
        rowHeight = 0;
      }
      const s = sizeOf(moved.get(r.id) ?? r);
      moved.set(r.id, { ...(moved.get(r.id) ?? r), position: { x, y } } as Resource);
      x += s.width + GAP * 2;
      rowHeight = Math.max(rowHeight, s.height);
      width = Math.max(width, x - GAP * 2 - origin.x);
    });
    return { width, height: y + rowHeight - origin.y };
  };
  for (const region of byParent.get(null) ?? []) {
    if (region.kind !== 'region') continue;
    const kids = byParent.get(region.id) ?? [];
    // VPCs first (big boxes), then the Region's peering connections in a row below.
    const vpcs = kids.filter((k) => k.kind === 'vpc');
    const rest = kids.filter((k) => k.kind !== 'vpc');
    const a = pack(vpcs, { x: CONTAINER_PADDING, y: CONTAINER_HEADER });
    const b = rest.length
      ? pack(rest, { x: CONTAINER_PADDING, y: CONTAINER_HEADER + a.height + GAP * 2 })
      : { width: 0, height: -GAP * 2 };
    const size = {
      width: Math.max(a.width, b.width) + 2 * CONTAINER_PADDING,
      height: CONTAINER_HEADER + a.height + GAP * 2 + b.height + CONTAINER_PADDING,
    };
    moved.set(region.id, { ...region, size } as Resource);
  }
  pack(byParent.get(null) ?? [], { x: 0, y: 0 });
  return { ...design, resources: design.resources.map((r) => moved.get(r.id) ?? r) };
}
