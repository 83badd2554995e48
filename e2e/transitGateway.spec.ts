import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

/** A VPC in the region with one AZ, one subnet and one instance, renamed to `name`. */
async function vpcWithInstance(app: AppPage, page: Page, name: string, at: { x: number; y: number }) {
  await app.drag('vpc', app.node('region'), at);
  await app.type('inspector.name', name);
  await app.fit();
  const vpc = app.node('vpc', name);
  await app.drag('az', vpc, { x: 40, y: 110 });
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'az');
  await app.type('inspector.name', `${name}-az`);
  await app.fit();
  await app.drag('subnet', app.node('az', `${name}-az`), { x: 30, y: 40 });
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'subnet');
  await app.type('inspector.name', `${name}-subnet`);
  await app.fit();
  await app.drag('instance', app.node('subnet', `${name}-subnet`), { x: 30, y: 40 });
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'instance');
  await app.type('inspector.name', `${name}-host`);
  await app.fit();
}

/** In the selected VPC route table: a route to `destination` through the transit gateway `tgw`. */
async function routeToTgw(app: AppPage, page: Page, table: string, destination: string, tgw: string) {
  await app.select(app.node('routeTable', table));
  const rows = page.getByTestId('inspector.routes').locator('tbody tr');
  const n = await rows.count();
  await page.getByTestId('inspector.addRoute').click();
  await app.type(`route.${n}.destination`, destination);
  await page.getByTestId(`route.${n}.target`).selectOption({ label: `${tgw} (tgw)` });
}

test('two VPCs joined by a transit gateway: the flow goes green, then red when its route is blackholed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  await app.drag('region', undefined, { x: 500, y: 320 });
  await app.fit();
  await vpcWithInstance(app, page, 'left', { x: 80, y: 120 });
  await vpcWithInstance(app, page, 'right', { x: 500, y: 120 });

  // The right host's security group admits https.
  await app.drag('securityGroup', app.node('vpc', 'right'), { x: 200, y: 60 });
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'securityGroup');
  await app.type('inspector.name', 'right-sg');
  await page.getByTestId('inspector.add.ingress').click();
  await app.fit();
  await app.connect(app.node('securityGroup', 'right-sg'), app.node('instance', 'right-host'));

  // A transit gateway in the region; connect it to each VPC (a VPC takes connections on its left
  // handle): each gets an attachment.
  await app.drag('transitGateway', app.node('region'), { x: 40, y: 30 });
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'transitGateway');
  await app.type('inspector.name', 'hub');
  await app.fit();
  // One step out, so the VPCs' handles are not at the canvas edge (a connection dragged near the
  // edge pans the canvas under the pointer, as React Flow does while connecting).
  await page.locator('.react-flow__controls-zoomout').click();
  await app.settled();
  await app.connect(app.node('transitGateway', 'hub'), app.node('vpc', 'left'));
  await app.connect(app.node('transitGateway', 'hub'), app.node('vpc', 'right'));
  await expect(app.node('tgwAttachment')).toHaveCount(2);
  await expect(app.node('tgwRouteTable', 'hub-default-rtb')).toHaveCount(1);
  // The attachment took the VPC's subnet of its zone, and the gateway's default route table.
  await app.select(app.node('tgwAttachment').first());
  await expect(page.getByTestId('inspector.attachment.subnet.left-subnet')).toBeChecked();
  await expect(page.getByTestId('inspector.attachment.routeTable')).toHaveValue(/tgw-rtb-/);

  // Routes to the other VPC through the transit gateway, typed in each main route table.
  await routeToTgw(app, page, 'left-main-rtb', '10.1.0.0/16', 'hub');
  await routeToTgw(app, page, 'right-main-rtb', '10.0.0.0/16', 'hub');

  // A flow between the two hosts: green.
  const before = await app.flowLabels().count();
  await app.connect(app.node('instance', 'left-host'), app.node('instance', 'right-host'));
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const flow = app.flowLabels().nth(before);
  await expect(flow).toHaveAttribute('data-state', 'ok');
  await flow.click();
  await expect(page.getByTestId('hops')).toHaveAttribute('data-reachable', 'true');
  await expect(page.locator('[data-testid="hop"]').filter({ hasText: 'hub-default-rtb' }).first()).toBeVisible();
  await app.fit();
  await page.screenshot({ path: 'test-results/transit-gateway-green.png' });

  // Blackhole the other VPC's block in the transit gateway route table: red, with the code.
  await app.select(app.node('tgwRouteTable', 'hub-default-rtb'));
  await page.getByTestId('inspector.addTgwRoute').click();
  await app.type('tgwRoute.0.destination', '10.1.0.0/16');
  await page.getByTestId('tgwRoute.0.target').selectOption('blackhole');
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await flow.click();
  await expect(page.getByTestId('hops.verdict')).toContainText('TGW_RTB_HIGHER_PRIORITY_ROUTE');
  await page.screenshot({ path: 'test-results/transit-gateway-red.png' });
  expect(app.consoleErrors).toEqual([]);
});
