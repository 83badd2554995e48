/**
 * The headless validator: `vpc-town validate` and `vpc-town reach`, built on model + validation + io
 * (style-guide: cli/ is a thin shell). `runCli` takes its input and output as arguments so tests can
 * run it in-process; main.ts wires it to the real process.
 *
 * Exit codes: validate → 1 if any error finding, else 0; reach → 0 reachable, 1 not reachable;
 * 2 for anything the user must fix in the command or the file (unreadable, invalid, bad option).
 */
import { parseArgs } from 'node:util';
import { ipToInt } from '../src/model/cidr.ts';
import { indexDesign } from '../src/model/graph.ts';
import type { Design, Protocol } from '../src/model/types.ts';
import { parseDesignJson } from '../src/io/json/read.ts';
import { validate, type Finding } from '../src/validation/index.ts';
import { analyzeReachability, type ReachabilityAnswer } from '../src/validation/reachability/index.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
}

export const EXIT = { ok: 0, found: 1, usage: 2 } as const;

export const HELP = `vpc-town: check an AWS VPC design saved by VPC Town

Usage:
  vpc-town validate FILE [--json]
      Check every rule of the catalogue. Prints one line per finding
      (SEVERITY RULE resource: message) and a summary, or a JSON array with --json.
      Exit 1 if there is any error finding, else 0.

  vpc-town reach FILE --from X --to Y --protocol tcp|udp|icmp|all [--port N] [--json]
      Can X reach Y? X and Y are a resource id (instance, load balancer, database,
      NAT gateway), "internet", or an IPv4 address. Prints the hops of the forward
      and return paths, or the answer as JSON with --json.
      Exit 0 if reachable, 1 if not.

  vpc-town --help

Exit 2 when the file cannot be read or is not a valid design, or an option is wrong.
`;

class UsageError extends Error {}

const ENDPOINT_KINDS = new Set(['instance', 'loadBalancer', 'rds', 'nat']);
const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'all'];

function loadDesign(io: CliIo, file: string): Design {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}.`);
  }
  const parsed = parseDesignJson(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`);
    throw new UsageError(`${file} is not a valid VPC Town design:\n${lines.join('\n')}`);
  }
  for (const w of parsed.warnings) io.stderr(`warning: ${file}: ${w}\n`);
  return parsed.design;
}

export function formatFinding(f: Finding): string {
  return `${f.severity.toUpperCase()} ${f.rule} ${f.resource}: ${f.message}`;
}

export function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const n = (sev: Finding['severity']) => findings.filter((f) => f.severity === sev).length;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('info'), 'info')}.`;
}

function cmdValidate(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError('validate needs exactly one FILE: vpc-town validate FILE [--json]');
  const design = loadDesign(io, positionals[0]!);
  const findings = validate(design);
  if (values.json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
    io.stdout(`${summary(findings)}\n`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.found : EXIT.ok;
}

function checkEndpoint(design: Design, role: string, value: string | undefined): string {
  if (!value) throw new UsageError(`reach needs --${role} (a resource id, "internet" or an IPv4 address).`);
  if (value === 'internet' || ipToInt(value) !== null) return value;
  const r = indexDesign(design).get(value);
  if (!r) throw new UsageError(`--${role} ${value}: there is no resource with that id in the design.`);
  if (!ENDPOINT_KINDS.has(r.kind)) {
    throw new UsageError(
      `--${role} ${value} is a ${r.kind}; use an instance, load balancer, database, NAT gateway, "internet" or an IPv4 address.`,
    );
  }
  return value;
}

export function formatAnswer(a: ReachabilityAnswer, from: string, to: string, traffic: string): string {
  const lines = [`${from} → ${to} (${traffic})`];
  let dir = '';
  for (const h of a.hops) {
    if (h.direction !== dir) {
      dir = h.direction;
      lines.push(dir === 'forward' ? 'Forward path:' : 'Return path:');
    }
    const mark = h.verdict === 'pass' ? 'PASS ' : h.verdict === 'block' ? 'BLOCK' : 'INFO ';
    lines.push(`  ${mark} ${h.detail}${h.code ? ` [${h.code}]` : ''}`);
  }
  lines.push(a.reachable ? 'Reachable.' : `Not reachable: blocked at ${a.blockedAt} (${a.code}).`);
  return `${lines.join('\n')}\n`;
}

function cmdReach(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      protocol: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError('reach needs exactly one FILE: vpc-town reach FILE --from X --to Y --protocol P --port N');
  const protocol = (values.protocol ?? '') as Protocol;
  if (!PROTOCOLS.includes(protocol))
    throw new UsageError(
      `--protocol must be tcp, udp, icmp or all${values.protocol ? `, not "${values.protocol}"` : ''}.`,
    );
  let port = 0;
  if (protocol === 'tcp' || protocol === 'udp') {
    if (values.port === undefined) throw new UsageError(`--port is required for ${protocol} (0 to 65535).`);
    port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!Number.isInteger(port) || port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const design = loadDesign(io, positionals[0]!);
  const from = checkEndpoint(design, 'from', values.from);
  const to = checkEndpoint(design, 'to', values.to);
  const answer = analyzeReachability(design, { from, to, protocol, port });
  const only = answer.hops.length === 1 ? answer.hops[0] : undefined;
  if (!answer.reachable && only?.kind === 'endpoint') {
    // The question cannot be asked of this design (an address in no subnet, a resource outside any subnet).
    throw new UsageError(`${only.detail}.`);
  }
  if (values.json) io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
  else
    io.stdout(
      formatAnswer(answer, from, to, protocol === 'tcp' || protocol === 'udp' ? `${protocol} ${port}` : protocol),
    );
  return answer.reachable ? EXIT.ok : EXIT.found;
}

/** Run the CLI; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(HELP);
      return cmd ? EXIT.ok : EXIT.usage;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (cmd === 'validate') return cmdValidate(io, rest);
    if (cmd === 'reach') return cmdReach(io, rest);
    throw new UsageError(`unknown command "${cmd}"; use validate or reach (vpc-town --help).`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`vpc-town: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`vpc-town: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}
