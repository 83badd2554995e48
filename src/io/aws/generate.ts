/**
 * A synthetic AWS estate as the read-only describe calls print it, for benchmarks (bench/awsImport.ts)
 * and property tests: `vpcs` VPCs in one region, each with `zones` zones of public and private subnets, an
 * internet gateway, a NAT gateway per zone, route tables, a custom NACL, security groups in tiers,
 * instances, a database and a load balancer. The shapes and field names are those of the AWS CLI
 * reference (the estate fixtures in fixtures/estate follow the same), so `readAws` reads it as it
 * reads a real account. Deterministic: the same arguments give the same files.
 */
import type { AwsInput } from './index.ts';

export interface EstateOptions {
  /** VPCs (10.N.0.0/16 each); default 20. */
  readonly vpcs?: number;
  /** Instances per VPC; default 72, which makes 100 resources a VPC once imported. */
  readonly instancesPerVpc?: number;
  readonly region?: string;
  /** Availability zones per VPC (a, b, c…); default 2. */
  readonly zones?: number;
  /** Public and private subnets per zone, each; default 2. */
  readonly subnetsPerTier?: number;
}

type Json = Record<string, unknown>;

const tags = (name: string) => [{ Key: 'Name', Value: name }];
const perm = (protocol: string, from: number, to: number, src: { cidr?: string; group?: string }): Json => ({
  IpProtocol: protocol,
  FromPort: from,
  ToPort: to,
  IpRanges: src.cidr ? [{ CidrIp: src.cidr }] : [],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: src.group ? [{ GroupId: src.group, UserId: '111122223333' }] : [],
});
const allOut = (): Json => ({
  IpProtocol: '-1',
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
});

