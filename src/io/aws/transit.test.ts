/**
 * Transit gateways and site-to-site VPNs through the AWS import: the real describe-transit-gateways
 * output of the corpus (fixtures/awscli-example-describe-transit-gateways.json, read as if it were in
 * the folder) with hand-written files of the other
 * calls, shaped as the AWS CLI reference prints them (fixtures/README.md), in the snapshot layout
 * with its per-table wrappers. The path engine then answers on the imported design as AWS would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { parseDesignJson, MAX_RESOURCES } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { validate } from '../../validation/index.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { readAws, type AwsImportResult } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/transit/us-east-2/', import.meta.url));
const files = [
  ...readdirSync(dir).map((f) => ({ path: `transit/us-east-2/${f}`, text: readFileSync(dir + f, 'utf8') })),
  // The corpus file, as it is, in the folder of the region its ARNs name.
  {
    path: 'transit/us-east-2/transit-gateways.json',
    text: readFileSync(new URL('./fixtures/awscli-example-describe-transit-gateways.json', import.meta.url), 'utf8'),
  },
];
const r = readAws(files);

function get<K extends ResourceKind>(res: AwsImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = res.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}

describe('importing transit gateways and VPNs', () => {
  it('reads every file, keeps nothing of them external, and reopens as a design', () => {
    expect(r.report.files.every((f) => f.recognisedAs.length === 1)).toBe(true);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.report.externals).toEqual([]);
    expect(r.report.counts).toMatchObject({
      transitGateway: 2,
      tgwAttachment: 2,
      tgwRouteTable: 1,
      vpnGateway: 1,
      customerGateway: 2,
      vpnConnection: 2,
    });
    const back = parseDesignJson(serializeDesign(r.design!), { maxResources: MAX_RESOURCES });
    expect(back.ok && back.warnings).toEqual([]);
  });

  it('describe-transit-gateways (real output): the gateway in its ARN’s region, with its default tables', () => {
    const tgw = get(r, 'tgw-0262a0e521EXAMPLE', 'transitGateway');
    expect(tgw).toMatchObject({
      parent: 'region-us-east-2',
      amazonSideAsn: 64516,
      associationDefaultRouteTableId: 'tgw-rtb-018774adf3EXAMPLE',
      propagationDefaultRouteTableId: 'tgw-rtb-018774adf3EXAMPLE',
    });
    // The other gateway's default table is not in the input: the reference is left out and said so.
    expect(get(r, 'tgw-0fb8421e2dEXAMPLE', 'transitGateway')).toMatchObject({
      name: 'TGW1',
      associationDefaultRouteTableId: null,
    });
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({
        code: 'missing-reference',
        params: expect.objectContaining({ id: 'tgw-rtb-06a241a3d8EXAMPLE' }),
      }),
    );
  });

  it('VPC attachments in their VPCs with their subnets, association and appliance mode', () => {
    expect(get(r, 'tgw-attach-0a0EXAMPLE', 'tgwAttachment')).toMatchObject({
      parent: 'vpc-0a0a0a0aEXAMPLE',
      name: 'shared-attach',
      transitGatewayId: 'tgw-0262a0e521EXAMPLE',
      subnetIds: ['subnet-0a1EXAMPLE', 'subnet-0a2EXAMPLE'],
      routeTableId: 'tgw-rtb-018774adf3EXAMPLE',
      applianceMode: false,
    });
    expect(get(r, 'tgw-attach-0b0EXAMPLE', 'tgwAttachment').applianceMode).toBe(true);
  });

  it('the route table: static and blackhole routes, the VPN attachment named by its VPN, propagations', () => {
    const t = get(r, 'tgw-rtb-018774adf3EXAMPLE', 'tgwRouteTable');
    expect(t.routes.map((x) => [x.destination, x.target])).toEqual([
      ['192.168.0.0/16', 'vpn-0c0c0c0cEXAMPLE'],
      ['10.0.2.0/24', 'blackhole'],
    ]);
    expect(t.propagationIds).toEqual(['tgw-attach-0a0EXAMPLE', 'tgw-attach-0b0EXAMPLE']);
  });

  it('VPN gateway, customer gateways and VPN connections', () => {
    expect(get(r, 'vgw-0e0e0e0eEXAMPLE', 'vpnGateway')).toMatchObject({
      parent: 'vpc-0b0b0b0bEXAMPLE',
      propagationRouteTableIds: ['rtb-0b0EXAMPLE'],
    });
    expect(get(r, 'cgw-0e11f167EXAMPLE', 'customerGateway')).toMatchObject({
      parent: null,
      ipAddress: '198.51.100.7',
      bgpAsn: 65534,
    });
    expect(get(r, 'vpn-0c0c0c0cEXAMPLE', 'vpnConnection')).toMatchObject({
      customerGatewayId: 'cgw-0e11f167EXAMPLE',
      transitGatewayId: 'tgw-0262a0e521EXAMPLE',
      vpnGatewayId: null,
      tgwRouteTableId: 'tgw-rtb-018774adf3EXAMPLE',
      staticRoutesOnly: true,
      onPremCidrs: ['192.168.0.0/16'],
    });
    // The VPC routes name the real gateways, not externals.
    const rt = get(r, 'rtb-0b0EXAMPLE', 'routeTable');
    expect(rt.routes.map((x) => x.target)).toEqual(['local', 'tgw-0262a0e521EXAMPLE', 'vgw-0e0e0e0eEXAMPLE']);
  });

  it('answers as AWS would: VPC to VPC through the gateway, out by each VPN, and the blackholed subnet', () => {
    const d = r.design!;
    const q = (from: string, to: string) => analyzeReachability(d, { from, to, protocol: 'tcp', port: 443 });
    expect(q('i-0a0EXAMPLE', 'i-0b0EXAMPLE').outcome).toBe('delivered');
    expect(q('i-0b0EXAMPLE', 'i-0a0EXAMPLE').outcome).toBe('delivered');
    expect(q('i-0a0EXAMPLE', '192.168.7.7')).toMatchObject({
      outcome: 'exits',
      exit: { at: 'cgw-0e11f167EXAMPLE', towards: 'vpn' },
    });
    expect(q('i-0b0EXAMPLE', '172.16.1.1')).toMatchObject({
      outcome: 'exits',
      exit: { at: 'cgw-0d0d0d0dEXAMPLE', towards: 'vpn' },
    });
    // The blackhole route 10.0.2.0/24 hides the propagated 10.0.0.0/16 (TGW-004).
    expect(
      validate(d)
        .filter((f) => f.rule === 'TGW-004')
        .map((f) => f.resource),
    ).toEqual(['tgw-rtb-018774adf3EXAMPLE']);
  });

  it('an attachment only describe-transit-gateway-attachments knows of: drawn, its subnets reported unknown', () => {
    const only = readAws(files.filter((f) => !f.path.endsWith('transit-gateway-vpc-attachments.json')));
    expect(get(only, 'tgw-attach-0a0EXAMPLE', 'tgwAttachment').subnetIds).toEqual([]);
    expect(only.report.problems.map((p) => p.code)).toContain('tgw-subnets-unknown');
  });
});
