import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('a network load balancer forwards port 80 to a private instance on 8080, until its group stops admitting 8080', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.fit();

  // A load balancer in public-a, made a network load balancer in the inspector.
  // (Select the subnet and click the palette item: it lands where auto-layout puts it.)
  await app.select(app.node('subnet', 'public-a'));
  await page.getByTestId('palette.loadBalancer').click();
  const lb = app.node('loadBalancer').first();
  await expect(lb).toBeVisible();
  await app.select(lb);
  await page.getByTestId('inspector.lbType').selectOption('network');
  // An instance in the private subnet db-a, in web-sg, which we open on 8080.
  await app.select(app.node('subnet', 'db-a'));
  await page.getByTestId('palette.instance').click();
  const inst = page.locator('[data-testid="node.instance"]:not([data-name="web-a"]):not([data-name="web-b"])');
  await expect(inst).toHaveCount(1);
  await app.select(inst);
  await page.getByTestId('inspector.sg.web-sg').check();
  await app.select(app.node('securityGroup', 'web-sg'));
  const rows = page.getByTestId('inspector.ingress').locator('tbody tr');
  const n = await rows.count();
  await page.getByTestId('inspector.add.ingress').click();
  await app.type(`ingress.${n}.from`, '8080');
  await app.type(`ingress.${n}.to`, '8080');

  // Connect the load balancer to the instance: the inspector asks the listener and target ports.
  await app.fit();
  await app.connect(lb, inst);
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'loadBalancer');
  await expect(page.getByTestId('inspector.listeners').locator('tbody tr')).toHaveCount(1);
  await app.type('listener.0.port', '80');
  await app.type('listener.0.targetPort', '8080');
  await expect(page.locator('.vt-rel--target')).toHaveCount(1);

  // A flow from the internet to the load balancer on 80: forwarded to the instance on 8080, green.
  const before = await app.flowLabels().count();
  await app.connect(app.node('internet'), lb);
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const flow = app.flowLabels().nth(before);
  await flow.click();
  await app.type('flow.port', '80');
  await expect(flow).toHaveAttribute('data-state', 'ok');
  const forward = page.locator('[data-testid="hop"][data-kind="targetGroup"]');
  await expect(forward).toContainText('8080');
  await page.screenshot({ path: 'test-results/lb-forward.png' });

  // Take 8080 out of web-sg: blocked at the target's security group.
  await app.select(app.node('securityGroup', 'web-sg'));
  await page.getByTestId(`ingress.${n}.remove`).click();
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await flow.click();
  await expect(page.getByTestId('hops.verdict')).toContainText('ENI_SG_RULES_MISMATCH');
  await expect(page.locator('[data-testid="hop"][data-verdict="block"][data-kind="securityGroup"]')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test("a second network interface in another subnet: traffic to it crosses that subnet's NACL", async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.fit();
  // web-a lives in public-a; its second interface goes into db-a (same AZ), with db-sg.
  await app.select(app.node('subnet', 'db-a'));
  await page.getByTestId('palette.networkInterface').click();
  const eni = app.node('networkInterface').first();
  await expect(eni).toBeVisible();
  await app.select(eni);
  await page.getByTestId('inspector.eniOwner').selectOption({ label: 'web-a (EC2 instance)' });
  await app.type('inspector.privateIp', '10.0.10.50');
  await page.getByTestId('inspector.sg.db-sg').check();
  await expect(page.locator('.vt-rel--eni')).toHaveCount(1);
  // A flow from web-b to the interface on 5432 (db-sg admits web-sg): delivered through db-a's NACL.
  const before = await app.flowLabels().count();
  await app.fit();
  await app.connect(app.node('instance', 'web-b'), eni);
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const flow = app.flowLabels().nth(before);
  await flow.click();
  await app.type('flow.port', '5432');
  await expect(flow).toHaveAttribute('data-state', 'ok');
  const nacls = page.locator('[data-testid="hop"][data-kind="nacl"]');
  await expect(nacls.filter({ hasText: 'db-a' }).first()).toBeVisible();
  await expect(
    page.locator('[data-testid="hop"][data-kind="securityGroup"]').filter({ hasText: 'db-sg' }).first(),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/eni-flow.png' });
  expect(app.consoleErrors).toEqual([]);
});

test('an application load balancer listener set to redirect answers itself: the flow is delivered at the load balancer', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.fit();
  await app.select(app.node('subnet', 'public-a'));
  await page.getByTestId('palette.loadBalancer').click();
  const lb = app.node('loadBalancer').first();
  await expect(lb).toBeVisible();
  await app.select(lb);
  await page.getByTestId('inspector.sg.web-sg').check();
  // One listener, HTTP 80, forwarding to no target group yet.
  const listeners = page.getByTestId('inspector.listeners').locator('tbody tr');
  if ((await listeners.count()) === 0) await page.getByTestId('inspector.addListener').click();
  await app.type('listener.0.port', '80');
  await page.getByTestId('listener.0.targetGroup').selectOption('');

  const before = await app.flowLabels().count();
  await app.fit();
  await app.connect(app.node('internet'), lb);
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const flow = app.flowLabels().nth(before);
  await flow.click();
  await app.type('flow.port', '80');
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await expect(page.getByTestId('hops.verdict')).toContainText('ELBV2_LISTENER_HAS_NO_TG');

  // The listener redirects (HTTP to HTTPS, say): the load balancer answers, nothing is forwarded.
  await app.select(lb);
  await page.getByTestId('listener.0.targetGroup').selectOption({ label: 'Redirect' });
  await expect(page.getByTestId('listener.0.targetGroup')).toHaveValue('@redirect');
  await expect(flow).toHaveAttribute('data-state', 'ok');
  await flow.click();
  await expect(
    page.locator('[data-testid="hop"][data-kind="loadBalancer"]').filter({ hasText: 'redirect' }),
  ).toHaveCount(1);
  await expect(page.locator('[data-testid="hop"][data-kind="targetGroup"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/lb-redirect.png' });

  // Undo: the listener forwards to no target group again, and the flow is blocked again.
  await page.keyboard.press('Control+z');
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  expect(app.consoleErrors).toEqual([]);
});
