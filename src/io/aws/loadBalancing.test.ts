/**
 * Load balancer listeners, target groups (with describe-target-health and the attribute calls) and
 * network interfaces, on the AWS CLI's published example outputs (fixtures/README.md) joined by a
 * few hand-written calls that name the same ids, shaped as the CLI prints them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { readAws, type AwsImportResult, type AwsInput } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const file = (name: string): AwsInput => ({ path: name, text: readFileSync(dir + name, 'utf8') });
const json = (path: string, value: unknown): AwsInput => ({ path, text: JSON.stringify(value) });
function get<K extends ResourceKind>(r: AwsImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = r.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}

const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-load-balancer/50dc6c495c0c9188';
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';

/** The VPC, subnets, instances and load balancer the CLI examples' target group and listeners name. */
const around = (type: 'application' | 'network' = 'application'): AwsInput[] => [
  json('us-west-2/vpcs.json', { Vpcs: [{ VpcId: 'vpc-3ac0fb5f', CidrBlock: '10.0.0.0/16', State: 'available' }] }),
  json('us-west-2/subnets.json', {
    Subnets: [
      { SubnetId: 'subnet-a', VpcId: 'vpc-3ac0fb5f', CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-west-2a' },
      { SubnetId: 'subnet-b', VpcId: 'vpc-3ac0fb5f', CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-west-2b' },
    ],
  }),
  json('us-west-2/instances.json', {
    Reservations: [
      {
        Instances: [
          {
            InstanceId: 'i-ceddcd4d',
            VpcId: 'vpc-3ac0fb5f',
            SubnetId: 'subnet-a',
            PrivateIpAddress: '10.0.0.10',
            State: { Name: 'running' },
            SecurityGroups: [{ GroupId: 'sg-targets' }],
          },
        ],
      },
    ],
  }),
  json('us-west-2/load-balancers.json', {
    LoadBalancers: [
      {
        LoadBalancerArn: LB,
        LoadBalancerName: 'my-load-balancer',
        Scheme: 'internet-facing',
        VpcId: 'vpc-3ac0fb5f',
        Type: type,
        AvailabilityZones: [
          { ZoneName: 'us-west-2a', SubnetId: 'subnet-a' },
          { ZoneName: 'us-west-2b', SubnetId: 'subnet-b' },
        ],
        SecurityGroups: type === 'application' ? ['sg-lb'] : [],
      },
    ],
  }),
  json('us-west-2/LoadBalancerTargetHealth.json', {
    LoadBalancerTargetHealth: [
      {
        TargetGroupArn: TG,
        TargetHealthDescriptions: [
          { HealthCheckPort: '80', Target: { Id: 'i-ceddcd4d', Port: 80 }, TargetHealth: { State: 'healthy' } },
          { HealthCheckPort: '80', Target: { Id: 'i-0f76fade', Port: 80 }, TargetHealth: { State: 'healthy' } },
        ],
      },
    ],
  }),
];

describe('AWS import: listeners and target groups', () => {
  it('the CLI examples alone: the target group is kept external when its VPC is not in the input', () => {
    const r = readAws([
      file('awscli-example-elbv2-describe-target-groups.json'),
      file('awscli-example-elbv2-describe-listeners.json'),
    ]);
    expect(get(r, TG, 'external')).toMatchObject({ awsType: 'target-group' });
  });

  it('with its VPC: a target group with the targets describe-target-health lists, and listeners that forward to it', () => {
    const r = readAws([
      ...around(),
      file('awscli-example-elbv2-describe-target-groups.json'),
      file('awscli-example-elbv2-describe-listeners.json'),
    ]);
    expect(get(r, TG, 'targetGroup')).toMatchObject({
      name: 'my-targets',
      parent: 'vpc-3ac0fb5f',
      protocol: 'HTTP',
      port: 80,
      targetType: 'instance',
      targets: [{ instanceId: 'i-ceddcd4d', ip: null, port: null }],
    });
    // i-0f76fade is not in the input: left out, and said so.
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-reference', params: expect.objectContaining({ id: 'i-0f76fade' }) }),
    );
    const lb = get(r, LB, 'loadBalancer');
    expect(lb).toMatchObject({ lbType: 'application', listenerPorts: [443, 80] });
    expect(lb.listeners!.map((l) => [l.protocol, l.port, l.targetGroupId])).toEqual([
      ['HTTPS', 443, TG],
      ['HTTP', 80, TG],
    ]);
  });

  it('a listener without a forward keeps what the load balancer answers (redirect, fixed-response)', () => {
    const listener = (port: number, protocol: string, action: Record<string, unknown>) => ({
      ListenerArn: `${LB.replace(':loadbalancer/', ':listener/')}/${port}`,
      LoadBalancerArn: LB,
      Port: port,
      Protocol: protocol,
      DefaultActions: [action],
    });
    const r = readAws([
      ...around(),
      file('awscli-example-elbv2-describe-target-groups.json'),
      json('us-west-2/listeners.json', {
        Listeners: [
          listener(443, 'HTTPS', { Type: 'forward', TargetGroupArn: TG }),
          listener(80, 'HTTP', {
            Type: 'redirect',
            RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
          }),
          listener(8081, 'HTTP', {
            Type: 'fixed-response',
            FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain' },
          }),
        ],
      }),
    ]);
    expect(get(r, LB, 'loadBalancer').listeners!.map((l) => [l.port, l.targetGroupId, l.action])).toEqual([
      [443, TG, undefined],
      [80, null, 'redirect'],
      [8081, null, 'fixed-response'],
    ]);
  });

  it('a listener naming a target group that is not in the input forwards to none, with a warning', () => {
    const r = readAws([...around(), file('awscli-example-elbv2-describe-listeners.json')]);
    expect(get(r, LB, 'loadBalancer').listeners!.every((l) => l.targetGroupId === null)).toBe(true);
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-reference', params: expect.objectContaining({ what: 'target group' }) }),
    );
  });

  it('cross-zone and client IP preservation come from the attribute wrappers', () => {
    const r = readAws([
      ...around('network'),
      file('awscli-example-elbv2-describe-target-groups.json'),
      json('us-west-2/LoadBalancerAttributes.json', {
        LoadBalancerAttributes: [
          { LoadBalancerArn: LB, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] },
        ],
      }),
      json('us-west-2/TargetGroupAttributes.json', {
        TargetGroupAttributes: [
          { TargetGroupArn: TG, Attributes: [{ Key: 'preserve_client_ip.enabled', Value: 'false' }] },
        ],
      }),
    ]);
    expect(get(r, LB, 'loadBalancer')).toMatchObject({ lbType: 'network', crossZone: true });
    expect(get(r, TG, 'targetGroup').preserveClientIp).toBe(false);
    expect(r.report.kept.map((k) => k.call)).toEqual(
      expect.arrayContaining(['elbv2 describe-load-balancer-attributes', 'elbv2 describe-target-group-attributes']),
    );
  });

  it('a bare describe-target-health result is refused with how to wrap it, and nothing else is lost', () => {
    const r = readAws([
      ...around(),
      json('health.json', { TargetHealthDescriptions: [{ Target: { Id: 'i-ceddcd4d', Port: 80 } }] }),
    ]);
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({ code: 'needs-wrapper', params: { key: 'TargetHealthDescriptions' } }),
    );
    expect(get(r, 'i-ceddcd4d', 'instance')).toBeDefined();
  });
});

