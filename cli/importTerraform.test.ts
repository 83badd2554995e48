/**
 * `vpc-town import terraform` and Terraform given to `validate` and `reach`, as a team's CI runs
 * them: the built CLI in a child process, on the corpus (src/io/terraform/fixtures) and a folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesignJson } from '../src/io/json/read.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'vt-cli-tf-'));
const FIX = 'src/io/terraform/fixtures';

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/vpc-town.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vpc-town import terraform', { timeout: 60_000 }, () => {
  it('imports a .tf file to -o (exit 0: no warnings), the design laid out', () => {
    const out = join(tmp, 'peering.json');
    const r = cli('import', 'terraform', `${FIX}/tf-vpc-peering-fixture.tf`, '-o', out, '--name', 'Peering');
    expect(r.stderr).toContain('Terraform configuration (HCL)');
    expect(r.stderr).toContain('variable azs');
    expect(r.stderr).toContain('Imported.');
    expect(r.code).toBe(0);
    const parsed = parseDesignJson(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design.name).toBe('Peering');
    expect(parsed.design.resources.filter((x) => x.kind === 'subnet')).toHaveLength(6);
  });

  it('a folder’s terraform.tfvars and *.auto.tfvars are read as Terraform reads them; --var-file after them; --var wins', () => {
    const dir = join(tmp, 'vars');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'main.tf'),
      'variable "a" {}\nvariable "b" {}\nvariable "c" {}\nvariable "d" {}\n' +
        'resource "aws_vpc" "a" { cidr_block = var.a }\nresource "aws_vpc" "b" { cidr_block = var.b }\n' +
        'resource "aws_vpc" "c" { cidr_block = var.c }\nresource "aws_vpc" "d" { cidr_block = var.d }\n',
    );
    writeFileSync(
      join(dir, 'terraform.tfvars'),
      'a = "10.1.0.0/16"\nb = "10.1.0.0/16"\nc = "10.1.0.0/16"\nd = "10.1.0.0/16"\n',
    );
    writeFileSync(join(dir, 'x.auto.tfvars.json'), '{"b": "10.2.0.0/16", "c": "10.2.0.0/16", "d": "10.2.0.0/16"}');
    writeFileSync(join(dir, 'prod.tfvars'), 'c = "10.9.0.0/16"\n'); // not loaded by itself
    const extra = join(tmp, 'extra.tfvars');
    writeFileSync(extra, 'c = "10.3.0.0/16"\nd = "10.3.0.0/16"\n');
    const r = cli('import', 'terraform', dir, '--var-file', extra, '--var', 'd=10.4.0.0/16');
    expect(r.code).toBe(0);
    const parsed = parseDesignJson(r.stdout);
    if (!parsed.ok) throw new Error(r.stderr);
    const cidr = (n: string) => {
      const v = parsed.design.resources.find((x) => x.id === `vpc-aws_vpc.${n}`);
      return v?.kind === 'vpc' ? v.cidrBlocks : null;
    };
    expect([cidr('a'), cidr('b'), cidr('c'), cidr('d')]).toEqual([
      ['10.1.0.0/16'],
      ['10.2.0.0/16'],
      ['10.3.0.0/16'],
      ['10.4.0.0/16'],
    ]);
    expect(r.stderr).toContain(`variable c = "10.3.0.0/16" (from ${extra})`);
    expect(r.stderr).toContain('variable d = "10.4.0.0/16" (given)');
    expect(cli('import', 'terraform', dir, '--var-file', join(tmp, 'none.tfvars')).stderr).toContain(
      'cannot read the --var-file',
    );
  });

  it('a folder is one configuration; --var wins over a default', () => {
    const dir = join(tmp, 'net');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_vpc" "main" { cidr_block = var.cidr }\n');
    writeFileSync(join(dir, 'variables.tf'), 'variable "cidr" { default = "10.0.0.0/16" }\n');
    writeFileSync(join(dir, 'notes.txt'), 'not read');
    const r = cli('import', 'terraform', dir, '--var', 'cidr=10.8.0.0/16');
    expect(r.code).toBe(0);
    const parsed = parseDesignJson(r.stdout);
    expect(parsed.ok && parsed.design.resources.find((x) => x.kind === 'vpc')).toMatchObject({
      cidrBlocks: ['10.8.0.0/16'],
    });
  });

  it('imports a plan with warnings (exit 1); refuses a module-only configuration (exit 2), naming the module', () => {
    const plan = cli('import', 'terraform', `${FIX}/tfplan-checkov-foreach-modules.json`);
    expect(plan.stderr).toContain('terraform show -json of a plan');
    expect(plan.code).toBe(1);
    const refused = cli('import', 'terraform', `${FIX}/tf-aws-vpc-example-simple.tf`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('module vpc (../../): not expanded');
    expect(refused.stderr).toContain('Refused: nothing was imported.');
  });

  it('a syntax error names the line; a bad --var is a usage error', () => {
    const bad = join(tmp, 'bad.tf');
    writeFileSync(bad, 'resource "aws_vpc" "x" {\n  cidr_block = \n}\n');
    const r = cli('import', 'terraform', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.tf:2:\d+: .*not valid HCL/);
    const u = cli('import', 'terraform', bad, '--var', 'novalue');
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('--var takes NAME=VALUE');
  });

  it('validate and reach take Terraform directly', () => {
    const v = cli('validate', `${FIX}/tf-provider-aws-eks-getting-started-vpc.tf`);
    expect(v.stderr).toMatch(/^import: read .*Terraform configuration/m);
    expect(v.stdout).toMatch(/(\d+ errors?, \d+ warnings?, \d+ infos?\.|No findings\.)/);
    expect([0, 1]).toContain(v.code);
    const r = cli(
      'reach',
      `${FIX}/tf-vpc-peering-fixture.tf`,
      '--from',
      'internet',
      '--to',
      'this_vpc',
      '--protocol',
      'tcp',
      '--port',
      '22',
    );
    expect(r.stderr).toContain('import: Imported.');
  });
});
