/**
 * Every kind's inspector shows every section its definition lists (`KINDS[kind].inspector`), in that
 * order, each with something in it: selected on the canvas, as a user does, in a design that holds
 * one resource of every kind. A new kind fails here until the design below holds one and each of
 * its sections renders (the compiler already names a section id with no view in sections.tsx).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { KINDS, RESOURCE_KINDS } from '../src/model/index.ts';
import { AppPage } from './pages/AppPage.ts';

type Json = { kind: string; id: string; name: string; [k: string]: unknown };

/**
 * The three-tier template (every kind but a peering connection and the imported kinds), a peering
 * connection beside it, and what an import adds: an external resource and a prefix list.
 */
function everyKindDesign() {
  const d = JSON.parse(readFileSync('examples/three-tier-alb.json', 'utf8')) as { resources: Json[] };
  const vpc = d.resources.find((r) => r.kind === 'vpc')!;
  d.resources.push({
    id: 'pcx-0e1e2e3e',
    kind: 'peering',
    name: 'to-partner',
    parent: null,
    position: { x: 900, y: 40 },
    requesterVpcId: vpc.id,
    accepterVpcId: null,
  });
  d.resources.push({
    id: 'tgw-0262a0e521EXAMPLE',
    kind: 'external',
    name: 'hub',
    parent: null,
    position: { x: 900, y: 180 },
    awsType: 'transit-gateway',
    attributes: [{ key: 'State', value: 'available' }],
    vpcIds: [vpc.id],
  });
  // The transit gateway and VPN kinds (issue #14).
  d.resources.push(
    {
      id: 'tgw-0a1b2c3d',
      kind: 'transitGateway',
      name: 'hub',
      parent: null,
      position: { x: 1060, y: 40 },
      amazonSideAsn: 64512,
      associationDefaultRouteTableId: 'tgw-rtb-0a1b2c3d',
      propagationDefaultRouteTableId: 'tgw-rtb-0a1b2c3d',
    },
    {
      id: 'tgw-rtb-0a1b2c3d',
      kind: 'tgwRouteTable',
      name: 'hub-rtb',
      parent: null,
      position: { x: 1060, y: 180 },
      transitGatewayId: 'tgw-0a1b2c3d',
      propagationIds: ['tgw-attach-0a1b2c3d'],
      routes: [{ id: 'tr-1', destination: '172.16.0.0/12', target: 'blackhole' }],
    },
    {
      id: 'tgw-attach-0a1b2c3d',
      kind: 'tgwAttachment',
      name: 'hub-attach',
      parent: vpc.id,
      position: { x: 600, y: 160 },
      transitGatewayId: 'tgw-0a1b2c3d',
      subnetIds: [],
      routeTableId: 'tgw-rtb-0a1b2c3d',
      applianceMode: false,
    },
    {
      id: 'vgw-0a1b2c3d',
      kind: 'vpnGateway',
      name: 'vgw',
      parent: null,
      position: { x: 1060, y: 320 },
      amazonSideAsn: 64512,
      propagationRouteTableIds: [],
    },
    {
      id: 'cgw-0a1b2c3d',
      kind: 'customerGateway',
      name: 'office',
      parent: null,
      position: { x: 1200, y: 40 },
      ipAddress: '198.51.100.7',
      bgpAsn: 65000,
    },
    {
      id: 'vpn-0a1b2c3d',
      kind: 'vpnConnection',
      name: 'office-vpn',
      parent: null,
      position: { x: 1200, y: 180 },
      customerGatewayId: 'cgw-0a1b2c3d',
      vpnGatewayId: null,
      transitGatewayId: 'tgw-0a1b2c3d',
      tgwRouteTableId: null,
      staticRoutesOnly: true,
      onPremCidrs: ['192.168.0.0/16'],
    },
  );
  d.resources.push({
    id: 'pl-63a5400a',
    kind: 'prefixList',
    name: 'com.amazonaws.us-east-1.s3',
    parent: null,
    position: { x: 900, y: 320 },
    addressFamily: 'IPv4',
    entries: null,
  });
  // A target group (in the VPC, with app-a as target) and a second interface of app-a in db-a.
  d.resources.push({
    id: 'tg-0a1b2c3d',
    kind: 'targetGroup',
    name: 'app-tg',
    parent: vpc.id,
    position: { x: 24, y: 900 },
    protocol: 'HTTP',
    port: 8080,
    targetType: 'instance',
    targets: [{ id: 'tgt-1', instanceId: 'i-0fd305d1', ip: null, port: null }],
  });
  d.resources.push({
    id: 'eni-0a1b2c3d',
    kind: 'networkInterface',
    name: 'app-a-eth1',
    parent: 'subnet-06e4c573',
    position: { x: 176, y: 44 },
    ownerId: 'i-0fd305d1',
    privateIp: '10.0.20.50',
    elasticIp: null,
    securityGroupIds: [],
  });
  // VPC endpoints (S3 through the prefix list above; an interface endpoint in db-a) and an
  // egress-only internet gateway.
  d.resources.push({
    id: 'vpce-0a1b2c3d4e5f60001',
    kind: 'gatewayEndpoint',
    name: 's3-endpoint',
    parent: vpc.id,
    position: { x: 168, y: 900 },
    serviceName: 'com.amazonaws.us-east-1.s3',
    prefixListId: 'pl-63a5400a',
    routeTableIds: [],
  });
  d.resources.push({
    id: 'vpce-0a1b2c3d4e5f60002',
    kind: 'interfaceEndpoint',
    name: 'sqs-endpoint',
    parent: 'subnet-06e4c573',
    position: { x: 300, y: 44 },
    serviceName: 'com.amazonaws.us-east-1.sqs',
    subnetIds: ['subnet-06e4c573'],
    securityGroupIds: [],
    privateDns: true,
    privateIp: null,
  });
  d.resources.push({
    id: 'eigw-0a1b2c3d4e5f60001',
    kind: 'egressOnlyIgw',
    name: 'eigw',
    parent: vpc.id,
    position: { x: 312, y: 900 },
  });
  // Room below the zones for the VPC-level kinds added above.
  Object.assign(vpc, { size: { width: 792, height: 1020 } });
  return d;
}

