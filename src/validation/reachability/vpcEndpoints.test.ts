import { describe, expect, it } from 'vitest';
import type { Design, RouteTable } from '../../model/types.ts';
import { naclRule, sgRule, webApp } from '../testing/builder.ts';
import { analyzeReachability } from './analyze.ts';

/** The web app with an S3 gateway endpoint associated with the private route table. */
function withS3(entries: string[] | null = null) {
  const w = webApp();
  const { b, vpc, region, privateRt } = w;
  const pl = b.resource('prefixList', region, {
    id: 'pl-63a5400a',
    name: 'com.amazonaws.us-east-1.s3',
    addressFamily: 'IPv4',
    entries,
  });
  const s3 = b.resource('gatewayEndpoint', vpc, {
    name: 's3',
    serviceName: 'com.amazonaws.us-east-1.s3',
    prefixListId: pl,
    routeTableIds: [privateRt],
  });
  b.patch(privateRt, {
    routes: [...b.get<RouteTable>(privateRt).routes, { id: 'r-s3', destination: pl, target: s3 }],
  });
  return { ...w, pl, s3 };
}

const tcp = (d: Design, from: string, to: string, port = 443) =>
  analyzeReachability(d, { from, to, protocol: 'tcp', port });

describe('gateway endpoints', () => {
  it('an instance reaches S3 through the endpoint: exits towards the AWS service, even with unknown entries', () => {
    const { b, app, s3, privateRt } = withS3();
    const a = tcp(b.build(), app, s3);
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('exits');
    expect(a.exit).toEqual({ at: s3, towards: 'aws-service' });
    expect(a.hops.some((h) => h.resource === privateRt && h.params.target === s3)).toBe(true);
  });

  it('a table without the route: blocked at the route table', () => {
    const { b, app, s3, privateRt, pl } = withS3();
    b.patch(privateRt, { routes: b.get<RouteTable>(privateRt).routes.filter((r) => r.destination !== pl) });
    const a = tcp(b.build(), app, s3);
    expect(a.code).toBe('NO_ROUTE_TO_DESTINATION');
    expect(a.blockedAt).toBe(privateRt);
  });

  it('an egress rule only for a public block answers unknown when the entries are not known, and decides when they are', () => {
    const unknown = withS3();
    unknown.b.patch(unknown.appSg, { egress: [sgRule('tcp', 443, '52.216.0.0/15')] });
    const a = tcp(unknown.b.build(), unknown.app, unknown.s3);
    expect(a.outcome).toBe('unknown');
    expect(a.unknown?.reason).toBe('prefix-list-entries');
    const known = withS3(['52.216.0.0/15', '3.5.0.0/19']);
    known.b.patch(known.appSg, { egress: [sgRule('tcp', 443, '52.216.0.0/15')] });
    expect(tcp(known.b.build(), known.app, known.s3).outcome).toBe('unknown');
    known.b.patch(known.appSg, { egress: [sgRule('tcp', 443, '10.0.0.0/8')] });
    expect(tcp(known.b.build(), known.app, known.s3).code).toBe('ENI_SG_RULES_MISMATCH');
  });

  it('an egress rule naming the prefix list admits the service', () => {
    const { b, app, s3, appSg, pl } = withS3();
    b.patch(appSg, {
      egress: [
        {
          id: 'e',
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          cidr: null,
          sourceSg: null,
          prefixListId: pl,
          description: '',
        },
      ],
    });
    expect(tcp(b.build(), app, s3).outcome).toBe('exits');
  });

  it('a NACL that allows only private blocks out blocks the service; a private-only rule is known not to match', () => {
    const { b, app, s3, vpc, privA } = withS3();
    const acl = b.nacl(vpc, {
      subnets: [privA],
      rules: [naclRule(100, 'outbound', 'allow', 'all', 0, '10.0.0.0/8'), naclRule(100, 'inbound', 'allow', 'all', 0)],
    });
    const a = tcp(b.build(), app, s3);
    expect(a.code).toBe('SUBNET_ACL_RESTRICTION');
    expect(a.blockedAt).toBe(acl);
  });

  it('a packet routed to a known address of the list exits through the endpoint on the ordinary path', () => {
    const { b, app, s3 } = withS3(['52.216.0.0/15']);
    const a = tcp(b.build(), app, '52.216.8.10');
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('exits');
    expect(a.exit).toEqual({ at: s3, towards: 'aws-service' });
  });

  it('only its own VPC uses a gateway endpoint, and not from the internet', () => {
    const { b, s3 } = withS3();
    expect(tcp(b.build(), 'internet', s3).code).toBe('NO_PATH');
  });
});

describe('interface endpoints', () => {
  it('an instance reaches the service through the endpoint’s network interface when its group admits 443', () => {
    const { b, vpc, privB, app } = webApp();
    const epSg = b.sg(vpc, { ingress: [sgRule('tcp', 443, '10.0.0.0/16')] });
    const ep = b.resource('interfaceEndpoint', privB, {
      name: 'ssm',
      serviceName: 'com.amazonaws.us-east-1.ssm',
      subnetIds: [privB],
      securityGroupIds: [epSg],
      privateDns: true,
      privateIp: null,
    });
    const a = tcp(b.build(), app, ep);
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('exits');
    expect(a.exit).toEqual({ at: ep, towards: 'aws-service' });
    b.patch(epSg, { ingress: [sgRule('tcp', 80, '10.0.0.0/16')] });
    const blocked = tcp(b.build(), app, ep);
    expect(blocked.code).toBe('ENI_SG_RULES_MISMATCH');
    expect(blocked.blockedAt).toBe(epSg);
  });
});
