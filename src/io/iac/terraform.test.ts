import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { generateDesign } from '../../testing/generate.ts';
import { kindDesigns } from '../../validation/testing/builder.ts';
import { parseDesignJson } from '../json/read.ts';
import { quote } from './hcl.ts';
import { toTerraform } from './index.ts';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const EXAMPLES = readdirSync(examples).filter((f) => f.endsWith('.json'));
const open = (f: string): Design => {
  const r = parseDesignJson(readFileSync(examples + f, 'utf8'));
  if (!r.ok) throw new Error(f);
  return r.design;
};

/**
 * `terraform fmt`'s layout, checked without the binary: two-space indents that match the braces,
 * one blank line at most, no trailing spaces, and in each run of attribute lines the `=` signs in
 * one column, one space after the longest name.
 */
function fmtProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (!text.endsWith('\n') || text.endsWith('\n\n')) problems.push('the file must end with exactly one newline');
  let depth = 0;
  let run: { line: number; eq: number; name: number }[] = [];
  const flush = () => {
    if (run.length && new Set(run.map((r) => r.eq)).size > 1) problems.push(`= not aligned at line ${run[0]!.line}`);
    if (run.length && run.every((r) => r.eq > Math.max(...run.map((x) => x.name)) + 1))
      problems.push(`= too far right at line ${run[0]!.line}`);
    run = [];
  };
  lines.forEach((line, i) => {
    if (/\s$/.test(line)) problems.push(`trailing space at line ${i + 1}`);
    if (line === '' && lines[i - 1] === '' && i < lines.length - 1) problems.push(`two blank lines at line ${i + 1}`);
    const trimmed = line.trim();
    if (trimmed.startsWith('}')) depth--;
    if (trimmed && !line.startsWith('  '.repeat(depth))) problems.push(`indent at line ${i + 1}`);
    if (trimmed && line.length - line.trimStart().length !== 2 * depth && !trimmed.startsWith('#'))
      problems.push(`indent at line ${i + 1}`);
    const attr = /^(\s*)([A-Za-z_][A-Za-z0-9_-]*)(\s*)= /.exec(line);
    if (attr && !trimmed.endsWith('{'))
      run.push({ line: i + 1, eq: line.indexOf('='), name: attr[1]!.length + attr[2]!.length });
    else flush();
    if (trimmed.endsWith('{')) depth++;
  });
  flush();
  if (depth !== 0) problems.push('braces do not balance');
  return problems;
}