/** The describe results of the estate, one file per call under `REGION/`, as a collector writes them. */
export function generateAwsEstate(options: EstateOptions = {}): AwsInput[] {
  const count = options.vpcs ?? 20;
  const perVpc = options.instancesPerVpc ?? 72;
  const region = options.region ?? 'us-west-2';
  const zones = Array.from(
    { length: Math.max(1, Math.min(6, options.zones ?? 2)) },
    (_, z) => `${region}${'abcdef'[z]}`,
  );
  const per = Math.max(1, Math.min(4, options.subnetsPerTier ?? 2));
  const Vpcs: Json[] = [];
  const Subnets: Json[] = [];
  const RouteTables: Json[] = [];
  const NetworkAcls: Json[] = [];
  const SecurityGroups: Json[] = [];
  const Reservations: Json[] = [];
  const InternetGateways: Json[] = [];
  const NatGateways: Json[] = [];
  const DBInstances: Json[] = [];
  const LoadBalancers: Json[] = [];
  const Listeners: Json[] = [];
  const hex = (n: number, width = 8) => n.toString(16).padStart(width, '0');
  for (let v = 0; v < count; v++) {
    const vpc = `vpc-${hex(v)}`;
    const cidr = `10.${v}.0.0/16`;
    Vpcs.push({
      VpcId: vpc,
      CidrBlock: cidr,
      State: 'available',
      OwnerId: '111122223333',
      IsDefault: false,
      CidrBlockAssociationSet: [{ CidrBlock: cidr, CidrBlockState: { State: 'associated' } }],
      Tags: tags(`estate-${v}`),
    });
    const igw = `igw-${hex(v)}`;
    InternetGateways.push({ InternetGatewayId: igw, Attachments: [{ VpcId: vpc, State: 'available' }], Tags: [] });
    const pub: string[] = [];
    const priv: string[] = [];
    zones.forEach((zone, z) => {
      for (const [tier, list, offset] of [
        ['public', pub, 0],
        ['private', priv, 100],
      ] as const) {
        for (let k = 0; k < per; k++) {
          const id = `subnet-${hex(v)}${z}${offset + k}`;
          list.push(id);
          Subnets.push({
            SubnetId: id,
            VpcId: vpc,
            CidrBlock: `10.${v}.${tier === 'public' ? z * per + k : 100 + z * per + k}.0/24`,
            AvailabilityZone: zone,
            MapPublicIpOnLaunch: tier === 'public',
            State: 'available',
            Tags: tags(`${tier}-${zone.slice(-1)}${k}`),
          });
        }
      }
    });
    const nats = zones.map((_, z) => {
      const id = `nat-${hex(v)}${z}`;
      NatGateways.push({
        NatGatewayId: id,
        SubnetId: pub[z * per],
        VpcId: vpc,
        State: 'available',
        ConnectivityType: 'public',
        NatGatewayAddresses: [
          {
            AllocationId: `eipalloc-${hex(v)}${z}`,
            PrivateIp: `10.${v}.${z * per}.10`,
            PublicIp: `198.51.${v}.${z + 1}`,
          },
        ],
      });
      return id;
    });
    const local = { DestinationCidrBlock: cidr, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' };
    RouteTables.push({
      RouteTableId: `rtb-${hex(v)}m`,
      VpcId: vpc,
      Associations: [{ Main: true, RouteTableId: `rtb-${hex(v)}m` }],
      Routes: [local],
    });
    RouteTables.push({
      RouteTableId: `rtb-${hex(v)}p`,
      VpcId: vpc,
      Associations: pub.map((s) => ({ Main: false, SubnetId: s, RouteTableId: `rtb-${hex(v)}p` })),
      Routes: [local, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw, State: 'active' }],
    });
    zones.forEach((_, z) =>
      RouteTables.push({
        RouteTableId: `rtb-${hex(v)}${z}`,
        VpcId: vpc,
        Associations: priv.slice(z * per, z * per + per).map((s) => ({ Main: false, SubnetId: s })),
        Routes: [local, { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nats[z], State: 'active' }],
      }),
    );
    const entry = (n: number, egress: boolean, protocol: string, action: string, ports?: [number, number]) => ({
      RuleNumber: n,
      Egress: egress,
      Protocol: protocol,
      RuleAction: action,
      CidrBlock: '0.0.0.0/0',
      ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
    });
    NetworkAcls.push({
      NetworkAclId: `acl-${hex(v)}d`,
      VpcId: vpc,
      IsDefault: true,
      Associations: priv.map((s) => ({ SubnetId: s })),
      Entries: [entry(100, false, '-1', 'allow'), entry(100, true, '-1', 'allow'), entry(32767, false, '-1', 'deny')],
    });
    NetworkAcls.push({
      NetworkAclId: `acl-${hex(v)}p`,
      VpcId: vpc,
      IsDefault: false,
      Associations: pub.map((s) => ({ SubnetId: s })),
      Entries: [
        entry(100, false, '6', 'allow', [443, 443]),
        entry(110, false, '6', 'allow', [1024, 65535]),
        entry(120, false, '6', 'deny', [22, 22]),
        entry(100, true, '-1', 'allow'),
        entry(32767, false, '-1', 'deny'),
        entry(32767, true, '-1', 'deny'),
      ],
    });
    const sg = (name: string) => `sg-${hex(v)}${name}`;
    const group = (name: string, ingress: Json[]) =>
      SecurityGroups.push({
        GroupId: sg(name),
        GroupName: name,
        Description: `${name} tier`,
        VpcId: vpc,
        IpPermissions: ingress,
        IpPermissionsEgress: [allOut()],
      });
    group('default', [{ ...allOut(), IpRanges: [], UserIdGroupPairs: [{ GroupId: sg('default') }] }]);
    group('lb', [perm('tcp', 443, 443, { cidr: '0.0.0.0/0' })]);
    group('web', [perm('tcp', 8080, 8080, { group: sg('lb') }), perm('tcp', 22, 22, { cidr: '10.0.0.0/8' })]);
    group('app', [perm('tcp', 9000, 9100, { group: sg('web') })]);
    group('db', [perm('tcp', 5432, 5432, { group: sg('app') })]);
    group('ops', [perm('icmp', -1, -1, { cidr: '10.0.0.0/8' }), perm('50', -1, -1, { cidr: '192.0.2.0/24' })]);
    const instances: Json[] = [];
    for (let i = 0; i < perVpc; i++) {
      const tier = i % 3 === 0 ? 'web' : 'app';
      const subnets = tier === 'web' ? pub : priv;
      const s = i % subnets.length;
      const block = Subnets.find((x) => x.SubnetId === subnets[s])!.CidrBlock as string;
      const ip = block.replace(/0\/24$/, String(20 + Math.floor(i / subnets.length)));
      instances.push({
        InstanceId: `i-${hex(v)}${hex(i, 4)}`,
        InstanceType: 't3.small',
        State: { Code: 16, Name: 'running' },
        SubnetId: subnets[s],
        VpcId: vpc,
        PrivateIpAddress: ip,
        ...(tier === 'web' ? { PublicIpAddress: `203.0.${v}.${i + 1}` } : {}),
        SecurityGroups: [{ GroupId: sg(tier), GroupName: tier }],
        Tags: tags(`${tier}-${i}`),
      });
    }
    Reservations.push({ ReservationId: `r-${hex(v)}`, OwnerId: '111122223333', Instances: instances });
    DBInstances.push({
      DBInstanceIdentifier: `db-${v}`,
      Engine: 'postgres',
      DBInstanceStatus: 'available',
      DBInstanceClass: 'db.t3.medium',
      Endpoint: { Address: `db-${v}.example.${region}.rds.amazonaws.com`, Port: 5432 },
      PubliclyAccessible: false,
      VpcSecurityGroups: [{ VpcSecurityGroupId: sg('db'), Status: 'active' }],
      DBSubnetGroup: {
        DBSubnetGroupName: `db-${v}`,
        VpcId: vpc,
        Subnets: [...new Set([priv[0]!, priv[per % priv.length]!])].map((s) => ({
          SubnetIdentifier: s,
          SubnetStatus: 'Active',
        })),
      },
    });
    const lbArn = `arn:aws:elasticloadbalancing:${region}:111122223333:loadbalancer/app/lb-${v}/${hex(v, 16)}`;
    Listeners.push({ LoadBalancerArn: lbArn, ListenerArn: `${lbArn}/l443`, Port: 443, Protocol: 'HTTPS' });
    LoadBalancers.push({
      LoadBalancerArn: lbArn,
      LoadBalancerName: `lb-${v}`,
      DNSName: `lb-${v}.${region}.elb.amazonaws.com`,
      Scheme: 'internet-facing',
      Type: 'application',
      VpcId: vpc,
      State: { Code: 'active' },
      AvailabilityZones: zones.slice(0, 2).map((zone, z) => ({ ZoneName: zone, SubnetId: pub[z * per] })),
      SecurityGroups: [sg('lb')],
      IpAddressType: 'ipv4',
    });
  }
  const file = (name: string, value: Json): AwsInput => ({
    path: `${region}/${name}.json`,
    text: JSON.stringify(value, null, 2),
  });
  return [
    file('vpcs', { Vpcs }),
    file('subnets', { Subnets }),
    file('route-tables', { RouteTables }),
    file('network-acls', { NetworkAcls }),
    file('security-groups', { SecurityGroups }),
    file('instances', { Reservations }),
    file('internet-gateways', { InternetGateways }),
    file('nat-gateways', { NatGateways }),
    file('db-instances', { DBInstances }),
    file('load-balancers', { LoadBalancers }),
    file('listeners', { Listeners }),
  ];
}
