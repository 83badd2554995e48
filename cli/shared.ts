/**
 * What every command shares: the I/O the CLI is given, exit codes, the usage error, and reading a
 * design file (any problem with it is the user's to fix: exit 2).
 */
import type { Design } from '../src/model/types.ts';
import { parseDesignJson } from '../src/io/json/read.ts';
import { escapeText } from './escape.ts';
import { FileRefused } from './file.ts';
import { looksLikeAws } from '../src/io/aws/index.ts';
import { importForCommand } from './importAws.ts';
import { looksLikeCfn } from '../src/io/cfn/index.ts';
import { importCfnForCommand } from './importCfn.ts';
import { looksLikeTerraformJson } from '../src/io/iac/detect.ts';
import { importTerraformForCommand, isTerraformFolder } from './importTerraform.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** For folders of AWS describe output (importAws.ts): a directory's entries, or null for a file. */
  readonly listDir?: (path: string) => string[] | null;
  readonly writeFile?: (path: string, text: string) => void;
  /** Makes a folder and its parents (export terraform -o dir/). */
  readonly makeDir?: (path: string) => void;
}

export const EXIT = { ok: 0, found: 1, usage: 2 } as const;

/** Something the user must fix in the command or the file: printed, exit 2. */
export class UsageError extends Error {}

/** A file's text, or a UsageError saying why it cannot be read. */
export function readText(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
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
    throw new UsageError(`cannot read ${escapeText(file)}: ${escapeText(why)}.`);
  }
}

export function loadDesign(io: CliIo, file: string): Design {
  const shown = escapeText(file);
  const text = readText(io, file);
  const parsed = parseDesignJson(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path ? `${escapeText(e.path)}: ` : ''}${escapeText(e.message)}`);
    throw new UsageError(`${shown} is not a valid VPC Town design:\n${lines.join('\n')}`);
  }
  for (const w of parsed.warnings) io.stderr(`warning: ${shown}: ${escapeText(w)}\n`);
  return parsed.design;
}

/**
 * A design from PATHs: a VPC Town design file, a CloudFormation template (imported with its
 * parameters' defaults), Terraform (a .tf file, a folder of them, or terraform show -json output,
 * imported with the variables' defaults), or AWS describe output (files or folders), imported first.
 */
export async function loadInput(io: CliIo, paths: readonly string[]): Promise<Design> {
  const [first] = paths;
  if (paths.length === 1 && isTerraformFolder(io, first!)) return importTerraformForCommand(io, first!);
  if (paths.length === 1 && !io.listDir?.(first!)) {
    let text: string | null = null;
    try {
      text = io.readFile(first!);
    } catch {
      // loadDesign says why
    }
    if (text !== null && looksLikeCfn(text)) return importCfnForCommand(io, first!, text);
    if (text !== null && (/\.tf$/i.test(first!) || looksLikeTerraformJson(text)))
      return importTerraformForCommand(io, first!);
    if (text === null || !looksLikeAws(text)) return loadDesign(io, first!);
  }
  return importForCommand(io, paths);
}
