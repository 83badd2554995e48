/**
 * The headless validator: `vpc-town validate` and `vpc-town reach`, built on model + validation + io
 * (a thin shell: the logic lives in src/). `runCli` takes its input and output as arguments so tests can
 * run it in-process; main.ts wires it to the real process.
 *
 * Exit codes: validate → 1 if any error finding, else 0; reach → 0 reachable, 1 not reachable;
 * 2 for anything the user must fix in the command or the file (unreadable, invalid, bad option).
 *
 * Output (issue #11): resources are named as the app names them (names.ts), and every text that
 * comes from the design or the command line is printed with its control characters escaped
 * (escape.ts): each value where it is written, and each chunk again on its way out.
 */
import { parseArgs } from 'node:util';
import { ipToInt } from '../src/model/cidr.ts';
import { indexDesign } from '../src/model/graph.ts';
import { PROTOCOLS } from '../src/model/kinds/index.ts';
import type { Design, Protocol } from '../src/model/types.ts';
import { parseDesignJson } from '../src/io/json/read.ts';
import { validate, type Finding } from '../src/validation/index.ts';
import { analyzeReachability, type ReachabilityAnswer } from '../src/validation/reachability/index.ts';
import { escapeOutput, escapeText, safeJson } from './escape.ts';
import { FileRefused } from './file.ts';
import { HELP, helpExit } from './help.ts';
import { AwsUsageError, cmdImportAws, importForCommand } from './importAws.ts';
import { looksLikeAws } from '../src/io/aws/index.ts';
import { idsIn, namesOf, type Names } from './names.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** For folders of AWS describe output (importAws.ts): a directory's entries, or null for a file. */
  readonly listDir?: (path: string) => string[] | null;
  readonly writeFile?: (path: string, text: string) => void;
}

const EXIT = { ok: 0, found: 1, usage: 2 } as const;

export { HELP } from './help.ts';

class UsageError extends Error {}

const ENDPOINT_KINDS = new Set(['instance', 'loadBalancer', 'rds', 'nat']);

/** A design from PATHs: a VPC Town design file, or AWS describe output (files or folders) imported first. */
function loadInput(io: CliIo, paths: readonly string[]): Design {
  const [first] = paths;
  if (paths.length === 1 && !io.listDir?.(first!)) {
    let text: string | null = null;
    try {
      text = io.readFile(first!);
    } catch {
      // loadDesign says why
    }
    if (text === null || !looksLikeAws(text)) return loadDesign(io, first!);
  }
  return importForCommand(io, paths);
}