test('each kind’s inspector shows every section its definition lists, in order, none of them empty', async ({
  page,
}) => {
  const design = everyKindDesign();
  const app = new AppPage(page);
  await app.openWith(JSON.stringify(design));
  await app.fit();
  expect(RESOURCE_KINDS.filter((k) => !design.resources.some((r) => r.kind === k))).toEqual([]);
  for (const kind of RESOURCE_KINDS) {
    const r = design.resources.find((x) => x.kind === kind)!;
    await app.select(app.node(kind, r.name).first());
    const form = page.getByTestId('inspector.form');
    await expect(form).toHaveAttribute('data-kind', kind);
    await expect(page.getByTestId('inspector.name')).toHaveValue(r.name);
    await expect(page.getByTestId('inspector.id')).toHaveText(r.id);
    const sections = form.locator('[data-testid^="inspector.section."]');
    await expect
      .poll(() => sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))), { message: kind })
      .toEqual(KINDS[kind].inspector.map((id) => `inspector.section.${id}`));
    for (const id of KINDS[kind].inspector) {
      const section = page.getByTestId(`inspector.section.${id}`);
      await expect(section, `${kind}: ${id}`).not.toBeEmpty();
      // The imported kinds' sections are read-only: they show what AWS said instead of a control.
      if (id === 'external') await expect(section.getByTestId('inspector.awsType')).toHaveText('transit-gateway');
      else if (id === 'prefixList') await expect(section.getByTestId('inspector.entries')).toContainText('Not known');
      else await expect(section.locator('input, select, button').first(), `${kind}: ${id}`).toBeVisible();
    }
  }
  await page.screenshot({ path: '/tmp/isections-every-kind.png' });
  expect(app.consoleErrors).toEqual([]);
});
