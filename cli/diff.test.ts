/**
 * `vpc-town diff A B` as users run it (the built CLI, in a child process): equal designs exit 0,
 * a change prints the traffic it adds or removes with a witness path and exits 1 (JSON too),
 * endpoints are matched by name when ids differ, and bad input exits 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, useBuiltCli } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-diff-');
const DESIGN = 'examples/two-az-web-db.json';

type Json = { resources: Record<string, unknown>[] };
const example = (): Json => JSON.parse(readFileSync(join(root, DESIGN), 'utf8')) as Json;
function write(name: string, value: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

/** The example with SSH from anywhere opened on the web group. */
function withSsh(): Json {
  const d = example();
  const sg = d.resources.find((r) => r.kind === 'securityGroup' && r.name === 'web-sg')!;
  sg.ingress = [
    ...(sg.ingress as unknown[]),
    { id: 'sgr-ssh', protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', sourceSg: null, description: 'ssh' },
  ];
  return d;
}

describe('vpc-town diff', { timeout: 60_000 }, () => {
  it('exits 0 and says so when both allow the same traffic', () => {
    const r = cli('diff', DESIGN, DESIGN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4 endpoints in both (4 by id, 0 by name).');
    expect(r.stdout).toContain('No differences: A and B allow the same traffic.');
  });

  it('prints what B adds, with a packet and its path, and exits 1; the reverse is a removal', () => {
    const b = write('ssh.json', withSsh());
    const r = cli('diff', DESIGN, b);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('+ internet → web-a: tcp 22 (B allows, A does not)');
    expect(r.stdout).toContain(
      'e.g. tcp 22 from 203.0.113.1 to 198.51.100.10: igw → default NACL → web-sg → web-a (delivered)',
    );
    expect(r.stdout).toContain('+ web-a → web-b: tcp 22');
    expect(r.stdout).not.toContain('postgres: tcp 22');
    expect(r.stdout).toContain('4 pairs of endpoints differ.');
    const back = cli('diff', b, DESIGN);
    expect(back.code).toBe(1);
    expect(back.stdout).toContain('- internet → web-a: tcp 22 (A allows, B does not)');
  });

  it('--json gives the cells, the sets and each witness hop by hop', () => {
    const b = write('ssh2.json', withSsh());
    const r = cli('diff', DESIGN, b, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.equal).toBe(false);
    const cell = j.cells.find((c: { from: string; to: string }) => c.from === 'internet' && c.to === 'web-a');
    expect(cell).toMatchObject({ added: 'tcp 22', removed: 'none' });
    expect(cell.addedSet).toEqual({ rest: false, entries: [[6, [22, 22]]] });
    expect(cell.addedWitness.packet).toEqual({
      source: '203.0.113.1',
      destination: '198.51.100.10',
      protocol: 'tcp',
      port: 22,
    });
    expect(cell.addedWitness.outcome).toBe('delivered');
    expect(cell.addedWitness.hops.at(-1)).toMatchObject({ direction: 'return', verdict: 'pass' });
  });

  it('matches endpoints by name when the ids differ (an import against the design), and lists the unmatched', () => {
    const d = example();
    const web = d.resources.find((r) => r.name === 'web-a')!;
    const oldId = web.id as string;
    const renamed = JSON.parse(JSON.stringify(d).replaceAll(`"${oldId}"`, '"i-0fresh"')) as Json;
    const gone = example();
    gone.resources = gone.resources.filter((r) => r.name !== 'web-b');
    const r = cli('diff', DESIGN, write('renamed.json', renamed));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4 endpoints in both (3 by id, 1 by name).');
    const g = cli('diff', DESIGN, write('gone.json', gone));
    expect(g.code).toBe(1);
    expect(g.stdout).toContain('Only in A: web-b');
  });

  it('exits 2 on bad input: one design, a missing file, an invalid design', () => {
    expect(cli('diff', DESIGN).code).toBe(2);
    const missing = cli('diff', DESIGN, join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const bad = cli('diff', write('bad.json', '{"format":"vpc-town"'), DESIGN);
    expect(bad.code).toBe(2);
  });
});
