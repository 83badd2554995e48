/**
 * `vpc-town import aws PATH... [-o design.json]`, and the reading of such PATHs that `validate` and
 * `reach` share: files and folders of `aws ... describe-*` output (folders walked, relative paths
 * kept so `us-east-1/…` and `accounts/ACCOUNT/REGION/…` say the region and account), imported with
 * src/io/aws. The report goes to stderr. Exit 0 imported, 1 imported with warnings, 2 refused.
 */
import { parseArgs } from 'node:util';
import type { Design } from '../src/model/types.ts';
import { readAws, type AwsImportResult, type AwsInput } from '../src/io/aws/index.ts';
import { escapeText } from './escape.ts';
import { readInput, reportTail } from './importText.ts';
import { emitDesign } from './output.ts';

/** What reading PATHs needs from the machine (main.ts gives the real file system, tests a fake one). */
export interface AwsFs {
  readonly readFile: (path: string) => string;
  /** The entries of a directory, or null when `path` is not one. */
  readonly listDir?: (path: string) => string[] | null;
  readonly writeFile?: (path: string, text: string) => void;
}

export interface AwsCliIo extends AwsFs {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export class AwsUsageError extends Error {}

const MAX_FILES = 5000;

/** The inputs under PATHs: files as given, folders walked (sorted, hidden entries skipped). */
export function collectAwsInputs(fs: AwsFs, paths: readonly string[]): AwsInput[] {
  const out: AwsInput[] = [];
  const visit = (path: string, depth: number) => {
    const entries = fs.listDir?.(path) ?? null;
    if (entries) {
      if (depth > 8) return;
      for (const e of [...entries].sort()) {
        if (e.startsWith('.')) continue;
        visit(`${path.replace(/\/+$/, '')}/${e}`, depth + 1);
      }
      return;
    }
    // Inside a folder, only JSON (and text) files: a README or a script beside the results is no input.
    if (depth > 0 && !/\.(json|txt)$/i.test(path)) return;
    if (out.length >= MAX_FILES)
      throw new AwsUsageError(`more than ${MAX_FILES} files under ${escapeText(paths.join(' '))}.`);
    out.push({ path, text: readInput(fs.readFile, path, (m) => new AwsUsageError(m)) });
  };
  for (const p of paths) visit(p, 0);
  return out;
}

/** The report, as the CLI prints it on stderr. */
export function formatAwsReport(result: AwsImportResult): string {
  const { report } = result;
  const lines: string[] = [];
  for (const f of report.files)
    lines.push(
      `read ${escapeText(f.path)}: ${f.recognisedAs.length ? f.recognisedAs.join(', ') : 'not a describe result'}`,
    );
  lines.push(
    ...reportTail(
      report,
      !!result.design,
      report.kept.length
        ? [`read and kept, not analysed yet: ${report.kept.map((k) => `${k.call} (${k.count})`).join(', ')}`]
        : [],
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** Exit code of an import: 0 imported, 1 imported with warnings or errors in some inputs, 2 refused. */
export function importExit(result: AwsImportResult): number {
  if (!result.design) return 2;
  return result.report.problems.some((p) => p.severity !== 'info') ? 1 : 0;
}

/** Import PATHs for `validate` / `reach`; the report goes to stderr, a refusal is a usage error. */
export function importForCommand(io: AwsCliIo, paths: readonly string[]): Design {
  const result = readAws(collectAwsInputs(io, paths), { layout: false });
  const report = formatAwsReport(result);
  io.stderr(report.replace(/^(?=.)/gm, 'import: '));
  if (!result.design) throw new AwsUsageError(`${escapeText(paths.join(' '))}: no design could be imported.`);
  return result.design;
}

export const IMPORT_USAGE = 'vpc-town import aws PATH... [-o design.json] [--name NAME]';

/**
 * `vpc-town import aws PATH... [-o FILE] [--name NAME]`. The design is laid out as the app lays out
 * an import (layout/nested.ts: regions, VPCs, zones and subnets packed inside one another), so the
 * file opens looking as File › Import from AWS… would draw it.
 */
export async function cmdImportAws(io: AwsCliIo, args: readonly string[]): Promise<number> {
  const [source, ...rest] = args;
  if (source !== 'aws') throw new AwsUsageError(`import takes a source: ${IMPORT_USAGE}`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { output: { type: 'string', short: 'o' }, name: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new AwsUsageError(`import aws needs at least one PATH: ${IMPORT_USAGE}`);
  const result = readAws(collectAwsInputs(io, positionals), {
    layout: false,
    ...(values.name ? { name: values.name } : {}),
  });
  io.stderr(formatAwsReport(result));
  if (!result.design) return 2;
  await emitDesign(io, values.output, result.design, (m) => new AwsUsageError(m));
  return importExit(result);
}
