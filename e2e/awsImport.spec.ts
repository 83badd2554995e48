/**
 * File › Import from AWS…, done as a user does it: pick a folder of describe outputs (the folder
 * input, as the "Choose a folder…" button opens it), read the preview, import, see the diagram, ask
 * who can reach an instance. Fixtures: e2e/fixtures/aws (README there for their sources and licences).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const DEMO = 'e2e/fixtures/aws/demo';
const BROKEN = 'e2e/fixtures/aws/broken';
const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

async function openImport(app: AppPage) {
  await app.fileMenu('importAws');
  await expect(app.page.getByTestId('awsImport')).toBeVisible();
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/awsImport-${name}.png` });

test('import a folder of describe outputs, see the VPC drawn, ask who can reach an instance', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await openImport(app);
  await page.getByTestId('awsImport.folderInput').setInputFiles(DEMO);

  const preview = page.getByTestId('awsImport.preview');
  await expect(page.getByTestId('awsImport.counts')).toBeVisible();
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="instance"]')).toContainText('3');
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="subnet"]')).toContainText('4');
  // The VPC endpoints are modelled now (issue #14): counted, not kept as external.
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="gatewayEndpoint"]')).toContainText('1');
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="interfaceEndpoint"]')).toContainText('1');
  await expect(page.getByTestId('awsImport.externals')).toHaveCount(0);
  await expect(preview).toContainText('Read 7 inputs.');
  const axe = await new AxeBuilder({ page }).include('[data-testid="awsImport"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shot(page, 'preview');
  // Nothing on screen changed yet: the two-AZ design is still there.
  await expect(app.node('rds')).toHaveCount(1);

  await page.getByTestId('awsImport.import').click();
  await expect(page.getByTestId('awsImport')).toBeHidden();
  await expect(app.node('vpc', 'Prod')).toBeVisible();
  await expect(app.node('subnet')).toHaveCount(4);
  await expect(app.node('instance')).toHaveCount(3);
  await expect(app.node('rds')).toHaveCount(0);
  await app.settled();
  await shot(page, 'diagram');

  // Public subnets (routed to the internet gateway) above the private ones in each AZ.
  const box = async (name: string) => (await app.node('instance', name).boundingBox())!;
  expect((await box('Bastion')).y).toBeLessThan((await box('Web1')).y);

  await app.select(app.node('instance', 'Web1'));
  await page.getByTestId('who.run').click();
  await expect(page.getByTestId('who.list').or(page.getByTestId('who.none'))).toBeVisible();

  // The design on screen before the import is kept in the list.
  const saved = await app.savedDesign();
  expect(saved?.resources.some((r) => r.kind === 'instance' && r.name === 'Bastion')).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test('a broken JSON file shows its line and column; confirming imports the rest', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await openImport(app);
  await page.getByTestId('awsImport.folderInput').setInputFiles(BROKEN);
  const problem = page.getByTestId('awsImport.problems').locator('li[data-code="not-json"]');
  await expect(problem).toContainText('broken/Reservations.json:3:');
  await expect(problem).toContainText('Error');
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="subnet"]')).toContainText('4');
  await page.getByTestId('awsImport.import').click();
  await expect(app.node('subnet')).toHaveCount(4);
  await expect(app.node('instance')).toHaveCount(0);
});

test('cancelling leaves the current design untouched; a paste that is no describe output offers nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const before = JSON.stringify(await app.savedDesign());
  await openImport(app);
  await page.getByTestId('awsImport.paste').fill('{ "Hello": [1, 2] }');
  await expect(page.getByTestId('awsImport.refused')).toBeVisible();
  await expect(page.getByTestId('awsImport.problems')).toContainText('pasted text');
  await expect(page.getByTestId('awsImport.import')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('awsImport')).toBeHidden();
  await expect(app.node('rds')).toHaveCount(1);
  expect(JSON.stringify(await app.savedDesign())).toBe(before);
});

test('in Korean: the dialog and the problems speak Korean', async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(() => localStorage.setItem('vpc-town:language', 'ko'));
  await app.openWith(twoAz);
  await openImport(app);
  await expect(page.getByTestId('awsImport')).toContainText('AWS에서 가져오기');
  await page.getByTestId('awsImport.folderInput').setInputFiles(BROKEN);
  await expect(page.getByTestId('awsImport.problems').locator('li[data-code="not-json"]')).toContainText(
    '올바른 JSON이 아닙니다',
  );
  await shot(page, 'preview-ko');
});
