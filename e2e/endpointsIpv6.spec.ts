import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('an S3 gateway endpoint on a private route table; IPv6 out through an egress-only gateway, never in', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.fit();

  // A house in the private neighbourhood db-a, and an S3 gateway endpoint in the VPC.
  await app.drag('instance', app.node('subnet', 'db-a'));
  const house = app.node('instance').last();
  await expect(house).toBeVisible();
  await app.drag('gatewayEndpoint', app.node('vpc', 'web-db'), { x: 40, y: 40 });
  const s3 = app.node('gatewayEndpoint').first();
  await expect(s3).toBeVisible();
  await app.fit();

  // Connect db-a's route table to the endpoint: the route to the S3 prefix list appears.
  await app.connect(app.node('routeTable', 'private-a'), s3);
  await app.select(s3);
  await expect(page.getByTestId('inspector.endpointRouteTables.private-a')).toBeChecked();
  await expect(page.getByTestId('inspector.endpointPrefixList')).toContainText('pl-');
  await expect(page.getByTestId('inspector.endpointPolicyNote')).toBeVisible();

  // Ask: can the house reach S3? It leaves through the endpoint.
  const before = await app.flowLabels().count();
  await app.connect(house, s3);
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const toS3 = app.flowLabels().nth(before);
  await expect(toS3).toHaveAttribute('data-state', 'ok');
  await toS3.click();
  await expect(page.getByTestId('hops')).toHaveAttribute('data-reachable', 'true');
  await expect(page.getByTestId('hops')).toContainText('towards an AWS service');

  // IPv6: the VPC gets a block, db-a a /64, the house an address.
  await app.select(app.node('vpc', 'web-db'));
  await page.getByTestId('inspector.addIpv6Block').click();
  await app.type('inspector.ipv6Block.0', '2600:1f18:4a3:6b00::/56');
  await app.select(app.node('subnet', 'db-a'));
  await app.type('inspector.ipv6Cidr', '2600:1f18:4a3:6b0a::/64');
  await app.select(house);
  await app.type('inspector.ipv6Addresses', '2600:1f18:4a3:6b0a::10');

  // An egress-only gateway, and db-a's ::/0 to it by connecting the route table.
  await app.drag('egressOnlyIgw', app.node('vpc', 'web-db'), { x: 40, y: 40 });
  const eigw = app.node('egressOnlyIgw').first();
  await expect(eigw).toBeVisible();
  await app.fit();
  await app.connect(app.node('routeTable', 'private-a'), eigw);

  // Out over IPv6: passes. In from the internet over IPv6: blocked at the egress-only gateway.
  await app.connect(house, app.node('internet'));
  const out = app.flowLabels().nth(before + 1);
  await out.click();
  await page.getByTestId('flow.ipVersion').selectOption('6');
  await expect(out).toHaveAttribute('data-state', 'ok');
  await app.connect(app.node('internet'), house);
  const inbound = app.flowLabels().nth(before + 2);
  await inbound.click();
  await page.getByTestId('flow.ipVersion').selectOption('6');
  await expect(inbound).toHaveAttribute('data-state', 'blocked');
  await expect(page.getByTestId('hops.verdict')).toContainText('EIGW_INBOUND_RESTRICTION');
  await page.screenshot({ path: 'test-results/endpointsIpv6.png' });
  expect(app.consoleErrors).toEqual([]);
});
