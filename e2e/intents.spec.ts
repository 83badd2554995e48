import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

type Json = { resources: Record<string, any>[] } & Record<string, unknown>;
const example = (name: string): Json => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as Json;

/** The public web server example, where someone opened SSH to the whole internet. */
function webWithSsh(): string {
  const d = example('single-public-web');
  const sg = d.resources.find((r) => r.kind === 'securityGroup' && r.name === 'web-sg')!;
  sg.ingress.push({
    id: 'sgr-ssh',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    cidr: '0.0.0.0/0',
    sourceSg: null,
    description: 'ssh from anywhere',
  });
  return JSON.stringify(d);
}

const intent = (page: Page, id: string) => page.locator(`[data-testid="intent"][data-intent="${id}"]`);
const ownIntents = (page: Page) => page.getByTestId('intents.own').getByTestId('intent');

test('a starter intent is violated with its witness path; fixed in the inspector, it holds', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(webWithSsh());
  // It is among the findings, with its rule-like id.
  const finding = page.locator('[data-testid="finding"][data-rule="INTENT-starter-no-admin-from-internet"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('tcp 22');
  await expect(page.getByTestId('toolbar.intents.violated')).toHaveText('1');
  // Clicking it opens the intent with the witness: one packet and its hop-by-hop path.
  await finding.click();
  const admin = intent(page, 'starter-no-admin-from-internet');
  await expect(admin).toHaveAttribute('data-status', 'violated');
  await expect(admin.getByTestId('intent.status')).toHaveText('Violated');
  await expect(admin.getByTestId('intent.witness.packet')).toContainText(/→ [\d.]+ tcp 22/);
  const hops = admin.getByTestId('hop');
  await expect(hops.first()).toBeVisible();
  await expect(admin.getByTestId('hops')).toHaveAttribute('data-reachable', 'true');
  await expect(admin.getByTestId('hops')).toContainText('web-sg');
  await expect(admin.getByTestId('hop.analogy').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/intents-violated.png' });

  // Fix it where it is wrong: the security group's SSH rule, in the inspector.
  await app.select(app.node('securityGroup', 'web-sg'));
  await expect(page.getByTestId('inspector.ingress')).toBeVisible();
  await page.getByTestId('ingress.2.remove').click();
  await expect(finding).toHaveCount(0);
  await page.getByTestId('toolbar.intents').click();
  await expect(admin).toHaveAttribute('data-status', 'holds');
  await expect(page.getByTestId('toolbar.intents.violated')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('add “only the web tier reaches the app tier, on 8080” by typing and picking; it holds, breaks, and undo restores it', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(readFileSync('examples/three-tier-alb.json', 'utf8'));
  await page.getByTestId('toolbar.intents').click();
  await expect(page.getByTestId('intents')).toBeVisible();
  await page.getByTestId('intents.add').click();
  const editor = page.getByTestId('intent.editor');
  await editor.getByTestId('intent.editor.name').fill('Only the web tier reaches the app tier, on 8080');
  await editor.getByTestId('intent.editor.from.type').selectOption('securityGroup');
  await editor.getByTestId('intent.editor.from.value').selectOption({ label: 'alb-sg' });
  await editor.getByTestId('intent.editor.to.type').selectOption('securityGroup');
  await editor.getByTestId('intent.editor.to.value').selectOption({ label: 'app-sg' });
  await editor.getByTestId('intent.editor.expect').selectOption('only');
  // A typo is refused with a reason, and nothing is saved.
  await editor.getByTestId('intent.editor.onlyPorts').fill('tcp 80800');
  await editor.getByTestId('intent.editor.save').click();
  await expect(editor.getByTestId('intent.editor.error')).toContainText('tcp 8080, udp 53');
  await expect(ownIntents(page)).toHaveCount(0);
  await editor.getByTestId('intent.editor.onlyPorts').fill('tcp 8080');
  await page.screenshot({ path: 'test-results/intents-editor.png' });
  await editor.getByTestId('intent.editor.save').click();
  await expect(editor).toHaveCount(0);
  const mine = ownIntents(page).first();
  await expect(mine.getByTestId('intent.name')).toHaveText('Only the web tier reaches the app tier, on 8080');
  await expect(mine).toHaveAttribute('data-status', 'holds');

  // Break it: the web tier's group lets 443 out, and the app tier's lets 443 in (the new rules'
  // default: tcp 443 with 0.0.0.0/0).
  await app.select(app.node('securityGroup', 'alb-sg'));
  await page.getByTestId('inspector.add.egress').click();
  await expect(page.getByTestId('egress.1.remove')).toBeVisible();
  await page.getByTestId('toolbar.intents').click();
  await expect(mine).toHaveAttribute('data-status', 'holds');
  await app.select(app.node('securityGroup', 'app-sg'));
  await page.getByTestId('inspector.add.ingress').click();
  await expect(page.locator('[data-testid="finding"][data-rule^="INTENT-intent-"]')).toHaveCount(2);
  await page.getByTestId('toolbar.intents').click();
  await expect(mine).toHaveAttribute('data-status', 'violated');
  await mine.getByTestId('intent.name').click();
  await expect(mine.getByTestId('intent.pair').first()).toContainText('web-alb → app-a: tcp 443');
  await page.screenshot({ path: 'test-results/intents-broken.png' });

  // Undo (the design's history) takes the rule back: it holds again.
  await page.getByTestId('toolbar.undo').click();
  await expect(mine).toHaveAttribute('data-status', 'holds');
  // Undo twice more (the egress rule, then the intent itself); redo brings the intent back.
  await page.getByTestId('toolbar.undo').click();
  await expect(ownIntents(page)).toHaveCount(1);
  await page.getByTestId('toolbar.undo').click();
  await expect(ownIntents(page)).toHaveCount(0);
  await page.getByTestId('toolbar.redo').click();
  await expect(ownIntents(page)).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a starter intent turned off stays off after saving and reloading', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(webWithSsh());
  await page.getByTestId('toolbar.intents').click();
  const admin = intent(page, 'starter-no-admin-from-internet');
  await expect(admin).toHaveAttribute('data-status', 'violated');
  await admin.getByTestId('intent.enabled').uncheck();
  await expect(admin).toHaveAttribute('data-status', 'off');
  await expect(page.locator('[data-testid="finding"][data-rule^="INTENT-"]')).toHaveCount(0);
  const saved = (await app.savedDesign()) as unknown as { starterIntentsOff?: string[] };
  expect(saved.starterIntentsOff).toEqual(['starter-no-admin-from-internet']);
  await page.reload();
  await page.getByTestId('toolbar.intents').click();
  await expect(intent(page, 'starter-no-admin-from-internet')).toHaveAttribute('data-status', 'off');
  await expect(intent(page, 'starter-no-admin-from-internet').getByTestId('intent.enabled')).not.toBeChecked();
  await expect(intent(page, 'starter-no-db-from-internet')).toHaveAttribute('data-status', 'holds');
  await page.getByTestId('toolbar.language').selectOption('ko');
  await expect(intent(page, 'starter-no-admin-from-internet').getByTestId('intent.status')).toHaveText('꺼짐');
  await page.screenshot({ path: 'test-results/intents-ko.png' });
  expect(app.consoleErrors).toEqual([]);
});
