import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const threeTier = readFileSync('examples/three-tier-alb.json', 'utf8');

const cell = (page: Page, from: string, to: string) =>
  page.locator(`[data-testid="matrix.cell"][data-source="${from}"][data-destination="${to}"]`);

test('the access matrix: read a cell, see its path, filter, export CSV, and follow an edit', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(threeTier);
  // The keyboard opens it (Shift+M) from the canvas.
  await app.canvas().click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Shift+M');
  const matrix = page.getByTestId('matrix');
  await expect(matrix).toBeVisible();
  await expect(page.getByTestId('toolbar.matrix')).toHaveAttribute('aria-pressed', 'true');
  await expect(cell(page, 'internet', 'web-alb')).toHaveText('tcp 443');
  await expect(cell(page, 'web-alb', 'app-a')).toHaveText('tcp 8080');
  await expect(cell(page, 'app-a', 'mysql')).toHaveText('tcp 3306');
  // Nothing from the internet reaches the database: no cell at all.
  await expect(cell(page, 'internet', 'mysql')).toHaveCount(0);

  // A click shows one packet of the cell and its hop-by-hop path.
  await cell(page, 'app-a', 'mysql').click();
  const path = page.getByTestId('matrix.path');
  await expect(path.getByTestId('matrix.path.packet')).toContainText(/→ [\d.]+ tcp 3306/);
  await expect(path.getByTestId('hops')).toHaveAttribute('data-reachable', 'true');
  await expect(path.getByTestId('hops')).toContainText('db-sg');
  await page.screenshot({ path: 'test-results/accessMatrix-path.png' });

  // Filter by name: only the rows that reach or are reached by the database.
  await page.getByTestId('matrix.filter').fill('mysql');
  await expect(page.getByTestId('matrix.row')).toHaveCount(3);
  await expect(page.locator('[data-testid="matrix.row"][data-source="internet"]')).toHaveCount(0);
  await page.getByTestId('matrix.filter').fill('');
  // Filter by subnet: the internet and what sits in app-a's subnet.
  await page.getByTestId('matrix.place').selectOption({ label: 'Subnet app-a' });
  await expect(page.getByTestId('matrix.row')).toHaveCount(2);
  await page.getByTestId('matrix.place').selectOption({ label: 'All VPCs and subnets' });

  // Export CSV: source,destination,traffic rows.
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix.csv').click()]);
  expect(d.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await d.path(), 'utf8').split('\n');
  expect(csv[0]).toBe('source,destination,traffic');
  expect(csv).toContain('internet,web-alb,tcp 443');
  expect(csv).toContain('app-a,mysql,tcp 3306');

  // Edit the load balancer's security group in the inspector: the cell follows.
  await page.getByTestId('matrix.close').click();
  await expect(matrix).toHaveCount(0);
  await app.select(app.node('securityGroup', 'alb-sg'));
  // The listener takes 443 only: a rule for a wider range lets no more through.
  await app.type('ingress.0.from', '80');
  await page.getByTestId('toolbar.matrix').click();
  await expect(cell(page, 'internet', 'web-alb')).toHaveText('tcp 443');
  await page.getByTestId('matrix.close').click();
  await page.getByTestId('ingress.0.remove').click();
  await page.getByTestId('toolbar.matrix').click();
  await expect(cell(page, 'web-alb', 'app-a')).toHaveText('tcp 8080');
  await expect(cell(page, 'internet', 'web-alb')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/accessMatrix.png' });
  expect(app.consoleErrors).toEqual([]);
});

test('File › Compare…: what the file allows that the design does not, with a witness path', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(threeTier);
  // The file: SSH opened to the app tier from inside the VPC, and the database closed.
  const changed = JSON.parse(threeTier) as { resources: Record<string, any>[] };
  const sgOf = (name: string) => changed.resources.find((r) => r.kind === 'securityGroup' && r.name === name)!;
  sgOf('app-sg').ingress.push({
    id: 'sgr-ssh',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    cidr: '10.0.0.0/16',
    sourceSg: null,
    description: 'ssh inside',
  });
  sgOf('db-sg').ingress = [];
  const chooser = page.waitForEvent('filechooser');
  await app.fileMenu('compare');
  await (
    await chooser
  ).setFiles({ name: 'after.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  const dialog = page.getByTestId('compare');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('after.json');
  const added = dialog.getByTestId('compare.added').getByTestId('compare.pair');
  const removed = dialog.getByTestId('compare.removed').getByTestId('compare.pair');
  await expect(added.filter({ hasText: 'app-b → app-a: tcp 22' })).toHaveCount(1);
  await expect(removed.filter({ hasText: 'app-a → mysql: tcp 3306' })).toHaveCount(1);
  await expect(removed.filter({ hasText: 'app-b → mysql: tcp 3306' })).toHaveCount(1);
  // Nothing on 443 changed: the internet's access to the load balancer is not listed.
  await expect(dialog.getByTestId('compare.pair').filter({ hasText: 'internet → web-alb' })).toHaveCount(0);
  await added.filter({ hasText: 'app-b → app-a' }).click();
  await expect(dialog.getByTestId('compare.witness.packet')).toContainText(/tcp 22$/);
  await expect(dialog.getByTestId('hops')).toHaveAttribute('data-reachable', 'true');
  await removed.filter({ hasText: 'app-a → mysql' }).click();
  await expect(dialog.getByTestId('compare.witness.packet')).toContainText(/tcp 3306$/);
  await expect(dialog.getByTestId('hops')).toContainText('db-sg');
  await page.screenshot({ path: 'test-results/accessMatrix-compare.png' });
  await dialog.getByTestId('compare.close').click();

  // A file that is not a design says why, and the design on screen is unchanged.
  const again = page.waitForEvent('filechooser');
  await app.fileMenu('compare');
  await (await again).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(page.getByTestId('compare.error')).toContainText('not a design');
  await page.getByTestId('compare.close').click();
  await expect(app.node('securityGroup', 'alb-sg')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});
