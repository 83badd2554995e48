/**
 * `vpc-town check` as users run it (the built CLI, in a child process): the starter intents and
 * the design's own, each with its status and the witness of each violation; exit 1 on a violation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, useBuiltCli } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-check-');
const WEB = 'examples/single-public-web.json';

type Json = Record<string, any> & { resources: Record<string, any>[] };
const example = (): Json => JSON.parse(readFileSync(join(root, WEB), 'utf8')) as Json;

function write(name: string, value: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}

/** The example with SSH opened to the internet on the web server's security group. */
function withSsh(): Json {
  const d = example();
  const sg = d.resources.find((r) => r.kind === 'securityGroup' && r.name === 'web-sg')!;
  sg.ingress.push({
    id: 'sgr-ssh',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    cidr: '0.0.0.0/0',
    sourceSg: null,
    description: 'ssh',
  });
  return d;
}

describe('vpc-town check', { timeout: 60_000 }, () => {
  it('an example whose starter intents all hold: exit 0', () => {
    const r = cli('check', WEB);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HOLDS     No admin port (SSH 22, RDP 3389) is open to the internet (starter)');
    expect(r.stdout.trim().endsWith('3 intents: 3 hold, 0 violated, 0 not known, 0 off.')).toBe(true);
  });

  it('a violated starter intent: exit 1, with the witness packet and its hops', () => {
    const r = cli('check', write('ssh.json', withSsh()));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VIOLATED  No admin port (SSH 22, RDP 3389) is open to the internet (starter)');
    expect(r.stdout).toMatch(/internet → web: tcp 22 gets through\n {6}witness: [\d.]+ → [\d.]+ tcp port 22\n {6}1\. /);
    expect(r.stdout).toContain('1 violated');
  });

  it('a design that turned the starter off, and an intent of its own, violated', () => {
    const d = withSsh();
    d.starterIntentsOff = ['starter-no-admin-from-internet'];
    d.intents = [
      {
        id: 'intent-web-https-only',
        name: 'Only HTTPS reaches the web server',
        from: { type: 'internet' },
        to: { type: 'name', pattern: 'web' },
        expect: { type: 'only', ports: [{ protocol: 'tcp', fromPort: 443, toPort: 443 }] },
        enabled: true,
      },
    ];
    const r = cli('check', write('own.json', d));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('OFF       No admin port');
    expect(r.stdout).toContain('VIOLATED  Only HTTPS reaches the web server\n');
    expect(r.stdout).toContain('internet → web: tcp 22,80 gets through');
    const j = JSON.parse(cli('check', write('own.json', d), '--json').stdout) as any[];
    expect(j.map((x) => [x.id, x.status])).toEqual([
      ['starter-no-db-from-internet', 'holds'],
      ['starter-no-admin-from-internet', 'off'],
      ['starter-private-no-inbound', 'holds'],
      ['intent-web-https-only', 'violated'],
    ]);
    expect(j[3].violations[0].witness.packet).toMatchObject({ protocol: 'tcp', port: 22 });
  });

  it('bad input: exit 2, with the reason', () => {
    const r = cli('check', 'cli/fixtures/not-a-design.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a VPC Town design');
    expect(cli('check').code).toBe(2);
    const bad = example();
    bad.intents = [
      {
        id: 'x',
        name: 'x',
        from: { type: 'galaxy' },
        to: { type: 'internet' },
        expect: { type: 'never' },
        enabled: true,
      },
    ];
    const b = cli('check', write('bad.json', bad));
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('intents[0].from');
  });
});
