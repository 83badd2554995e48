/**
 * `vpc-town import aws` and AWS describe output given to `validate`, `reach` and `flows`, as a
 * team's CI runs them: the built CLI in a child process, on the hand-written estate
 * (src/io/aws/fixtures/estate, a us-west-2 folder of describe-* results) and the public corpus files.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../src/model/types.ts';
import { cli, root, useBuiltCli, design } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-aws-');
const ESTATE = 'src/io/aws/fixtures/estate';
const VPCS = 'src/io/aws/fixtures/cloudmapper-demo-describe-vpcs.json';
const SUBNETS = 'src/io/aws/fixtures/cloudmapper-demo-describe-subnets.json';

type Box = Resource & { size?: { width: number; height: number } };

describe('vpc-town import aws', { timeout: 60_000 }, () => {
  it('imports a folder of describe output to a design on stdout, laid out nested, the report on stderr', () => {
    const r = cli('import', 'aws', ESTATE);
    expect(r.stderr).toContain('us-west-2/vpcs.json');
    const d = design(r.stdout);
    expect(r.code).toBe(1); // the estate has warnings by design (a missing peer group, a free Elastic IP...)
    const byId = new Map(d.resources.map((x) => [x.id, x as Box]));
    expect(byId.get('i-web')?.kind).toBe('instance');
    expect(byId.get('vpc-0a1')?.kind).toBe('vpc');
    // Nested as the app lays out an import: every child sits inside its container's box.
    let checked = 0;
    for (const child of d.resources as Box[]) {
      const parent = child.parent ? byId.get(child.parent) : undefined;
      if (!parent?.size) continue;
      const w = child.size?.width ?? 1;
      const h = child.size?.height ?? 1;
      expect(child.position.x, `${child.id} in ${parent.id}`).toBeGreaterThanOrEqual(0);
      expect(child.position.y, `${child.id} in ${parent.id}`).toBeGreaterThanOrEqual(0);
      expect(child.position.x + w, `${child.id} in ${parent.id}`).toBeLessThanOrEqual(parent.size.width);
      expect(child.position.y + h, `${child.id} in ${parent.id}`).toBeLessThanOrEqual(parent.size.height);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('-o writes the file (and says so), --name names the design; the file validates', () => {
    const out = join(tmp, 'estate.json');
    const r = cli('import', 'aws', ESTATE, '-o', out, '--name', 'Prod west');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out}`);
    const d = design(readFileSync(out, 'utf8'));
    expect(d.name).toBe('Prod west');
    const v = cli('validate', out);
    expect([0, 1]).toContain(v.code);
    expect(v.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ infos?\.|No findings\./);
  });

  it('exit 0 for a clean import of several files', () => {
    const r = cli('import', 'aws', VPCS, SUBNETS);
    expect(r.code, r.stderr).toBe(0);
    const d = design(r.stdout);
    expect(d.resources.filter((x) => x.kind === 'vpc').length).toBeGreaterThan(0);
    expect(d.resources.filter((x) => x.kind === 'subnet').length).toBeGreaterThan(0);
  });

  it('refuses what is not describe output (exit 2, nothing on stdout), and a bad command line', () => {
    const cfn = cli('import', 'aws', '../shared/corpus/awslabs-vpc-single-subnet.json');
    expect(cfn.code).toBe(2);
    expect(cfn.stdout).toBe('');
    expect(cfn.stderr.length).toBeGreaterThan(0);
    const broken = join(tmp, 'cut.json');
    writeFileSync(broken, readFileSync(join(root, VPCS), 'utf8').slice(0, 200));
    const cut = cli('import', 'aws', broken);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/cut\.json/);
    expect(cli('import', 'aws')).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one PATH') });
    expect(cli('import', 'cloudformation', VPCS)).toMatchObject({ code: 2 });
    expect(cli('import', 'aws', join(tmp, 'missing.json'))).toMatchObject({ code: 2 });
  });
});

describe('validate, reach and flows read describe output', { timeout: 60_000 }, () => {
  it('validate FOLDER imports first (the report prefixed "import:"), then prints findings', () => {
    const r = cli('validate', ESTATE);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toMatch(/^import: /m);
    expect(r.stdout).toMatch(/errors?, \d+ warnings?/);
  });

  it('reach FOLDER answers by AWS semantics: web takes 443 from the internet, app does not', () => {
    const web = cli('reach', ESTATE, '--from', 'internet', '--to', 'i-web', '--protocol', 'tcp', '--port', '443');
    expect(web.code, web.stdout).toBe(0);
    expect(web.stdout).toContain('Reachable');
    const app = cli('reach', ESTATE, '--from', 'internet', '--to', 'i-app', '--protocol', 'tcp', '--port', '8080');
    expect(app.code).toBe(1);
  });

  it('reach FOLDER --queries answers a batch against the imported estate', () => {
    const q = join(tmp, 'q.json');
    writeFileSync(
      q,
      JSON.stringify([
        { from: 'internet', to: 'i-web', protocol: 'tcp', port: 443 },
        { from: 'internet', to: 'i-web', protocol: 50, srcIp: '192.0.2.7' },
        { from: 'internet', to: 'i-app', protocol: 'tcp', port: 8080 },
      ]),
    );
    const r = cli('reach', ESTATE, '--queries', q, '--json');
    expect(r.code).toBe(1);
    const answers = JSON.parse(r.stdout) as { outcome: string }[];
    expect(answers.map((a) => a.outcome)).toEqual(['delivered', 'delivered', 'blocked']);
  });

  it('flows FOLDER: an import draws no flows', () => {
    const r = cli('flows', ESTATE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No flows drawn.');
  });
});
