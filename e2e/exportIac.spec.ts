/**
 * Exporting a design as infrastructure as code, done as a user does it (issue #15): open an
 * example, File › Export as CloudFormation…, read the notes, download the template; the same for
 * Terraform; then open the downloaded template with File › Open and see the network drawn again.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');
const ids = (JSON.parse(twoAz) as { resources: { id: string }[] }).resources.map((r) => r.id);

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/exportIac-${name}.png` });

async function download(page: Page, testId: string): Promise<{ name: string; path: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('export CloudFormation and Terraform, with the notes shown, then open the template again', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);

  await app.fileMenu('exportCfn');
  const dialog = page.getByTestId('iacExport');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Export as CloudFormation' })).toBeVisible();
  const notes = page.getByTestId('iacExport.notes');
  await expect(notes.locator('li[data-code="layout-and-flows"]')).toContainText('4 drawn traffic flows');
  await expect(notes.locator('li[data-code="parameters"]')).toContainText('PostgresDatabaseMasterPassword');
  await expect(page.getByTestId('iacExport.parameters')).toContainText('secret');
  await expect(page.getByTestId('iacExport.preview')).toContainText('AWSTemplateFormatVersion');
  await shot(page, 'cfn-dialog');

  const cfn = await download(page, 'iacExport.download.template');
  expect(cfn.name).toBe('two-az-web-and-database.yaml');
  expect(cfn.text.match(/^ {4}Type: AWS::EC2::Subnet$/gm)).toHaveLength(4);
  expect(cfn.text).toContain('VpcId: !Ref WebDbVpc');
  for (const id of ids) expect(cfn.text).not.toContain(id);
  await page.getByTestId('iacExport.close').click();
  await expect(dialog).toBeHidden();

  await app.fileMenu('exportTerraform');
  await expect(dialog.getByRole('heading', { name: 'Export as Terraform' })).toBeVisible();
  const main = await download(page, 'iacExport.download.main.tf');
  expect(main.name).toBe('main.tf');
  expect(main.text.match(/^resource "aws_subnet" /gm)).toHaveLength(4);
  expect(main.text).toContain('vpc_id            = aws_vpc.web_db.id');
  for (const id of ids) expect(main.text).not.toContain(id);
  const vars = await download(page, 'iacExport.download.variables.tf');
  expect(vars.text).toMatch(/variable "postgres_password" \{[^}]*sensitive {3}= true/);
  await shot(page, 'terraform-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Open the downloaded template: the import asks for what the design did not hold, then draws it.
  await page.getByTestId('files.openInput').setInputFiles({
    name: cfn.name,
    mimeType: 'application/yaml',
    buffer: Buffer.from(cfn.text),
  });
  await expect(page.getByTestId('iacImport')).toBeVisible();
  await page.getByTestId('iacImport.param.PostgresDatabaseInstanceClass').fill('db.t4g.micro');
  await page.getByTestId('iacImport.param.PostgresDatabaseMasterUsername').fill('app');
  await page.getByTestId('iacImport.param.PostgresDatabaseMasterPassword').fill('correct-horse');
  await expect(page.getByTestId('iacImport.counts').locator('li[data-kind="subnet"]')).toContainText('4');
  await page.getByTestId('iacImport.import').click();
  await expect(page.getByTestId('iacImport')).toBeHidden();
  await expect(app.node('subnet')).toHaveCount(4);
  await expect(app.node('rds')).toHaveCount(1);
  await expect(app.node('nat')).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});

test('the export dialog speaks Korean', async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(() => localStorage.setItem('vpc-town:language', 'ko'));
  await app.openWith(twoAz);
  await page.getByTestId('files.menu').click();
  await expect(page.getByTestId('files.exportTerraform')).toContainText('Terraform으로 내보내기');
  await page.getByTestId('files.exportTerraform').click();
  await expect(page.getByTestId('iacExport').getByRole('heading', { name: 'Terraform으로 내보내기' })).toBeVisible();
  await expect(page.getByTestId('iacExport.notes').locator('li[data-code="aws-creates-defaults"]')).toContainText(
    '기본 라우팅 테이블',
  );
  await shot(page, 'terraform-dialog-ko');
});
