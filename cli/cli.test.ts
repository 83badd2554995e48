/**
 * The CLI as users run it: `bin/vpc-town.mjs` in a child process, on the fixtures in cli/fixtures
 * and on every example design in examples/. In-process tests of runCli cover the option parsing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/validation/index.ts';
import { runCli, type CliIo } from './cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => `cli/fixtures/${name}`;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/vpc-town.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8'),
  };
  const code = runCli(args, io);
  return { code, stdout, stderr };
}

describe('vpc-town (child process)', () => {
  it('validate: a clean design exits 0 with one line per finding and a summary', () => {
    const r = cli('validate', fixture('two-tier.json'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // AWS's all-outbound default of the three groups is said once (SG-007), not once per group.
    expect(lines.at(-1)).toBe('0 errors, 0 warnings, 2 infos.');
    expect(lines[0]).toMatch(/^INFO SG-007 sg-\d+: 3 security groups \(sg-\d+, sg-\d+, sg-\d+\) allow all outbound/);
    expect(r.stderr).toBe('');
  });

  it('validate --json: an error finding exits 1 and prints a JSON array of findings', () => {
    const r = cli('validate', fixture('broken-subnet.json'), '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings[0]).toMatchObject({
      rule: 'SUB-001',
      severity: 'error',
      variant: 'prefix-out-of-range',
      params: { prefix: 29 },
    });
    expect(findings.some((f) => f.rule === 'SG-001' && f.params.port === 22)).toBe(true);
  });

  it('validate: unreadable or invalid files exit 2 with a clear message on stderr', () => {
    const missing = cli('validate', fixture('nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read cli/fixtures/nope.json: no such file');
    const cut = cli('validate', fixture('truncated.json'));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('not valid JSON');
    const other = cli('validate', fixture('not-a-design.json'));
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('is not a valid VPC Town design');
    expect(other.stdout).toBe('');
  });

  it('reach: prints the forward and return hops and exits 0 when reachable', () => {
    const r = cli(
      'reach',
      fixture('two-tier.json'),
      '--from',
      'internet',
      '--to',
      'i-18',
      '--protocol',
      'tcp',
      '--port',
      '443',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Forward path:');
    expect(r.stdout).toContain('Return path:');
    expect(r.stdout).toContain('ingress rule: allow tcp 443 from 0.0.0.0/0');
    expect(r.stdout.trim().endsWith('Reachable.')).toBe(true);
  });

  it('reach --json: exits 1 with the blocking rule when not reachable', () => {
    const r = cli(
      'reach',
      fixture('broken-subnet.json'),
      '--from',
      'internet',
      '--to',
      'i-18',
      '--protocol',
      'tcp',
      '--port',
      '22',
      '--json',
    );
    expect(r.code).toBe(0);
    const blocked = cli(
      'reach',
      fixture('broken-subnet.json'),
      '--from',
      'i-19',
      '--to',
      'db-20',
      '--protocol',
      'tcp',
      '--port',
      '3306',
      '--json',
    );
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout)).toMatchObject({
      reachable: false,
      code: 'TARGET_PORT_RESTRICTION',
      blockedAt: 'db-20',
    });
  });

  it('reach: bad input exits 2', () => {
    const r = cli(
      'reach',
      fixture('two-tier.json'),
      '--from',
      'i-404',
      '--to',
      'internet',
      '--protocol',
      'tcp',
      '--port',
      '443',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from i-404: there is no resource with that id');
  });

  it('--help prints usage and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vpc-town validate FILE [--json]');
    expect(r.stdout).toContain('vpc-town reach FILE --from X --to Y');
  });
});

describe('runCli (in process)', () => {
  it('rejects bad ports, protocols, endpoint kinds and unknown options with exit 2', () => {
    const base = ['reach', fixture('two-tier.json'), '--from', 'i-19', '--to', 'internet'];
    expect(inProcess(...base, '--protocol', 'tcp', '--port', '99999')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--port must be a whole number'),
    });
    expect(inProcess(...base, '--protocol', 'tcp', '--port', '-1')).toMatchObject({ code: 2 });
    expect(inProcess(...base, '--protocol', 'tcp')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--port is required'),
    });
    expect(inProcess(...base, '--protocol', 'sctp', '--port', '1')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--protocol must be'),
    });
    expect(
      inProcess('reach', fixture('two-tier.json'), '--from', 'vpc-2', '--to', 'internet', '--protocol', 'icmp'),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('is a vpc') });
    expect(inProcess('validate', fixture('two-tier.json'), '--colour')).toMatchObject({ code: 2 });
    expect(inProcess(...base.slice(0, 4), '--to', '10.0.99.1', '--protocol', 'tcp', '--port', '22')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('10.0.99.1 is inside vpc-2 but in none of its subnets'),
    });
    expect(inProcess(...base.slice(0, 4), '--to', '10.0.10.255', '--protocol', 'tcp', '--port', '22')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('reserves'),
    });
    expect(inProcess('validate')).toMatchObject({ code: 2, stderr: expect.stringContaining('exactly one FILE') });
    expect(inProcess('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command') });
  });

  it('icmp needs no port; the NAT path is shown hop by hop', () => {
    const r = inProcess('reach', fixture('two-tier.json'), '--from', 'i-19', '--to', '8.8.8.8', '--protocol', 'icmp');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nat-10 \(public\): source 10\.0\.10\.4 translated to 10\.0\.0\.4/);
  });

  it('no arguments prints usage and exits 2', () => {
    expect(inProcess()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
  });
});

const examples = (() => {
  try {
    return readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
})();

describe.runIf(examples.length > 0)('the example designs', () => {
  it.each(examples)('%s validates (exit 0 or 1, never 2) and gives well-formed JSON', (name) => {
    const r = inProcess('validate', `examples/${name}`, '--json');
    expect(r.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
    expect([0, 1]).toContain(r.code);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(r.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
  });
});

describe('runCli: what the validator fixes of issue #11 print', () => {
  const run = (patch: (design: { resources: Record<string, unknown>[] }) => void, ...args: string[]) => {
    let stdout = '';
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      readFile: (p) => {
        const d = JSON.parse(readFileSync(new URL(`../${p}`, import.meta.url), 'utf8'));
        patch(d);
        return JSON.stringify(d);
      },
    };
    return { code: runCli([args[0]!, fixture('two-tier.json'), ...args.slice(1)], io), stdout };
  };

  it('validate: two NAT gateways with the same Elastic IP are an error (EIP-001), exit 1', () => {
    const r = run((d) => {
      for (const x of d.resources) if (x.kind === 'nat') x.elasticIp = '203.0.113.10';
    }, 'validate');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'ERROR EIP-001 nat-10: nat-10 uses Elastic IP 203.0.113.10, which nat-11 also uses; an Elastic IP belongs to one resource at a time.',
    );
    expect(r.stdout).toContain('ERROR EIP-001 nat-11: ');
  });

  it('reach: the internet gateway is where internet traffic to a private instance stops', () => {
    const r = run(() => {}, 'reach', '--from', 'internet', '--to', 'i-19', '--protocol', 'tcp', '--port', '22');
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      'Not reachable: blocked at igw-9 (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS).',
    );
  });
});
