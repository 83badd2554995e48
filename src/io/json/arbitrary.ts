/**
 * fast-check arbitraries for designs, for property tests and fuzzing (test code only: it imports
 * fast-check, a dev dependency; never import it from app code).
 *
 * `designArbitrary()` yields designs that parseDesignJson accepts unchanged and without warnings:
 * the containment tree follows ALLOWED_PARENTS (region > vpc > az > subnet > leaves), ids are unique
 * and AWS-style, every reference names an existing resource of the right kind, and resources are
 * listed parents-first. CIDRs, ports and rule numbers are random, so the designs are *not*
 * necessarily valid for the validator: that is the point when fuzzing it.
 */
import fc from 'fast-check';
import { idPrefix } from '../../model/ids.ts';
import type {
  Design,
  Flow,
  NaclRule,
  Position,
  Protocol,
  Resource,
  ResourceKind,
  Route,
  SgRule,
  Size,
} from '../../model/types.ts';

export interface DesignArbitraryOptions {
  /** Text fields use any UTF-16 code units (lone surrogates included) instead of printable ASCII. */
  readonly weirdStrings?: boolean;
  readonly maxRegions?: number;
}

const protocolArb: fc.Arbitrary<Protocol> = fc.constantFrom('tcp', 'udp', 'icmp', 'all');
const portArb = fc.integer({ min: 0, max: 65535 });
const positionArb: fc.Arbitrary<Position> = fc.record({
  x: fc.integer({ min: -2000, max: 4000 }).map((n) => n / 2),
  y: fc.integer({ min: -2000, max: 4000 }).map((n) => n / 2),
});
const sizeArb: fc.Arbitrary<Size> = fc.record({
  width: fc.integer({ min: 0, max: 3000 }),
  height: fc.integer({ min: 0, max: 3000 }),
});
const ipv4Arb = fc.ipV4();
const cidrArb = fc.oneof(
  fc.tuple(ipv4Arb, fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
  fc.constantFrom('10.0.0.0/16', '10.0.1.0/24', '0.0.0.0/0', '192.168.0.0/16', 'not-a-cidr', ''),
);
/** A reference yet to be resolved: an index into the pool of resources of the right kind. */
const pick = fc.nat({ max: 1000 });
const picks = fc.array(pick, { maxLength: 3 });

function textArb(weird: boolean | undefined): fc.Arbitrary<string> {
  return weird ? fc.string({ unit: 'binary', maxLength: 16 }) : fc.string({ maxLength: 16 });
}

interface SgRuleSpec {
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  cidr: string;
  sg: number | null;
  description: string;
}

/** The shape generated before ids are assigned and references resolved. */
function treeArb(o: DesignArbitraryOptions) {
  const text = textArb(o.weirdStrings);
  const sgRuleArb: fc.Arbitrary<SgRuleSpec> = fc.record({
    protocol: protocolArb,
    fromPort: portArb,
    toPort: portArb,
    cidr: cidrArb,
    sg: fc.option(pick, { nil: null }),
    description: text,
  });
  const leafArb = fc.oneof(
    fc.record({
      kind: fc.constant('nat' as const),
      connectivity: fc.constantFrom('public' as const, 'private' as const),
      elasticIp: fc.option(ipv4Arb, { nil: null }),
    }),
    fc.record({
      kind: fc.constant('instance' as const),
      instanceType: fc.constantFrom('t3.micro', 't3.small', 'm7g.large'),
      privateIp: fc.option(ipv4Arb, { nil: null }),
      publicIp: fc.constantFrom('none' as const, 'auto' as const, 'elastic' as const),
      elasticIp: fc.option(ipv4Arb, { nil: null }),
      sgs: picks,
    }),
    fc.record({
      kind: fc.constant('loadBalancer' as const),
      scheme: fc.constantFrom('internet-facing' as const, 'internal' as const),
      subnets: picks,
      sgs: picks,
      listenerPorts: fc.array(portArb, { maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('rds' as const),
      engine: fc.constantFrom(
        'mysql' as const,
        'postgres' as const,
        'mariadb' as const,
        'sqlserver' as const,
        'oracle' as const,
        'aurora' as const,
      ),
      port: portArb,
      publiclyAccessible: fc.boolean(),
      subnets: picks,
      sgs: picks,
      privateIp: fc.option(ipv4Arb, { nil: null }),
    }),
  );
  const common = { name: text, position: positionArb };
  const subnetArb = fc.record({
    ...common,
    size: sizeArb,
    cidr: cidrArb,
    mapPublicIpOnLaunch: fc.boolean(),
    leaves: fc.array(fc.record({ ...common, leaf: leafArb }), { maxLength: 3 }),
  });
  const azArb = fc.record({
    ...common,
    size: sizeArb,
    zone: fc.constantFrom('us-east-1a', 'us-east-1b', 'eu-west-1a', 'ap-northeast-2c'),
    subnets: fc.array(subnetArb, { maxLength: 3 }),
  });
  const vpcArb = fc.record({
    ...common,
    size: sizeArb,
    cidrBlocks: fc.array(cidrArb, { minLength: 1, maxLength: 3 }),
    flowLogs: fc.boolean(),
    isDefault: fc.boolean(),
    azs: fc.array(azArb, { maxLength: 3 }),
    igws: fc.array(fc.record(common), { maxLength: 2 }),
    routeTables: fc.array(
      fc.record({
        ...common,
        main: fc.boolean(),
        routes: fc.array(fc.record({ destination: cidrArb, target: fc.option(pick, { nil: null }) }), { maxLength: 4 }),
        subnets: picks,
      }),
      { maxLength: 3 },
    ),
    nacls: fc.array(
      fc.record({
        ...common,
        isDefault: fc.boolean(),
        rules: fc.array(
          fc.record({
            number: fc.integer({ min: -5, max: 40000 }),
            direction: fc.constantFrom('inbound' as const, 'outbound' as const),
            action: fc.constantFrom('allow' as const, 'deny' as const),
            protocol: protocolArb,
            fromPort: portArb,
            toPort: portArb,
            cidr: cidrArb,
          }),
          { maxLength: 4 },
        ),
        subnets: picks,
      }),
      { maxLength: 2 },
    ),
    sgs: fc.array(
      fc.record({
        ...common,
        description: text,
        isDefault: fc.boolean(),
        ingress: fc.array(sgRuleArb, { maxLength: 3 }),
        egress: fc.array(sgRuleArb, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
  });
  const regionArb = fc.record({
    ...common,
    size: sizeArb,
    code: fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-2'),
    vpcs: fc.array(vpcArb, { maxLength: 2 }),
  });
  return fc.record({
    name: text,
    regions: fc.array(regionArb, { maxLength: o.maxRegions ?? 2 }),
    peerings: fc.array(
      fc.record({
        ...common,
        inRegion: fc.boolean(),
        a: fc.option(pick, { nil: null }),
        b: fc.option(pick, { nil: null }),
      }),
      { maxLength: 2 },
    ),
    flows: fc.array(
      fc.record({
        from: fc.oneof(fc.constant('internet'), ipv4Arb, pick),
        to: fc.oneof(fc.constant('internet'), ipv4Arb, pick),
        protocol: protocolArb,
        port: portArb,
        label: text,
      }),
      { maxLength: 4 },
    ),
  });
}

type Tree = ReturnType<typeof treeArb> extends fc.Arbitrary<infer T> ? T : never;

/** Turn the generated tree into a design: assign ids, then resolve picks into pools of ids. */
function build(tree: Tree): Design {
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n.toString(16).padStart(8, '0')}`;
  };
  const rid = (kind: ResourceKind) => nextId(idPrefix(kind));
  const recId = (prefix: string) => nextId(prefix);

  // Ids are assigned in tree order; fields that hold references are filled in once every pool is
  // complete, so references can point anywhere (forwards too).
  const resources: Resource[] = [];
  const pools = new Map<ResourceKind, string[]>();
  const pool = (k: ResourceKind) => pools.get(k) ?? [];
  const addToPool = (k: ResourceKind, id: string) => {
    const p = pools.get(k);
    if (p) p.push(id);
    else pools.set(k, [id]);
  };
  type Later = () => void;
  const later: Later[] = [];
  const resolve = (k: ResourceKind, n: number): string | null => {
    const p = pool(k);
    return p.length ? p[n % p.length]! : null;
  };
  const resolveMany = (k: ResourceKind, ns: readonly number[]): string[] => {
    const out: string[] = [];
    for (const n of ns) {
      const id = resolve(k, n);
      if (id !== null && !out.includes(id)) out.push(id);
    }
    return out;
  };
  // Resources whose fields depend on pools are pushed as placeholders and replaced later.
  const place = (make: () => Resource) => {
    const i = resources.length;
    resources.push(null as unknown as Resource);
    later.push(() => {
      resources[i] = make();
    });
  };

  for (const region of tree.regions) {
    const regionId = rid('region');
    addToPool('region', regionId);
    resources.push({
      kind: 'region',
      id: regionId,
      name: region.name,
      parent: null,
      position: region.position,
      size: region.size,
      code: region.code,
    });
    for (const vpc of region.vpcs) {
      const vpcId = rid('vpc');
      addToPool('vpc', vpcId);
      resources.push({
        kind: 'vpc',
        id: vpcId,
        name: vpc.name,
        parent: regionId,
        position: vpc.position,
        size: vpc.size,
        cidrBlocks: vpc.cidrBlocks,
        flowLogs: vpc.flowLogs,
        isDefault: vpc.isDefault,
      });
      for (const igw of vpc.igws) {
        const id = rid('igw');
        addToPool('igw', id);
        resources.push({ kind: 'igw', id, name: igw.name, parent: vpcId, position: igw.position });
      }
      for (const sg of vpc.sgs) {
        const id = rid('securityGroup');
        addToPool('securityGroup', id);
        place(() => {
          const rule = (r: SgRuleSpec): SgRule => {
            const sgRef = r.sg === null ? null : resolve('securityGroup', r.sg);
            return {
              id: recId('sgr'),
              protocol: r.protocol,
              fromPort: r.fromPort,
              toPort: r.toPort,
              cidr: sgRef === null ? r.cidr : null,
              sourceSg: sgRef,
              description: r.description,
            };
          };
          return {
            kind: 'securityGroup',
            id,
            name: sg.name,
            parent: vpcId,
            position: sg.position,
            description: sg.description,
            isDefault: sg.isDefault,
            ingress: sg.ingress.map(rule),
            egress: sg.egress.map(rule),
          };
        });
      }
      for (const az of vpc.azs) {
        const azId = rid('az');
        resources.push({
          kind: 'az',
          id: azId,
          name: az.name,
          parent: vpcId,
          position: az.position,
          size: az.size,
          zone: az.zone,
        });
        for (const subnet of az.subnets) {
          const subnetId = rid('subnet');
          addToPool('subnet', subnetId);
          resources.push({
            kind: 'subnet',
            id: subnetId,
            name: subnet.name,
            parent: azId,
            position: subnet.position,
            size: subnet.size,
            cidr: subnet.cidr,
            mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
          });
          for (const { name, position, leaf } of subnet.leaves) {
            const id = rid(leaf.kind);
            addToPool(leaf.kind, id);
            const b = { id, name, parent: subnetId, position };
            switch (leaf.kind) {
              case 'nat':
                resources.push({ ...b, kind: 'nat', connectivity: leaf.connectivity, elasticIp: leaf.elasticIp });
                break;
              case 'instance':
                place(() => ({
                  ...b,
                  kind: 'instance',
                  instanceType: leaf.instanceType,
                  privateIp: leaf.privateIp,
                  publicIp: leaf.publicIp,
                  elasticIp: leaf.elasticIp,
                  securityGroupIds: resolveMany('securityGroup', leaf.sgs),
                }));
                break;
              case 'loadBalancer':
                place(() => ({
                  ...b,
                  kind: 'loadBalancer',
                  scheme: leaf.scheme,
                  subnetIds: resolveMany('subnet', leaf.subnets),
                  securityGroupIds: resolveMany('securityGroup', leaf.sgs),
                  listenerPorts: leaf.listenerPorts,
                }));
                break;
              case 'rds':
                place(() => ({
                  ...b,
                  kind: 'rds',
                  engine: leaf.engine,
                  port: leaf.port,
                  publiclyAccessible: leaf.publiclyAccessible,
                  subnetIds: resolveMany('subnet', leaf.subnets),
                  securityGroupIds: resolveMany('securityGroup', leaf.sgs),
                  privateIp: leaf.privateIp,
                }));
                break;
            }
          }
        }
      }
      for (const rt of vpc.routeTables) {
        const id = rid('routeTable');
        place(() => {
          const targets = [...pool('igw'), ...pool('nat'), ...pool('instance'), ...pool('peering')];
          const routes: Route[] = rt.routes.map((r) => ({
            id: recId('r'),
            destination: r.destination,
            target: r.target === null || targets.length === 0 ? 'local' : targets[r.target % targets.length]!,
          }));
          return {
            kind: 'routeTable',
            id,
            name: rt.name,
            parent: vpcId,
            position: rt.position,
            main: rt.main,
            routes,
            subnetIds: resolveMany('subnet', rt.subnets),
          };
        });
      }
      for (const nacl of vpc.nacls) {
        const id = rid('nacl');
        place(() => {
          const rules: NaclRule[] = nacl.rules.map((r) => ({ id: recId('aclr'), ...r }));
          return {
            kind: 'nacl',
            id,
            name: nacl.name,
            parent: vpcId,
            position: nacl.position,
            isDefault: nacl.isDefault,
            rules,
            subnetIds: resolveMany('subnet', nacl.subnets),
          };
        });
      }
    }
  }
  const regionIds = pool('region');
  tree.peerings.forEach((p, i) => {
    const id = rid('peering');
    addToPool('peering', id);
    const parent = p.inRegion && regionIds.length ? regionIds[i % regionIds.length]! : null;
    place(() => ({
      kind: 'peering',
      id,
      name: p.name,
      parent,
      position: p.position,
      requesterVpcId: p.a === null ? null : resolve('vpc', p.a),
      accepterVpcId: p.b === null ? null : resolve('vpc', p.b),
    }));
  });
  for (const f of later) f();

  const allIds = resources.map((r) => r.id);
  const endpoint = (e: string | number): string =>
    typeof e === 'string' ? e : allIds.length ? allIds[e % allIds.length]! : 'internet';
  const flows: Flow[] = tree.flows.map((f) => ({
    id: recId('flow'),
    from: endpoint(f.from),
    to: endpoint(f.to),
    protocol: f.protocol,
    port: f.port,
    label: f.label,
  }));

  return { format: 'vpc-town', version: 1, name: tree.name, resources, flows };
}

/** Random designs that parse unchanged (see the file comment). */
export function designArbitrary(options: DesignArbitraryOptions = {}): fc.Arbitrary<Design> {
  return treeArb(options).map(build);
}
