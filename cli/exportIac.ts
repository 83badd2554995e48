/**
 * `vpc-town export cfn|terraform FILE [-o OUT]`: the design (or describe output, or a template,
 * read as `validate` reads it) written as code that deploys it (src/io/iac), to standard output or
 * OUT. For Terraform, OUT ending in `/` (or an existing folder) gets main.tf and variables.tf; any
 * other OUT gets both in one file. The notes (what was left out, what needs parameters) go to
 * standard error. Exit 0 written, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { toCloudFormation, toTerraform, type IacNote } from '../src/io/iac/index.ts';
import { escapeText } from './escape.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

const USAGE = 'vpc-town export cfn|terraform FILE [-o OUT]';

function write(io: CliIo, path: string, text: string): void {
  if (!io.writeFile) throw new UsageError('cannot write files here.');
  try {
    io.writeFile(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${escapeText(path)}: ${escapeText((e as Error).message)}.`);
  }
  io.stderr(`wrote ${escapeText(path)}\n`);
}

function printNotes(io: CliIo, notes: readonly IacNote[]): void {
  for (const n of notes) io.stderr(`${n.severity === 'warning' ? 'warning' : 'note'}: ${escapeText(n.message)}\n`);
}

export async function cmdExport(io: CliIo, args: readonly string[]): Promise<number> {
  const [language, ...rest] = args;
  if (language !== 'cfn' && language !== 'terraform')
    throw new UsageError(`export takes cfn or terraform, not "${escapeText(language ?? '')}" (${USAGE}).`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: { output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(`export ${language} takes one FILE (${USAGE}).`);
  const design = await loadInput(io, positionals);
  const out = values.output;
  if (language === 'cfn') {
    const r = toCloudFormation(design);
    printNotes(io, r.notes);
    if (out) write(io, out, r.text);
    else io.stdout(r.text);
    return EXIT.ok;
  }
  const r = toTerraform(design);
  printNotes(io, r.notes);
  if (!out) io.stdout(r.text);
  else if (out.endsWith('/') || out.endsWith('\\') || io.listDir?.(out)) {
    const dir = out.replace(/[/\\]+$/, '') || '/';
    try {
      io.makeDir?.(dir);
    } catch (e) {
      throw new UsageError(`cannot make the folder ${escapeText(dir)}: ${escapeText((e as Error).message)}.`);
    }
    for (const f of r.files) write(io, `${dir}/${f.name}`, f.text);
  } else write(io, out, r.text);
  return EXIT.ok;
}
