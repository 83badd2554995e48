/**
 * `vpc-town import cfn FILE [--param K=V]... [--region R] [-o design.json] [--name N]`, and the
 * reading of a template FILE that `validate`, `reach` and `flows` share: the template is evaluated
 * and converted with src/io/cfn, laid out as the app lays out an import (layout/nested.ts), and the
 * report goes to stderr. Exit 0 imported, 1 imported with warnings, 2 refused.
 */
import { parseArgs } from 'node:util';
import type { Design } from '../src/model/types.ts';
import { readCfn, type CfnImportResult } from '../src/io/cfn/index.ts';
import { escapeText } from './escape.ts';
import { keyValues, readInput, reportTail } from './importText.ts';
import { emitDesign } from './output.ts';
import { AwsUsageError, type AwsCliIo } from './importAws.ts';

const IMPORT_CFN_USAGE =
  'vpc-town import cfn FILE [--param KEY=VALUE]... [--region R] [--account ID] [--stack-name S] [-o design.json] [--name NAME]';

const refuse = (message: string) => new AwsUsageError(message);

function readTemplate(io: AwsCliIo, path: string): string {
  if (io.listDir?.(path))
    throw new AwsUsageError(`${escapeText(path)} is a folder; import cfn takes one template file.`);
  return readInput(io.readFile, path, refuse);
}

/** The report, as the CLI prints it on stderr. */
function formatCfnReport(path: string, result: CfnImportResult): string {
  const { report } = result;
  const lines: string[] = [
    `read ${escapeText(path)}: ${report.format ? `CloudFormation template (${report.format.toUpperCase()})` : 'not read'}`,
  ];
  for (const p of report.parameters)
    lines.push(
      `parameter ${escapeText(p.name)} = ${p.value === null ? '(missing)' : JSON.stringify(escapeText(p.value))} (${p.source})`,
    );
  lines.push(...reportTail(report, !!result.design));
  return `${lines.join('\n')}\n`;
}

/** A template FILE for `validate` / `reach` / `flows`: the report on stderr (prefixed), a refusal a usage error. */
export function importCfnForCommand(io: AwsCliIo, path: string, text: string): Design {
  const result = readCfn(text, { file: path });
  io.stderr(formatCfnReport(path, result).replace(/^(?=.)/gm, 'import: '));
  if (!result.design)
    throw new AwsUsageError(
      `${escapeText(path)}: no design could be imported${result.report.problems.some((p) => p.code === 'missing-parameter') ? ` (give the parameters with ${IMPORT_CFN_USAGE.split(' [')[0]} --param KEY=VALUE -o design.json, then check design.json)` : ''}.`,
    );
  return result.design;
}

export async function cmdImportCfn(io: AwsCliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: args.slice(1),
    options: {
      param: { type: 'string', multiple: true },
      region: { type: 'string' },
      account: { type: 'string' },
      'stack-name': { type: 'string' },
      output: { type: 'string', short: 'o' },
      name: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new AwsUsageError(`import cfn takes one template FILE: ${IMPORT_CFN_USAGE}`);
  const path = positionals[0]!;
  const result = readCfn(readTemplate(io, path), {
    file: path,
    params: keyValues(values.param, '--param', 'KEY', refuse),
    ...(values.region ? { region: values.region } : {}),
    ...(values.account ? { accountId: values.account } : {}),
    ...(values['stack-name'] ? { stackName: values['stack-name'] } : {}),
    ...(values.name ? { name: values.name } : {}),
  });
  io.stderr(formatCfnReport(path, result));
  if (!result.design) return 2;
  await emitDesign(io, values.output, result.design, (m) => new AwsUsageError(m));
  return result.report.problems.some((p) => p.severity !== 'info') ? 1 : 0;
}
