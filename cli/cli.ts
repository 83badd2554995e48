/**
 * The headless validator: `vpc-town validate` and `vpc-town reach`, built on model + validation + io
 * (a thin shell: the logic lives in src/). `runCli` takes its input and output as arguments so tests can
 * run it in-process; main.ts wires it to the real process.
 *
 * Exit codes: validate → 1 if any error finding, else 0; reach → 0 reachable (every query of a
 * batch), 1 not; flows → 0 when every drawn flow behaves as drawn, 1 otherwise; 2 for anything the
 * user must fix in the command or the files (unreadable, invalid, bad option, a bad query).
 *
 * Output (issue #11): resources are named as the app names them (names.ts), and every text that
 * comes from the design or the command line is printed with its control characters escaped
 * (escape.ts): each value where it is written, and each chunk again on its way out.
 */
import { parseArgs } from 'node:util';
import { validate, type Finding } from '../src/validation/index.ts';
import { escapeOutput, escapeText, safeJson } from './escape.ts';
import { cmdFlows } from './flows.ts';
import { HELP, helpExit } from './help.ts';
import { AwsUsageError, cmdImportAws } from './importAws.ts';
import { cmdImportCfn } from './importCfn.ts';
import { cmdExport } from './exportIac.ts';
import { cmdImportTerraform } from './importTerraform.ts';
import { idsIn, namesOf, type Names } from './names.ts';
import { cmdReach } from './reach.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

export type { CliIo } from './shared.ts';

export { HELP } from './help.ts';

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

async function cmdValidate(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0)
    throw new UsageError('validate needs a FILE (or AWS describe output: PATH...): vpc-town validate FILE [--json]');
  const design = await loadInput(io, positionals);
  const findings = validate(design);
  if (values.json) io.stdout(`${safeJson(findings)}\n`);
  else {
    const names = namesOf(design);
    for (const f of findings) io.stdout(`${formatFinding(f, names)}\n`);
    io.stdout(`${summary(findings)}\n`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.found : EXIT.ok;
}

/** Run the CLI; resolves to the exit code. Never rejects. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Every chunk is escaped on its way out too: a control character that a value escape missed
  // (an error message quoting the command line, a stack trace) still never reaches the terminal.
  const io: CliIo = {
    stdout: (t) => rawIo.stdout(escapeOutput(t)),
    stderr: (t) => rawIo.stderr(escapeOutput(t)),
    readFile: rawIo.readFile,
    ...(rawIo.listDir ? { listDir: rawIo.listDir } : {}),
    ...(rawIo.writeFile ? { writeFile: rawIo.writeFile } : {}),
    ...(rawIo.makeDir ? { makeDir: rawIo.makeDir } : {}),
  };
  const [cmd, ...rest] = argv;
  try {
    const help = helpExit(argv);
    if (help !== null) {
      io.stdout(HELP);
      return help;
    }
    if (cmd === 'validate') return await cmdValidate(io, rest);
    if (cmd === 'reach') return await cmdReach(io, rest);
    if (cmd === 'flows') return await cmdFlows(io, rest);
    if (cmd === 'import')
      return await (rest[0] === 'cfn'
        ? cmdImportCfn(io, rest)
        : rest[0] === 'terraform'
          ? cmdImportTerraform(io, rest)
          : cmdImportAws(io, rest));
    if (cmd === 'export') return await cmdExport(io, rest);
    throw new UsageError(
      `unknown command "${escapeText(cmd ?? '')}"; use validate, reach, flows, import or export (vpc-town --help).`,
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