describe('toTerraform', () => {
  for (const f of EXAMPLES)
    it(`examples/${f}: main.tf and variables.tf laid out as terraform fmt writes them`, () => {
      const out = toTerraform(open(f));
      expect(out.files.map((x) => x.name)).toEqual(['main.tf', 'variables.tf']);
      for (const file of out.files) expect(fmtProblems(file.text), file.name).toEqual([]);
    });

  it('the layout check catches what terraform fmt would change', () => {
    expect(fmtProblems('resource "a" "b" {\n  x = 1\n  long = 2\n}\n')).not.toEqual([]);
    expect(fmtProblems('resource "a" "b" {\n x = 1\n}\n')).not.toEqual([]);
    expect(fmtProblems('resource "a" "b" {\n  x    = 1\n}\n')).not.toEqual([]);
    expect(fmtProblems('resource "a" "b" {\n  x  = 1\n  yy = 2\n}\n')).toEqual([]);
  });

  it('a resource per subnet, references instead of ids, and exactly the drawn security group rules', () => {
    const design = open('three-tier-alb.json');
    const out = toTerraform(design);
    const main = out.files[0]!.text;
    const subnets = design.resources.filter((r) => r.kind === 'subnet');
    expect(main.match(/^resource "aws_subnet" /gm)).toHaveLength(subnets.length);
    for (const r of design.resources) expect(main).not.toContain(r.id);
    expect(main).toContain('vpc_id            = aws_vpc.three_tier.id');
    // db-sg has no egress rule in the design: Terraform writes none (it removes EC2's default).
    expect(main).not.toMatch(/aws_vpc_security_group_egress_rule" "db_sg/);
    expect(main).toMatch(
      /aws_vpc_security_group_egress_rule" "alb_sg_1"[^}]*referenced_security_group_id = aws_security_group\.app_sg\.id/s,
    );
  });

  it('the main route table, the default ACL and the default group are adopted where they differ from AWS', () => {
    const design = open('single-public-web.json');
    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const igw = design.resources.find((r) => r.kind === 'igw')!;
    const resources = design.resources.map((r) => {
      if (r.kind === 'routeTable' && r.main)
        return { ...r, routes: [...r.routes, { id: 'r-x', destination: '0.0.0.0/0', target: igw.id }] };
      if (r.kind === 'nacl' && r.isDefault)
        return { ...r, rules: r.rules.map((x) => (x.direction === 'inbound' ? { ...x, action: 'deny' as const } : x)) };
      return r;
    });
    const sg = {
      kind: 'securityGroup' as const,
      id: 'sg-default',
      name: 'default',
      parent: vpc.id,
      position: { x: 0, y: 0 },
      description: 'default VPC security group',
      isDefault: true,
      ingress: [],
      egress: [],
    };
    const main = toTerraform({ ...design, resources: [...resources, sg] }).files[0]!.text;
    expect(main).toMatch(
      /resource "aws_default_route_table" "main" \{\n {2}default_route_table_id = aws_vpc\.website\.default_route_table_id/,
    );
    expect(main).toMatch(
      /route \{\n {4}cidr_block = "0\.0\.0\.0\/0"\n {4}gateway_id = aws_internet_gateway\.igw\.id\n {2}\}/,
    );
    expect(main).not.toContain('resource "aws_route" "main_');
    expect(main).toMatch(
      /resource "aws_default_network_acl" "default_nacl"[^]*ingress \{\n {4}rule_no {4}= 100\n {4}action {5}= "deny"/,
    );
    expect(main).toMatch(
      /resource "aws_default_security_group" "default" \{\n {2}vpc_id = aws_vpc\.website\.id\n {2}tags {3}= \{ Name = "default" \}/,
    );
  });

  it('instances, load balancers and databases take what the design does not hold as variables; the password is sensitive', () => {
    const out = toTerraform(open('two-az-web-db.json'));
    const vars = out.files[1]!.text;
    expect(vars).toMatch(/variable "image_id" \{\n {2}description = "[^"]+"\n {2}type {8}= string\n\}/);
    expect(vars).toMatch(/variable "postgres_password" \{[^}]*sensitive {3}= true/);
    expect(vars).toMatch(/variable "web_a_instance_type" \{[^}]*default {5}= "t3.small"/);
    expect(out.variables.filter((v) => v.default === null).map((v) => v.name)).toEqual([
      'image_id',
      'postgres_instance_class',
      'postgres_username',
      'postgres_password',
    ]);
    expect(out.notes.map((n) => n.code)).toContain('parameters');
  });

  it('quotes any name so that HCL reads it back as written, never as a template', () => {
    expect(quote('a "b" \\ ${x} %{y}\n')).toBe('"a \\"b\\" \\\\ $${x} %%{y}\\n"');
  });

  let terraform: string | null = null;
  try {
    terraform = execFileSync('which', ['terraform'], { encoding: 'utf8' }).trim() || null;
  } catch {
    terraform = null;
  }
  // The binary is optional on a developer's machine: without it the layout check above stands alone.
  it.skipIf(!terraform)(
    'terraform fmt -check accepts every example, one design of every kind and generated designs (skipped: no terraform binary on this machine)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'vpc-town-tf-'));
      try {
        for (const f of EXAMPLES)
          for (const file of toTerraform(open(f)).files) writeFileSync(join(dir, `${f}.${file.name}`), file.text);
        // Every kind (one design each) and generated designs with the issue #14 kinds mixed in.
        for (const { kind, design } of kindDesigns())
          for (const file of toTerraform(design).files) writeFileSync(join(dir, `${kind}.${file.name}`), file.text);
        for (const seed of [1, 2])
          for (const file of toTerraform(generateDesign({ resources: 300, seed })).files)
            writeFileSync(join(dir, `generated-${seed}.${file.name}`), file.text);
        execFileSync(terraform!, ['fmt', '-check', '-list=true', dir], { encoding: 'utf8', stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
