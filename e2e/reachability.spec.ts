import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('draw a flow, see it blocked with the hop that blocks it, fix the security group, see it pass', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const before = await app.flowLabels().count();

  // Draw a flow from the Internet to web-a by dragging between their handles.
  await app.connect(app.node('internet'), app.node('instance', 'web-a'));
  await expect(app.flowLabels()).toHaveCount(before + 1);
  const flow = app.flowLabels().nth(before);
  await expect(flow).toHaveAttribute('data-state', 'ok'); // tcp 443 is open on web-sg

  // Change it to SSH in the inspector: the dog at the door (web-sg) turns it away.
  await flow.click();
  await app.type('flow.port', '22');
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await expect(page.getByTestId('hops')).toHaveAttribute('data-reachable', 'false');
  await expect(page.getByTestId('hops.verdict')).toContainText('ENI_SG_RULES_MISMATCH');
  await expect(page.locator('[data-testid="hop"][data-verdict="block"]')).toHaveCount(1);
  // The resources on the path light up on the canvas.
  await expect(page.locator('.vt-onpath').first()).toBeVisible();

  // Fix it: allow tcp 22 on web-sg (a new rule starts from 0.0.0.0/0).
  await app.select(app.node('securityGroup', 'web-sg'));
  const rows = page.getByTestId('inspector.ingress').locator('tbody tr');
  const n = await rows.count();
  await page.getByTestId('inspector.add.ingress').click();
  await app.type(`ingress.${n}.from`, '22');
  await app.type(`ingress.${n}.to`, '22');
  await expect(flow).toHaveAttribute('data-state', 'ok');

  // Undo the rule: blocked again. Redo: open again.
  await page
    .locator('body')
    .click({ position: { x: 5, y: 880 } })
    .catch(() => {});
  await page.getByTestId('toolbar.undo').click();
  await page.getByTestId('toolbar.undo').click();
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await page.getByTestId('toolbar.redo').click();
  await page.getByTestId('toolbar.redo').click();
  await expect(flow).toHaveAttribute('data-state', 'ok');
  expect(app.consoleErrors).toEqual([]);
});

test('findings update live and a click selects and centres the resource', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await expect(page.getByTestId('findings.count.error')).toHaveText('0');
  // Make db-b overlap db-a: SUB-003 appears at once, no button to press.
  await app.select(app.node('subnet', 'db-b'));
  await app.type('inspector.cidr', '10.0.10.0/24');
  await expect(page.getByTestId('findings.count.error')).not.toHaveText('0');
  const finding = page.locator('[data-testid="finding"][data-rule="SUB-003"]').first();
  await expect(finding).toBeVisible();
  await expect(app.node('subnet', 'db-b').getByTestId('node.badge')).toBeVisible();
  // Clicking the finding selects its resource.
  await app.select(app.node('instance', 'web-a'));
  await finding.click();
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'subnet');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('findings.count.error')).toHaveText('0');
});

test('who can reach the database: only the web tier, on 5432', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('rds'));
  await page.getByTestId('who.run').click();
  const sources = page.getByTestId('who.source');
  await expect(sources.first()).toBeVisible();
  const ids = await sources.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(ids.some((t) => t.includes('web-a') && t.includes('5432'))).toBe(true);
  expect(ids.some((t) => t.includes('Internet'))).toBe(false);
});
