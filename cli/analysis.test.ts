/**
 * The analysis commands as users run them (the built CLI, in a child process): `reach` with
 * protocol numbers, the client's address and port, `reach --queries` batches, and `flows`.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, useBuiltCli } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-analysis-');
const WEB = 'examples/single-public-web.json';

function write(name: string, value: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

type Json = Record<string, unknown> & { resources: Record<string, unknown>[]; flows: Record<string, unknown>[] };
const example = (): Json => JSON.parse(readFileSync(join(root, WEB), 'utf8')) as Json;

describe('vpc-town reach: protocols, the client', { timeout: 60_000 }, () => {
  it('--protocol takes an IP protocol number, named in the output', () => {
    const r = cli('reach', WEB, '--from', 'internet', '--to', 'web', '--protocol', '50');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('internet → web (protocol 50 (ESP))');
    expect(r.stdout).toContain('no ingress rule allows protocol 50 (ESP)');
    const j = JSON.parse(cli('reach', WEB, '--from', 'internet', '--to', 'web', '--protocol', '50', '--json').stdout);
    expect(j).toMatchObject({ reachable: false, outcome: 'blocked', code: 'ENI_SG_RULES_MISMATCH' });
  });

  it('6, 17, 1 and -1 are tcp, udp, icmp and all; other values are refused', () => {
    const six = cli('reach', WEB, '--from', 'internet', '--to', 'web', '--protocol', '6', '--port', '443');
    expect(six.code).toBe(0);
    expect(six.stdout).toContain('(tcp 443)');
    expect(six.stdout.trim().endsWith('Reachable.')).toBe(true);
    expect(cli('reach', WEB, '--from', 'internet', '--to', 'web', '--protocol=-1').stdout).toContain('(all traffic)');
    for (const p of ['256', 'esp', '4.5']) {
      const bad = cli('reach', WEB, '--from', 'internet', '--to', 'web', '--protocol', p);
      expect(bad.code, p).toBe(2);
      expect(bad.stderr).toContain('--protocol must be tcp, udp, icmp, all, or an IP protocol number from 0 to 255');
    }
  });

  it("--src-ip is the internet client's address, matched against the rules' CIDRs", () => {
    const d = example();
    const sg = d.resources.find((r) => r.id === 'sg-01715b22')!;
    sg.ingress = [{ ...(sg.ingress as object[])[0], cidr: '198.51.100.0/24' }];
    const file = write('office-only.json', d);
    const args = ['reach', file, '--from', 'internet', '--to', 'web', '--protocol', 'tcp', '--port', '443'];
    const office = cli(...args, '--src-ip', '198.51.100.7');
    expect(office.code).toBe(0);
    expect(office.stdout).toContain('from internet host 198.51.100.7');
    const elsewhere = cli(...args, '--src-ip', '192.0.2.7');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('no ingress rule allows tcp 443 from 192.0.2.7');
    const wrong = cli(
      'reach',
      file,
      '--from',
      'web',
      '--to',
      'internet',
      '--protocol',
      'tcp',
      '--port',
      '443',
      '--src-ip',
      '1.2.3.4',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('use it with --from internet');
    expect(cli(...args, '--src-ip', '10.0.0.9').code).toBe(2);
  });

  it('--src-port is the port the replies must be let back to', () => {
    const d = example();
    const acl = d.resources.find((r) => r.id === 'acl-01345771')!;
    acl.rules = [
      {
        id: 'n-1',
        number: 100,
        direction: 'inbound',
        action: 'allow',
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        cidr: '0.0.0.0/0',
      },
      {
        id: 'n-2',
        number: 100,
        direction: 'outbound',
        action: 'allow',
        protocol: 'tcp',
        fromPort: 50000,
        toPort: 50010,
        cidr: '0.0.0.0/0',
      },
    ];
    const file = write('narrow-acl.json', d);
    const args = ['reach', file, '--from', 'internet', '--to', 'web', '--protocol', 'tcp', '--port', '443'];
    expect(cli(...args).code).toBe(1);
    expect(cli(...args, '--src-port', '50005').code).toBe(0);
    expect(cli(...args, '--src-port', '99999').code).toBe(2);
  });
});

describe('vpc-town reach --queries', { timeout: 60_000 }, () => {
  it('answers every query in order, as JSON, with an error answer in place of a bad entry (exit 2)', () => {
    const q = write('q.json', [
      { from: 'internet', to: 'web', protocol: 'tcp', port: 443 },
      { from: 'internet', to: 'web', protocol: 'tcp', port: 22 },
      { from: 'internet', to: 'nowhere', protocol: 'tcp', port: 22 },
      { from: 'web', to: 'internet', protocol: 'tcp', port: 443 },
      { from: 'internet', to: 'web', protocol: 'tcp', prot: 1 },
      { from: 'internet', to: 'web', protocol: 50, srcIp: '198.51.100.7' },
    ]);
    const r = cli('reach', WEB, '--queries', q, '--json');
    expect(r.code).toBe(2);
    const answers = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(answers.map((a) => a.outcome ?? `error@${a.index}`)).toEqual([
      'delivered',
      'blocked',
      'error@2',
      'exits',
      'error@4',
      'blocked',
    ]);
    expect(answers[1]).toMatchObject({ reachable: false, blockedAt: 'sg-01715b22', code: 'ENI_SG_RULES_MISMATCH' });
    expect(answers[3]).toMatchObject({ reachable: true, exit: { at: 'igw-02ff4cd0', towards: 'internet' } });
    for (const a of answers.filter((x) => !('error' in x))) expect(Array.isArray(a.hops)).toBe(true);
    expect(answers[2]!.error).toBe('"to" nowhere: there is no resource with that id or name in the design');
    expect(answers[4]!.error).toBe('unknown field "prot"');
  });

  it('exit 0 when every query gets through, 1 when some does not; one readable block per query', () => {
    const ok = write('ok.json', [
      { from: 'internet', to: 'web', protocol: 'tcp', port: 443 },
      { from: 'internet', to: 'web', protocol: 'tcp', port: 80, srcPort: 40000 },
    ]);
    const r = cli('reach', WEB, '--queries', ok);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Query 1: internet → web \(tcp 443\)\n/);
    expect(r.stdout).toContain('\nQuery 2: internet → web (tcp 80)\n');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('2 queries: 2 reachable, 0 not, 0 bad.');
    const some = write('some.json', [
      { from: 'internet', to: 'web', protocol: 'tcp', port: 443 },
      { from: 'internet', to: 'web', protocol: 'icmp' },
    ]);
    expect(cli('reach', WEB, '--queries', some).code).toBe(1);
  });

  it('refuses a queries file that is not a JSON array, and single-query options beside it', () => {
    expect(cli('reach', WEB, '--queries', write('obj.json', { from: 'internet' })).stderr).toContain(
      'must be a JSON array of queries',
    );
    const broken = cli('reach', WEB, '--queries', write('broken.json', '[{"from": '));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not JSON');
    const mixed = cli('reach', WEB, '--queries', write('e.json', []), '--from', 'internet');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('leave out --from');
  });
});

describe('vpc-town flows', { timeout: 60_000 }, () => {
  it('exit 0 when every drawn flow behaves as drawn (a flow drawn as blocked is blocked)', () => {
    const r = cli('flows', WEB);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'OK   internet → web (tcp 443) "Visitors reach the web server over HTTPS": drawn to get through, delivered\n' +
        'OK   internet → web (tcp 22) "SSH from the internet (expected blocked)": drawn as blocked, blocked at web-sg (ENI_SG_RULES_MISMATCH)\n' +
        '2 flows: 2 as drawn, 0 not.\n',
    );
  });

  it('exit 1 when a flow does not, with --json per flow', () => {
    const d = example();
    delete d.flows[1]!.expect;
    const file = write('flows.json', d);
    const r = cli('flows', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL internet → web (tcp 22)');
    const j = JSON.parse(cli('flows', file, '--json').stdout) as {
      ok: boolean;
      expect: string;
      answer: { outcome: string };
    }[];
    expect(j.map((x) => [x.expect, x.ok, x.answer.outcome])).toEqual([
      ['reachable', true, 'delivered'],
      ['reachable', false, 'blocked'],
    ]);
    expect(cli('flows').code).toBe(2);
  });
});
