/**
 * `vpc-town export cfn|terraform`, as a team's CI runs it: the built CLI in a child process. The
 * template it writes is read back by `vpc-town import cfn` (with the parameters a deployer gives).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, design, useBuiltCli } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-export-');
const EXAMPLE = 'examples/two-az-web-db.json';

describe('vpc-town export', { timeout: 60_000 }, () => {
  it('export cfn prints the template; the notes go to stderr; import cfn reads it back', () => {
    const r = cli('export', 'cfn', EXAMPLE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^AWSTemplateFormatVersion: '2010-09-09'$/m);
    expect(r.stdout.match(/Type: AWS::EC2::Subnet$/gm)).toHaveLength(4);
    expect(r.stderr).toContain('note: Deploying asks for PostgresDatabaseInstanceClass');
    const out = join(tmp, 'web-db.yaml');
    expect(cli('export', 'cfn', EXAMPLE, '-o', out).stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    const back = cli(
      'import',
      'cfn',
      out,
      '--param',
      'PostgresDatabaseInstanceClass=db.t4g.micro',
      '--param',
      'PostgresDatabaseMasterUsername=app',
      '--param',
      'PostgresDatabaseMasterPassword=correct-horse',
    );
    expect(back.code, back.stderr).toBe(0);
    const d = design(back.stdout);
    expect(
      d.resources
        .filter((x) => x.kind === 'subnet')
        .map((x) => x.name)
        .sort(),
    ).toEqual(['db-a', 'db-b', 'public-a', 'public-b']);
  });

  it('export terraform -o dir/ writes main.tf and variables.tf; -o FILE one file; no -o, stdout', () => {
    const dir = join(tmp, 'tf', 'net/');
    const r = cli('export', 'terraform', EXAMPLE, '-o', dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['main.tf', 'variables.tf']);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toMatch(/^resource "aws_subnet" "public_a" \{$/m);
    expect(readFileSync(join(dir, 'variables.tf'), 'utf8')).toMatch(/^variable "postgres_password" \{$/m);
    const one = join(tmp, 'all.tf');
    expect(cli('export', 'terraform', EXAMPLE, '-o', one).code).toBe(0);
    const text = readFileSync(one, 'utf8');
    expect(text).toContain('resource "aws_vpc" "web_db"');
    expect(text).toContain('variable "region"');
    expect(cli('export', 'terraform', EXAMPLE).stdout).toBe(text);
  });

  it('exports what validate reads: a template is imported first', () => {
    const r = cli('export', 'terraform', 'src/io/cfn/fixtures/awslabs-vpc-managed-nat.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/resource "aws_nat_gateway" /);
  });

  it('refuses a wrong language, a missing file and a broken design (exit 2, nothing on stdout)', () => {
    for (const args of [
      ['export', 'pulumi', EXAMPLE],
      ['export', 'cfn', 'no-such.json'],
      ['export', 'cfn'],
      ['export', 'cfn', 'package.json'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^vpc-town: /);
    }
  });

  it('--help describes export', () => {
    expect(cli('--help').stdout).toContain('vpc-town export cfn|terraform FILE [-o OUT]');
  });
});