describe('AWS import: network interfaces', () => {
  const instances = json('us-east-1/instances.json', {
    Reservations: [
      {
        Instances: ['i-1234567890abcdef0', 'i-0598c7d356eba48d7'].map((id, k) => ({
          InstanceId: id,
          VpcId: 'vpc-a01106c2',
          SubnetId: 'subnet-b61f49f0',
          PrivateIpAddress: k ? '10.0.1.149' : '10.0.1.5',
          State: { Name: 'running' },
          SecurityGroups: [],
        })),
      },
    ],
  });
  const net = [
    json('us-east-1/vpcs.json', { Vpcs: [{ VpcId: 'vpc-a01106c2', CidrBlock: '10.0.0.0/16' }] }),
    json('us-east-1/subnets.json', {
      Subnets: [
        {
          SubnetId: 'subnet-b61f49f0',
          VpcId: 'vpc-a01106c2',
          CidrBlock: '10.0.1.0/24',
          AvailabilityZone: 'us-east-1d',
        },
      ],
    }),
  ];

  it("the CLI example: a second interface (device 1) is a resource of its own; the primary's groups are the instance's", () => {
    const r = readAws([...net, instances, file('awscli-example-describe-network-interfaces.json')]);
    expect(get(r, 'eni-e5aa89a3', 'networkInterface')).toMatchObject({
      ownerId: 'i-1234567890abcdef0',
      parent: 'subnet-b61f49f0',
      privateIp: '10.0.1.17',
      elasticIp: '203.0.113.12',
      securityGroupIds: ['sg-8637d3e3'],
    });
    expect(r.design!.resources.some((x) => x.id === 'eni-f9ba99bf')).toBe(false);
    expect(get(r, 'i-0598c7d356eba48d7', 'instance').securityGroupIds).toEqual(['sg-8637d3e3']);
  });

  it('without the instances, the interfaces are kept as external', () => {
    const r = readAws([...net, file('awscli-example-describe-network-interfaces.json')]);
    expect(get(r, 'eni-e5aa89a3', 'external').awsType).toBe('network-interface');
  });
});

describe('AWS import: the hand-written estate, through its load balancer', () => {
  const estate = readdirSync(`${dir}estate/us-west-2`).map((f) => file(`estate/us-west-2/${f}`));
  it('internet → ALB:443 → i-app:8080, admitted by sg-app from the ALB’s group sg-web', () => {
    const r = readAws(estate);
    const lb = r.design!.resources.find((x) => x.kind === 'loadBalancer')!.id;
    const a = analyzeReachability(r.design!, { from: 'internet', to: lb, protocol: 'tcp', port: 443 });
    expect(a.outcome).toBe('delivered');
    expect(a.hops.find((h) => h.kind === 'targetGroup')?.params).toMatchObject({ target: 'i-app', port: 8080 });
    // The node in subnet-pub-a is the ELB's interface there (eni-elb, 10.1.1.50).
    expect(a.forward?.arrivedFrom).toBe('10.1.1.50');
  });
});
