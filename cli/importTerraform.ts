/**
 * `vpc-town import terraform PATH... [--var K=V]... [--region R] [-o design.json] [--name N]`, and
 * the reading of Terraform that `validate`, `reach` and `flows` share: a `.tf` file, a folder of
 * them (its `.tf` files, as Terraform reads a module's folder) or what `terraform show -json`
 * prints, read with src/io/terraform, laid out as the app lays out an import (layout/nested.ts); the
 * report goes to stderr. Exit 0 imported, 1 imported with warnings, 2 refused.
 */
import { parseArgs } from 'node:util';
import type { Design } from '../src/model/types.ts';
import {
  isAutoTfvars,
  readTerraform,
  type TerraformImportResult,
  type TerraformInput,
} from '../src/io/terraform/index.ts';
import { escapeText } from './escape.ts';
import { keyValues, readInput, reportTail } from './importText.ts';
import { emitDesign } from './output.ts';
import { AwsUsageError, type AwsCliIo } from './importAws.ts';

const USAGE =
  'vpc-town import terraform PATH... [--var-file FILE]... [--var NAME=VALUE]... [--region R] [-o design.json] [--name NAME]';

/** A folder holding `.tf` files. */
export function isTerraformFolder(io: AwsCliIo, path: string): boolean {
  const entries = io.listDir?.(path);
  return !!entries && entries.some((e) => /\.tf$/i.test(e));
}

function readInputs(io: AwsCliIo, paths: readonly string[]): TerraformInput[] {
  const out: TerraformInput[] = [];
  const read = (path: string) => out.push({ path, text: readInput(io.readFile, path, refuse) });
  for (const path of paths) {
    const entries = io.listDir?.(path);
    if (!entries) {
      read(path);
      continue;
    }
    const files = entries.filter((e) => /\.tf$/i.test(e) && !e.startsWith('.')).sort();
    if (!files.length) throw new AwsUsageError(`${escapeText(path)} holds no .tf file.`);
    // As Terraform does in its working directory: terraform.tfvars[.json] and *.auto.tfvars[.json] too.
    const auto = entries.filter((e) => isAutoTfvars(e) && !e.startsWith('.')).sort();
    for (const f of [...files, ...auto]) read(`${path.replace(/\/+$/, '')}/${f}`);
  }
  return out;
}

const refuse = (message: string) => new AwsUsageError(message);

const FORMATS = {
  hcl: 'Terraform configuration (HCL)',
  plan: 'terraform show -json of a plan',
  state: 'terraform show -json of state',
};

function formatReport(paths: readonly string[], result: TerraformImportResult): string {
  const { report } = result;
  const lines: string[] = [
    `read ${paths.map(escapeText).join(', ')}: ${report.format ? FORMATS[report.format] : 'not read'}`,
  ];
  for (const v of report.variables)
    lines.push(
      `variable ${escapeText(v.name)} = ${v.value === null ? '(missing)' : v.sensitive ? '(sensitive)' : JSON.stringify(escapeText(v.value))} (${v.from ? `from ${escapeText(v.from)}` : v.source})`,
    );
  for (const m of report.modules)
    lines.push(
      `module ${escapeText(m.name)} (${escapeText(m.source || 'no source')}): not expanded, ${escapeText(m.why)}`,
    );
  lines.push(...reportTail(report, !!result.design));
  return `${lines.join('\n')}\n`;
}

/** Terraform at PATH for `validate` / `reach` / `flows`: the report on stderr (prefixed), a refusal a usage error. */
export async function importTerraformForCommand(io: AwsCliIo, path: string): Promise<Design> {
  const result = await readTerraform(readInputs(io, [path]));
  io.stderr(formatReport([path], result).replace(/^(?=.)/gm, 'import: '));
  if (!result.design)
    throw new AwsUsageError(
      `${escapeText(path)}: no design could be imported${result.report.variables.some((v) => v.source === 'missing') ? ` (give the variables with ${USAGE.split(' [')[0]} --var NAME=VALUE -o design.json, then check design.json)` : ''}.`,
    );
  return result.design;
}

export async function cmdImportTerraform(io: AwsCliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: args.slice(1),
    options: {
      var: { type: 'string', multiple: true },
      'var-file': { type: 'string', multiple: true },
      region: { type: 'string' },
      output: { type: 'string', short: 'o' },
      name: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (!positionals.length)
    throw new AwsUsageError(`import terraform takes a PATH (a .tf file, a folder, a plan's JSON): ${USAGE}`);
  const varFiles = (values['var-file'] ?? []).map((f) => ({
    path: f,
    text: readInput(io.readFile, f, refuse, 'the --var-file'),
  }));
  const result = await readTerraform(readInputs(io, positionals), {
    vars: keyValues(values.var, '--var', 'NAME', refuse),
    varFiles,
    ...(values.region ? { region: values.region } : {}),
    ...(values.name ? { name: values.name } : {}),
  });
  io.stderr(formatReport(positionals, result));
  if (!result.design) return 2;
  await emitDesign(io, values.output, result.design, refuse);
  return result.report.problems.some((p) => p.severity !== 'info') ? 1 : 0;
}