function loadDesign(io: CliIo, file: string): Design {
  const shown = escapeText(file);
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      e instanceof FileRefused
        ? e.message
        : code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : (e as Error).message;
    throw new UsageError(`cannot read ${shown}: ${escapeText(why)}.`);
  }
  const parsed = parseDesignJson(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path ? `${escapeText(e.path)}: ` : ''}${escapeText(e.message)}`);
    throw new UsageError(`${shown} is not a valid VPC Town design:\n${lines.join('\n')}`);
  }
  for (const w of parsed.warnings) io.stderr(`warning: ${shown}: ${escapeText(w)}\n`);
  return parsed.design;
}

/** One line of `validate`: severity, rule, the resource by name, and the message with ids as names. */
function formatFinding(f: Finding, names?: Names): string {
  const resource = names ? names.of(f.resource) : f.resource;
  const message = names ? names.inText(f.message, [f.resource, ...idsIn(f.related, f.params)]) : f.message;
  return `${f.severity.toUpperCase()} ${f.rule} ${escapeText(resource)}: ${escapeText(message)}`;
}

function summary(findings: readonly Finding[]): string {
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
  if (positionals.length === 0)
    throw new UsageError('validate needs a FILE (or AWS describe output: PATH...): vpc-town validate FILE [--json]');
  const design = loadInput(io, positionals);
  const findings = validate(design);
  if (values.json) io.stdout(`${safeJson(findings)}\n`);
  else {
    const names = namesOf(design);
    for (const f of findings) io.stdout(`${formatFinding(f, names)}\n`);
    io.stdout(`${summary(findings)}\n`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.found : EXIT.ok;
}

/** The endpoint as analyzeReachability takes it: `internet`, an address, or a resource id (given by id or name). */
function checkEndpoint(design: Design, names: Names, role: string, value: string | undefined): string {
  if (!value) throw new UsageError(`reach needs --${role} (a resource id or name, "internet" or an IPv4 address).`);
  if (value === 'internet' || ipToInt(value) !== null) return value;
  const index = indexDesign(design);
  let r = index.get(value);
  if (!r) {
    const named = names.withName(value).filter((id) => ENDPOINT_KINDS.has(index.get(id)?.kind ?? ''));
    if (named.length > 1) {
      throw new UsageError(
        `--${role} ${escapeText(value)}: ${named.length} resources have that name (${named.map(escapeText).join(', ')}); give the id instead.`,
      );
    }
    r = named[0] === undefined ? undefined : index.get(named[0]);
  }
  if (!r) {
    throw new UsageError(`--${role} ${escapeText(value)}: there is no resource with that id or name in the design.`);
  }
  if (!ENDPOINT_KINDS.has(r.kind)) {
    throw new UsageError(
      `--${role} ${escapeText(value)} is a ${r.kind}; use an instance, load balancer, database, NAT gateway, "internet" or an IPv4 address.`,
    );
  }
  return r.id;
}

function formatAnswer(a: ReachabilityAnswer, from: string, to: string, traffic: string, names?: Names): string {
  const name = (id: string) => escapeText(names ? names.of(id) : id);
  const text = (t: string, ids: string[]) => escapeText(names ? names.inText(t, ids) : t);
  const lines = [`${name(from)} → ${name(to)} (${escapeText(traffic)})`];
  let dir = '';
  for (const h of a.hops) {
    if (h.direction !== dir) {
      dir = h.direction;
      lines.push(dir === 'forward' ? 'Forward path:' : 'Return path:');
    }
    const mark = h.verdict === 'pass' ? 'PASS ' : h.verdict === 'block' ? 'BLOCK' : 'INFO ';
    lines.push(`  ${mark} ${text(h.detail, [h.resource, ...idsIn(h.params)])}${h.code ? ` [${h.code}]` : ''}`);
  }
  lines.push(
    a.reachable ? 'Reachable.' : `Not reachable: blocked at ${name(a.blockedAt ?? '')} (${escapeText(a.code ?? '')}).`,
  );
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
      `--protocol must be tcp, udp, icmp or all${values.protocol ? `, not "${escapeText(values.protocol)}"` : ''}.`,
    );
  let port = 0;
  if (protocol === 'tcp' || protocol === 'udp') {
    if (values.port === undefined) throw new UsageError(`--port is required for ${protocol} (0 to 65535).`);
    port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!Number.isInteger(port) || port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535, not "${escapeText(values.port)}".`);
  }
  const design = loadInput(io, positionals);
  const names = namesOf(design);
  const from = checkEndpoint(design, names, 'from', values.from);
  const to = checkEndpoint(design, names, 'to', values.to);
  const answer = analyzeReachability(design, { from, to, protocol, port });
  const only = answer.hops.length === 1 ? answer.hops[0] : undefined;
  if (!answer.reachable && only?.kind === 'endpoint') {
    // The question cannot be asked of this design (an address in no subnet, a resource outside any subnet).
    throw new UsageError(`${escapeText(names.inText(only.detail, [only.resource, ...idsIn(only.params)]))}.`);
  }
  if (values.json) io.stdout(`${safeJson(answer)}\n`);
  else {
    const traffic = protocol === 'tcp' || protocol === 'udp' ? `${protocol} ${port}` : protocol;
    io.stdout(formatAnswer(answer, from, to, traffic, names));
  }
  return answer.reachable ? EXIT.ok : EXIT.found;
}

/** Run the CLI; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], rawIo: CliIo): number {
  // Every chunk is escaped on its way out too: a control character that a value escape missed
  // (an error message quoting the command line, a stack trace) still never reaches the terminal.
  const io: CliIo = {
    stdout: (t) => rawIo.stdout(escapeOutput(t)),
    stderr: (t) => rawIo.stderr(escapeOutput(t)),
    readFile: rawIo.readFile,
    ...(rawIo.listDir ? { listDir: rawIo.listDir } : {}),
    ...(rawIo.writeFile ? { writeFile: rawIo.writeFile } : {}),
  };
  const [cmd, ...rest] = argv;
  try {
    const help = helpExit(argv);
    if (help !== null) {
      io.stdout(HELP);
      return help;
    }
    if (cmd === 'validate') return cmdValidate(io, rest);
    if (cmd === 'reach') return cmdReach(io, rest);
    if (cmd === 'import') return cmdImportAws(io, rest);
    throw new UsageError(
      `unknown command "${escapeText(cmd ?? '')}"; use validate, reach or import (vpc-town --help).`,
    );
  } catch (e) {
    if (e instanceof UsageError || e instanceof AwsUsageError) {
      io.stderr(`vpc-town: ${e.message}\n`);
      return EXIT.usage;
    }
    if ((e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`vpc-town: ${escapeText((e as Error).message)}\n`);
      return EXIT.usage;
    }
    io.stderr(`vpc-town: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}
