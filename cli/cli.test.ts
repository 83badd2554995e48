/**
 * The CLI as users run it: `bin/vpc-town.mjs` (the build in dist-cli/, rebuilt first when stale) in a
 * child process, on the fixtures in cli/fixtures and on every example design in examples/.
 * In-process tests of runCli cover the logic (option parsing, names, escaping).
 */

import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/validation/index.ts';
import { runCli, type CliIo } from './cli.ts';
import { readDesignFile } from './file.ts';
import { cli, root, useBuiltCli } from './testing/cli.ts';

const fixture = (name: string) => `cli/fixtures/${name}`;
const { tmp } = useBuiltCli('vt-cli-');

async function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readDesignFile(resolve(root, p)),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** Any character a terminal would act on, other than the newlines between lines. */
// oxlint-disable-next-line no-control-regex -- looking for raw control characters is the test
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ESC = '\u001b';

/** two-tier.json with hostile names: it retitles the terminal, clears it, forges a log line, reorders text. */
function hostileDesign(): string {
  const design = JSON.parse(readFileSync(join(root, fixture('two-tier.json')), 'utf8')) as {
    resources: { id: string; name: string; zone?: string }[];
  };
  const rename: Record<string, string> = {
    'sg-15': `web${ESC}]0;pwned\u0007${ESC}[2J${ESC}[1A\r\n0 errors, 0 warnings, 0 infos.`,
    'vpc-2': `prod\u009b2J\u007f`,
    'i-18': `admin\u202e\u2066gnp.exe\u2069`,
  };
  for (const r of design.resources) {
    if (rename[r.id]) r.name = rename[r.id]!;
    // A zone is free text that the findings (and so the JSON) quote.
    if (r.id === 'az-3') r.zone = 'us-east-1a\u009b2J\u202e';
  }
  const p = join(tmp, 'hostile.json');
  writeFileSync(p, JSON.stringify(design));
  return p;
}

