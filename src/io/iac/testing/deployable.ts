/**
 * Test helper (never imported by app code): generated designs that CloudFormation and Terraform can
 * deploy: one Region, one or two VPCs with their main table and default ACL, zones, subnets,
 * gateways, tables with routes and associations, ACLs with rules, security groups referring to
 * each other, instances, a peering with its routes.
 */
import fc from 'fast-check';
import { DESIGN_VERSION, type Design, type Resource } from '../../../model/types.ts';

const protocolArb = fc.constantFrom('tcp', 'udp', 'icmp', 'all', 50) as fc.Arbitrary<
  'tcp' | 'udp' | 'icmp' | 'all' | 50
>;
const portsFor = (p: string, port: number, wide: boolean) =>
  p === 'tcp' || p === 'udp'
    ? wide
      ? { fromPort: 1024, toPort: 65535 }
      : { fromPort: port, toPort: port }
    : p === 'icmp'
      ? wide
        ? { fromPort: 0, toPort: 255 }
        : { fromPort: 8, toPort: 8 }
      : { fromPort: 0, toPort: 65535 };

const vpcShape = fc.record({
  zones: fc.integer({ min: 1, max: 2 }),
  subnetsPerZone: fc.integer({ min: 1, max: 2 }),
  mapPublic: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  igw: fc.boolean(),
  nat: fc.boolean(),
  mainRoute: fc.boolean(),
  tables: fc.array(
    fc.record({ target: fc.constantFrom('igw', 'nat', 'none'), subnets: fc.array(fc.nat(3), { maxLength: 3 }) }),
    {
      maxLength: 2,
    },
  ),
  acl: fc.option(
    fc.record({
      rules: fc.array(
        fc.record({
          inbound: fc.boolean(),
          allow: fc.boolean(),
          protocol: protocolArb,
          port: fc.constantFrom(22, 80, 443, 5432),
          wide: fc.boolean(),
          cidr: fc.constantFrom('0.0.0.0/0', '10.0.0.0/8'),
        }),
        { maxLength: 5 },
      ),
      subnets: fc.array(fc.nat(3), { maxLength: 3 }),
    }),
    { nil: null },
  ),
  groups: fc.array(
    fc.record({
      ingress: fc.array(
        fc.record({
          protocol: protocolArb,
          port: fc.constantFrom(22, 80, 443, 5432),
          wide: fc.boolean(),
          from: fc.oneof(fc.constantFrom('0.0.0.0/0', '10.0.0.0/8'), fc.nat(2)),
        }),
        { maxLength: 3 },
      ),
      egress: fc.oneof(
        fc.constant('default' as const),
        fc.array(
          fc.record({
            protocol: protocolArb,
            port: fc.constantFrom(443, 5432),
            wide: fc.boolean(),
            to: fc.oneof(fc.constant('0.0.0.0/0'), fc.nat(2)),
          }),
          {
            maxLength: 2,
          },
        ),
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  instances: fc.array(
    fc.record({
      subnet: fc.nat(3),
      groups: fc.array(fc.nat(2), { minLength: 1, maxLength: 2 }),
      publicIp: fc.constantFrom('none', 'auto'),
    }),
    {
      maxLength: 3,
    },
  ),
});

/** A design CloudFormation and Terraform can deploy (see ../roundTrip.property.test.ts). */
export const deployableDesign = fc
  .record({ vpcs: fc.array(vpcShape, { minLength: 1, maxLength: 2 }), peering: fc.boolean() })
  .map(({ vpcs, peering }): Design => {
    const rs: Resource[] = [];
    const pos = { x: 0, y: 0 };
    const size = { width: 100, height: 100 };
    const add = (r: Record<string, unknown>) => rs.push({ position: pos, ...r } as unknown as Resource);
    add({ kind: 'region', id: 'region-1', name: 'N. Virginia', parent: null, size, code: 'us-east-1' });
    const tables: { id: string; vpc: number; routes: { id: string; destination: string; target: string }[] }[] = [];
    vpcs.forEach((v, vi) => {
      const vpc = `vpc-${vi}`;
      const block = `10.${vi}.0.0/16`;
      add({
        kind: 'vpc',
        id: vpc,
        name: `net-${vi}`,
        parent: 'region-1',
        size,
        cidrBlocks: [block],
        flowLogs: vi === 0,
        isDefault: false,
      });
      const local = (t: string) => ({ id: `${t}-local`, destination: block, target: 'local' });
      const subnets: string[] = [];
      for (let z = 0; z < v.zones; z++) {
        const az = `az-${vi}-${z}`;
        add({ kind: 'az', id: az, name: `us-east-1${'ab'[z]}`, parent: vpc, size, zone: `us-east-1${'ab'[z]}` });
        for (let s = 0; s < v.subnetsPerZone; s++) {
          const i = subnets.length;
          const id = `subnet-${vi}-${i}`;
          subnets.push(id);
          add({
            kind: 'subnet',
            id,
            name: `sn-${vi}-${i}`,
            parent: az,
            size,
            cidr: `10.${vi}.${i}.0/24`,
            mapPublicIpOnLaunch: v.mapPublic[i]!,
          });
        }
      }
      const igw = v.igw ? `igw-${vi}` : null;
      if (igw) add({ kind: 'igw', id: igw, name: `gw-${vi}`, parent: vpc });
      const nat = v.nat && igw ? `nat-${vi}` : null;
      if (nat)
        add({
          kind: 'nat',
          id: nat,
          name: `nat-${vi}`,
          parent: subnets[0],
          connectivity: 'public',
          elasticIp: `203.0.113.${10 + vi}`,
        });
      const main = { id: `rtb-${vi}-main`, vpc: vi, routes: [local(`rtb-${vi}-main`)] };
      if (v.mainRoute && igw) main.routes.push({ id: `rtb-${vi}-main-d`, destination: '0.0.0.0/0', target: igw });
      tables.push(main);
      const claimed = new Set<string>();
      const tableRows: Record<string, unknown>[] = [
        {
          kind: 'routeTable',
          id: main.id,
          name: `main-${vi}`,
          parent: vpc,
          main: true,
          routes: main.routes,
          subnetIds: [],
        },
      ];
      v.tables.forEach((t, ti) => {
        const id = `rtb-${vi}-${ti}`;
        const target = t.target === 'igw' ? igw : t.target === 'nat' ? nat : null;
        const routes = [local(id), ...(target ? [{ id: `${id}-d`, destination: '0.0.0.0/0', target }] : [])];
        tables.push({ id, vpc: vi, routes });
        const ss = [...new Set(t.subnets.map((n) => subnets[n % subnets.length]!))].filter((s) => !claimed.has(s));
        ss.forEach((s) => claimed.add(s));
        tableRows.push({
          kind: 'routeTable',
          id,
          name: `rt-${vi}-${ti}`,
          parent: vpc,
          main: false,
          routes,
          subnetIds: ss,
        });
      });
      for (const row of tableRows) add(row);
      const all4 = { protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0' };
      add({
        kind: 'nacl',
        id: `acl-${vi}-d`,
        name: `default-acl-${vi}`,
        parent: vpc,
        isDefault: true,
        subnetIds: [],
        rules: [
          { id: 'a1', number: 100, direction: 'inbound', action: 'allow', ...all4 },
          { id: 'a2', number: 100, direction: 'outbound', action: 'allow', ...all4 },
        ],
      });
      if (v.acl) {
        const used = new Set<string>();
        const rules = v.acl.rules.flatMap((r, ri) => {
          const direction = r.inbound ? 'inbound' : 'outbound';
          const number = 100 + ri * 10;
          if (used.has(`${direction}${number}`)) return [];
          used.add(`${direction}${number}`);
          return [
            {
              id: `n${ri}`,
              number,
              direction,
              action: r.allow ? 'allow' : 'deny',
              protocol: r.protocol,
              ...portsFor(r.protocol as string, r.port, r.wide),
              cidr: r.cidr,
            },
          ];
        });
        add({
          kind: 'nacl',
          id: `acl-${vi}`,
          name: `acl-${vi}`,
          parent: vpc,
          isDefault: false,
          rules,
          subnetIds: [...new Set(v.acl.subnets.map((n) => subnets[n % subnets.length]!))],
        });
      }
      const sgs = v.groups.map((_, gi) => `sg-${vi}-${gi}`);
      v.groups.forEach((g, gi) => {
        const peer = (x: string | number) =>
          typeof x === 'number' ? { cidr: null, sourceSg: sgs[x % sgs.length]! } : { cidr: x, sourceSg: null };
        add({
          kind: 'securityGroup',
          id: sgs[gi],
          name: `sg-${vi}-${gi}`,
          parent: vpc,
          description: `group ${gi}`,
          isDefault: false,
          ingress: g.ingress.map((r, ri) => ({
            id: `i${ri}`,
            protocol: r.protocol,
            ...portsFor(r.protocol as string, r.port, r.wide),
            ...peer(r.from),
            description: '',
          })),
          egress:
            g.egress === 'default'
              ? [
                  {
                    id: 'e0',
                    protocol: 'all',
                    fromPort: 0,
                    toPort: 65535,
                    cidr: '0.0.0.0/0',
                    sourceSg: null,
                    description: '',
                  },
                ]
              : g.egress.map((r, ri) => ({
                  id: `e${ri}`,
                  protocol: r.protocol,
                  ...portsFor(r.protocol as string, r.port, r.wide),
                  ...peer(r.to),
                  description: '',
                })),
        });
      });
      v.instances.forEach((inst, ii) =>
        add({
          kind: 'instance',
          id: `i-${vi}-${ii}`,
          name: `host-${vi}-${ii}`,
          parent: subnets[inst.subnet % subnets.length],
          instanceType: 't3.micro',
          privateIp: null,
          publicIp: inst.publicIp,
          elasticIp: null,
          securityGroupIds: [...new Set(inst.groups.map((n) => sgs[n % sgs.length]!))],
        }),
      );
    });
    if (peering && vpcs.length === 2) {
      add({
        kind: 'peering',
        id: 'pcx-1',
        name: 'peer',
        parent: 'region-1',
        requesterVpcId: 'vpc-0',
        accepterVpcId: 'vpc-1',
      });
      for (const t of tables.filter((x) => !x.id.endsWith('main')))
        t.routes.push({ id: `${t.id}-p`, destination: `10.${1 - t.vpc}.0.0/16`, target: 'pcx-1' });
    }
    return { format: 'vpc-town', version: DESIGN_VERSION, name: 'generated', resources: rs, flows: [] };
  });
