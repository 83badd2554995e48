/**
 * Opening a CloudFormation template, done as a user does it (issue #15): drop a template that asks
 * for a parameter, fill the form, read the report, open it and see the network drawn; drop a broken
 * template and see where it is broken, with the design on screen as it was. Fixtures: the public
 * templates of src/io/cfn/fixtures (licences in its README) and e2e/fixtures/iac.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const EKS = readFileSync('src/io/cfn/fixtures/awslabs-eks-vpc-3az.yaml', 'utf8');
const BROKEN = readFileSync('e2e/fixtures/iac/broken.yaml', 'utf8');
const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/openTemplate-${name}.png` });

test('drop a template that needs a parameter, fill the form, see the report and the network drawn', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.dropFiles([['awslabs-eks-vpc-3az.yaml', EKS]]);

  const dialog = page.getByTestId('iacImport');
  await expect(dialog).toBeVisible();
  // EKSClusterVersion has no default: nothing is imported until it has a value.
  const version = page.getByTestId('iacImport.param.EKSClusterVersion');
  await expect(version).toHaveValue('');
  await expect(page.getByTestId('iacImport.needParams')).toContainText('EKSClusterVersion');
  await expect(page.getByTestId('iacImport.import')).toBeDisabled();
  // A parameter with a default shows it.
  await expect(page.getByTestId('iacImport.param.VPCCidrBlock')).toHaveValue('10.0.0.0/16');
  await version.fill('1.29');

  const counts = page.getByTestId('iacImport.counts');
  await expect(counts.locator('li[data-kind="subnet"]')).toContainText('6');
  await expect(counts.locator('li[data-kind="nat"]')).toContainText('3');
  await expect(page.getByTestId('iacImport.leftOut')).toContainText('AWS::EKS::Cluster');
  await expect(page.getByTestId('iacImport.problems')).toContainText('us-east-1');
  await expect(page.getByTestId('iacImport.region')).toHaveAttribute('placeholder', 'us-east-1');
  await shot(page, 'form');
  // Nothing on screen changed yet.
  await expect(app.node('rds')).toHaveCount(1);

  await page.getByTestId('iacImport.import').click();
  await expect(dialog).toBeHidden();
  await expect(app.node('subnet')).toHaveCount(6);
  await expect(app.node('nat')).toHaveCount(3);
  await expect(app.node('rds')).toHaveCount(0);
  await app.settled();
  await shot(page, 'diagram');
  // The design on screen before is kept in the list.
  await app.fileMenu('designs');
  await expect(page.getByTestId('files.design')).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});

test('a broken template says where it is broken and the design stays as it was', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const before = await app.savedDesign();
  await app.dropFiles([['broken.yaml', BROKEN]]);

  await expect(page.getByTestId('iacImport.refused')).toBeVisible();
  const problem = page.getByTestId('iacImport.problems').locator('li[data-code="syntax-error"]');
  await expect(problem).toContainText('broken.yaml:8:');
  await expect(problem).toContainText('YAML');
  await expect(page.getByTestId('iacImport.import')).toBeDisabled();
  await shot(page, 'broken');
  await page.getByTestId('iacImport.cancel').click();
  await expect(page.getByTestId('iacImport')).toBeHidden();
  await expect(app.node('rds')).toHaveCount(1);
  expect(await app.savedDesign()).toEqual(before);
  expect(app.consoleErrors).toEqual([]);
});

test('a template pasted on the canvas opens the same dialog', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document
      .querySelector('[data-testid="canvas"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, EKS);
  await expect(page.getByTestId('iacImport.param.EKSClusterVersion')).toBeVisible();
});

test('drop Terraform files, see the report and the network drawn', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.dropFiles([
    ['main.tf', readFileSync('src/io/terraform/fixtures/tf-vpc-peering-fixture.tf', 'utf8')],
    ['modules.tf', 'module "extra" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n'],
  ]);
  await expect(page.getByTestId('iacImport')).toBeVisible();
  const counts = page.getByTestId('iacImport.counts');
  // The HCL parser (WebAssembly, about 10 MB unzipped) is fetched and compiled on this first read.
  await expect(counts.locator('li[data-kind="subnet"]')).toContainText('6', { timeout: 90_000 });
  await expect(counts.locator('li[data-kind="vpc"]')).toContainText('2');
  await expect(page.getByTestId('iacImport.modules')).toContainText('module.extra');
  await shot(page, 'terraform');
  await page.getByTestId('iacImport.import').click();
  await expect(page.getByTestId('iacImport')).toBeHidden();
  await expect(app.node('vpc', 'this_vpc')).toBeVisible();
  await expect(app.node('subnet')).toHaveCount(6);
  // The configuration names no provider region; its subnets' zones (eu-west-1a…) say which.
  await expect(app.node('region', 'eu-west-1')).toBeVisible();
  await app.settled();
  await shot(page, 'terraform-diagram');
  expect(app.consoleErrors).toEqual([]);
});

test('Terraform variables without a value are asked for in a form; a dropped .tfvars fills the others', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.dropFiles([
    [
      'net/main.tf',
      [
        'variable "vpc_cidr" {',
        '  description = "The block of the VPC"',
        '  type        = string',
        '}',
        'variable "azs" {',
        '  description = "The zones, one subnet each"',
        '  type        = list(string)',
        '}',
        'variable "name" {}',
        'resource "aws_vpc" "main" {',
        '  cidr_block = var.vpc_cidr',
        '  tags       = { Name = var.name }',
        '}',
        'resource "aws_subnet" "s" {',
        '  count             = length(var.azs)',
        '  vpc_id            = aws_vpc.main.id',
        '  cidr_block        = cidrsubnet(var.vpc_cidr, 8, count.index)',
        '  availability_zone = var.azs[count.index]',
        '}',
        '',
      ].join('\n'),
    ],
    ['net/terraform.tfvars', 'name = "from-tfvars"\n'],
  ]);
  await expect(page.getByTestId('iacImport')).toBeVisible();
  const form = page.getByTestId('iacImport.variables');
  // The HCL parser (WebAssembly) is fetched and compiled on this first read.
  await expect(form).toBeVisible({ timeout: 90_000 });
  const cidr = page.getByTestId('iacImport.param.vpc_cidr');
  const azs = page.getByTestId('iacImport.param.azs');
  await expect(cidr).toHaveValue('');
  await expect(azs).toHaveAttribute('placeholder', '["…", "…"]');
  // name comes from terraform.tfvars: not asked.
  await expect(page.getByTestId('iacImport.param.name')).toHaveCount(0);
  await expect(form).toContainText('The block of the VPC');
  await expect(page.getByTestId('iacImport.needVars')).toContainText('azs, vpc_cidr');
  await expect(page.getByTestId('iacImport.import')).toBeDisabled();

  await cidr.fill('10.20.0.0/16');
  await expect(page.getByTestId('iacImport.needVars')).toContainText('azs');
  await expect(page.getByTestId('iacImport.import')).toBeDisabled();
  await azs.fill('["us-east-1a", "us-east-1b", "us-east-1c"]');
  const counts = page.getByTestId('iacImport.counts');
  await expect(counts.locator('li[data-kind="subnet"]')).toContainText('3');
  // The fields stay while their variables are typed in.
  await expect(cidr).toHaveValue('10.20.0.0/16');
  await expect(page.getByTestId('iacImport.needVars')).toHaveCount(0);
  await shot(page, 'terraform-variables');

  await page.getByTestId('iacImport.import').click();
  await expect(page.getByTestId('iacImport')).toBeHidden();
  await expect(app.node('vpc', 'from-tfvars')).toBeVisible();
  await expect(app.node('subnet')).toHaveCount(3);
  await app.settled();
  await shot(page, 'terraform-variables-diagram');
  expect(app.consoleErrors).toEqual([]);
});