describe('vpc-town (child process)', { timeout: 60_000 }, () => {
  it('validate: a clean design exits 0 with one line per finding and a summary', async () => {
    const r = cli('validate', fixture('two-tier.json'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // AWS's all-outbound default of the three groups is said once (SG-007), not once per group, and
    // resources are named as the app shows them (the fixture's three groups are all named "sg").
    expect(lines.at(-1)).toBe('0 errors, 0 warnings, 2 infos.');
    expect(lines[0]).toMatch(
      /^INFO SG-007 sg \(sg-15\): 3 security groups \(sg \(sg-15\), sg \(sg-16\), sg \(sg-17\)\) allow all outbound/,
    );
    expect(r.stderr).toBe('');
  });

  it('validate --json: an error finding exits 1 and prints a JSON array of findings', async () => {
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

  it('validate: unreadable or invalid files exit 2 with a clear message on stderr', async () => {
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

  it('reach: prints the forward and return hops and exits 0 when reachable', async () => {
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

  it('reach --json: exits 1 with the blocking rule when not reachable', async () => {
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

  it('reach: bad input exits 2', async () => {
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
    expect(r.stderr).toContain('--from i-404: there is no resource with that id or name');
  });

  it('--help prints usage and exits 0', async () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vpc-town validate FILE [--json]');
    expect(r.stdout).toContain('vpc-town reach FILE --from X --to Y');
  });
});

describe('vpc-town on hostile input (child process, issue #11)', { timeout: 60_000 }, () => {
  it('validate prints names with terminal escapes escaped: nothing retitles, clears or forges a line', async () => {
    const r = cli('validate', hostileDesign());
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain(
      'web\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[1A\\u000d\\u000a0 errors, 0 warnings, 0 infos.',
    );
    expect(r.stdout).toContain('All workloads of VPC prod\\u009b2J\\u007f are in one Availability Zone');
    const lines = r.stdout.trim().split('\n');
    // Two findings (SG-007 says the groups' all-outbound default once) and the summary: the forged
    // summary stays on its finding's line.
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toBe('0 errors, 0 warnings, 2 infos.');
  });

  it('validate --json: the JSON has no raw control, C1 or bidi character and keeps the names exactly', async () => {
    const file = hostileDesign();
    const r = cli('validate', file, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.find((f) => f.rule === 'BP-001')?.params.zone).toBe('us-east-1a\u009b2J\u202e');
  });

  it('reach prints hops with bidi overrides and escapes escaped', async () => {
    const r = cli('reach', hostileDesign(), '--from', 'internet', '--to', 'i-18', '--protocol', 'tcp', '--port', '443');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('internet → admin\\u202e\\u2066gnp.exe\\u2069 (tcp 443)');
    const json = cli(
      'reach',
      hostileDesign(),
      '--from',
      'internet',
      '--to',
      'i-18',
      '--protocol',
      'tcp',
      '--port',
      '443',
      '--json',
    );
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout)).toMatchObject({ reachable: true });
  });

  it('error messages quoting the command line escape it too (file name, option, command)', async () => {
    const file = cli('validate', `nope${ESC}[2J.json`);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('vpc-town: cannot read nope\\u001b[2J.json: no such file.\n');
    const option = cli('validate', fixture('two-tier.json'), `--x${ESC}]0;t\u0007`);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--x\\u001b]0;t\\u0007');
    expect(option.stderr).not.toMatch(RAW_CONTROL);
    const endpoint = cli(
      'reach',
      fixture('two-tier.json'),
      '--from',
      `i${ESC}[2J`,
      '--to',
      'internet',
      '--protocol',
      'icmp',
    );
    expect(endpoint.stderr).toBe(
      'vpc-town: --from i\\u001b[2J: there is no resource with that id or name in the design.\n',
    );
    expect(cli(`x${ESC}c`).stderr).not.toMatch(RAW_CONTROL);
  });

  it('/dev/zero is refused at once with exit 2, not read until memory runs out', async () => {
    const r = cli('validate', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'vpc-town: cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket); save the design to a .json file and check that.\n',
    );
  });

  it('a 600 MB file is refused by its size with exit 2 (a sparse file: nothing is allocated)', async () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 600 * 1024 * 1024);
    const r = cli('reach', big, '--from', 'internet', '--to', 'i-18', '--protocol', 'icmp');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `vpc-town: cannot read ${big}: it is 600.0 MB; VPC Town opens designs up to 10 MB. Nothing was checked.\n`,
    );
  });
});

describe('names (in process)', () => {
  it('validate names resources as the app does, with the id only where names repeat', async () => {
    const r = await inProcess('validate', 'examples/peered-vpcs.json');
    expect(r.stdout).toContain(
      'INFO SG-007 client-sg: 2 security groups (client-sg, api-sg) allow all outbound traffic',
    );
    expect(r.stdout).not.toMatch(/\bsg-[0-9a-f]{6,}/);
    const broken = await inProcess('validate', fixture('broken-subnet.json'));
    expect(broken.stdout).toContain(
      'WARNING SG-001 sg (sg-15): Security group sg (sg-15) allows port 22 from 0.0.0.0/0, the whole internet.',
    );
  });

  it('reach names the endpoints and the hops, and takes a resource by name', async () => {
    const r = await inProcess(
      'reach',
      'examples/two-az-web-db.json',
      '--from',
      'internet',
      '--to',
      'postgres',
      '--protocol',
      'tcp',
      '--port',
      '5432',
    );
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('internet → postgres (tcp 5432)');
    expect(r.stdout).toContain(
      'BLOCK postgres has no public IPv4 address, so igw cannot deliver internet traffic to it',
    );
    // The internet gateway drops it (the database has no public address), and it is named as the app names it.
    expect(r.stdout).toContain('Not reachable: blocked at igw (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS).');
    expect(r.stdout).not.toContain('db-038c617a');
    // The JSON answer keeps ids: it is for programs.
    const json = await inProcess(
      'reach',
      'examples/two-az-web-db.json',
      '--from',
      'internet',
      '--to',
      'postgres',
      '--protocol',
      'tcp',
      '--port',
      '5432',
      '--json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ blockedAt: 'igw-0b9ff0f1' });
  });

  it('a name shared by several endpoints asks for the id', async () => {
    const r = await inProcess(
      'reach',
      fixture('two-tier.json'),
      '--from',
      'i',
      '--to',
      'internet',
      '--protocol',
      'icmp',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--from i: \d resources have that name \(i-\d+, i-\d+.*\); give the id instead\./);
  });
});

describe('runCli (in process)', () => {
  it('rejects bad ports, protocols, endpoint kinds and unknown options with exit 2', async () => {
    const base = ['reach', fixture('two-tier.json'), '--from', 'i-19', '--to', 'internet'];
    expect(await inProcess(...base, '--protocol', 'tcp', '--port', '99999')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--port must be a whole number'),
    });
    expect(await inProcess(...base, '--protocol', 'tcp', '--port', '-1')).toMatchObject({ code: 2 });
    expect(await inProcess(...base, '--protocol', 'tcp')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--port is required'),
    });
    expect(await inProcess(...base, '--protocol', 'sctp', '--port', '1')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--protocol must be'),
    });
    expect(
      await inProcess('reach', fixture('two-tier.json'), '--from', 'vpc-2', '--to', 'internet', '--protocol', 'icmp'),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('is a vpc') });
    expect(await inProcess('validate', fixture('two-tier.json'), '--colour')).toMatchObject({ code: 2 });
    expect(
      await inProcess(...base.slice(0, 4), '--to', '10.0.99.1', '--protocol', 'tcp', '--port', '22'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('10.0.99.1 is inside vpc but in none of its subnets'),
    });
    expect(
      await inProcess(...base.slice(0, 4), '--to', '10.0.10.255', '--protocol', 'tcp', '--port', '22'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('reserves'),
    });
    expect(await inProcess('validate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('validate needs a FILE'),
    });
    expect(await inProcess('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
  });

  it('icmp needs no port; the NAT path is shown hop by hop', async () => {
    const r = await inProcess(
      'reach',
      fixture('two-tier.json'),
      '--from',
      'i-19',
      '--to',
      '8.8.8.8',
      '--protocol',
      'icmp',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nat \(nat-10\) \(public\): source 10\.0\.10\.4 translated to 10\.0\.0\.4/);
  });

  it('no arguments prints usage and exits 2', async () => {
    expect(await inProcess()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
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
  it.each(examples)('%s validates (exit 0 or 1, never 2) and gives well-formed JSON', async (name) => {
    const r = await inProcess('validate', `examples/${name}`, '--json');
    expect(r.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
    expect([0, 1]).toContain(r.code);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(r.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
  });
});

describe('runCli: what the validator fixes of issue #11 print', () => {
  const run = async (patch: (design: { resources: Record<string, unknown>[] }) => void, ...args: string[]) => {
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
    return { code: await runCli([args[0]!, fixture('two-tier.json'), ...args.slice(1)], io), stdout };
  };

  it('validate: two NAT gateways with the same Elastic IP are an error (EIP-001), exit 1', async () => {
    const r = await run((d) => {
      for (const x of d.resources) if (x.kind === 'nat') x.elasticIp = '203.0.113.10';
    }, 'validate');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'ERROR EIP-001 nat (nat-10): nat (nat-10) uses Elastic IP 203.0.113.10, which nat (nat-11) also uses; an Elastic IP belongs to one resource at a time.',
    );
    expect(r.stdout).toContain('ERROR EIP-001 nat (nat-11): ');
  });

  it('reach: the internet gateway is where internet traffic to a private instance stops', async () => {
    const r = await run(() => {}, 'reach', '--from', 'internet', '--to', 'i-19', '--protocol', 'tcp', '--port', '22');
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      'Not reachable: blocked at igw (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS).',
    );
  });
});
