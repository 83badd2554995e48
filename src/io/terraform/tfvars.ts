/**
 * Variable definition files (`.tfvars` in HCL, `.tfvars.json`), read as Terraform reads them
 * (developer.hashicorp.com/terraform/language/values/variables, "Variable definition precedence"):
 * environment variables first (not read here), then `terraform.tfvars`, then `terraform.tfvars.json`,
 * then `*.auto.tfvars` / `*.auto.tfvars.json` in the lexical order of their names, then each
 * `-var-file` and `-var` in the order given; a later definition wins. Here the `-var-file`s come in
 * the order given and every `-var` after them (the CLI's `--var` wins, as the app's form does).
 */
import type { Problems } from '../aws/problems.ts';
import type { HclParser } from './hcl/parser.ts';
import { errorPlace, errorText } from './hcl/parser.ts';
import type { TerraformInput } from './index.ts';

const base = (path: string) => path.split('/').at(-1) ?? path;

/** A variable definitions file, by its name. */
export const isTfvars = (path: string): boolean => /\.tfvars(\.json)?$/i.test(path);

/** One Terraform loads by itself from the working directory. */
export const isAutoTfvars = (path: string): boolean =>
  /^terraform\.tfvars(\.json)?$/.test(base(path)) || /\.auto\.tfvars(\.json)?$/.test(base(path));

/** Terraform's order for the automatic files: terraform.tfvars, terraform.tfvars.json, then *.auto.* by name. */
function autoRank(path: string): [number, string] {
  const b = base(path);
  if (b === 'terraform.tfvars') return [0, b];
  if (b === 'terraform.tfvars.json') return [1, b];
  return [2, b];
}

export function orderAutoTfvars(files: readonly TerraformInput[]): TerraformInput[] {
  return [...files].sort((x, y) => {
    const [a, an] = autoRank(x.path);
    const [b, bn] = autoRank(y.path);
    return a !== b ? a - b : an < bn ? -1 : an > bn ? 1 : 0;
  });
}

/** A value as the variables' string form takes it: strings as they are, anything else as JSON. */
const asGiven = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * The definitions of the files, in order (a later file wins), with the file each came from.
 * A file that cannot be read is an error problem (the import is refused, as Terraform refuses).
 */
export async function readTfvars(
  files: readonly TerraformInput[],
  parse: (() => Promise<HclParser>) | null,
  problems: Problems,
): Promise<{ values: Record<string, string>; from: Record<string, string>; ok: boolean }> {
  const values: Record<string, string> = {};
  const from: Record<string, string> = {};
  let ok = true;
  for (const f of files) {
    const text = f.text.replace(/^\uFEFF/, '');
    let doc: unknown;
    try {
      if (/\.json$/i.test(f.path)) doc = JSON.parse(text);
      else {
        if (!parse) throw new Error('the HCL parser is not available');
        doc = await (await parse())(f.path, text);
      }
    } catch (e) {
      const detail = errorText(e instanceof Error ? e.message : String(e));
      const where = errorPlace(detail) ?? undefined;
      problems.add(
        'error',
        'syntax-error',
        f.path,
        { detail: `not a valid variable definitions file: ${detail}` },
        `${f.path} is not a valid variable definitions file: ${detail}${where ? ` (line ${where.line}, column ${where.column})` : ''}.`,
        where,
      );
      ok = false;
      continue;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      problems.add(
        'error',
        'syntax-error',
        f.path,
        { detail: 'not an object' },
        `${f.path} does not define variables.`,
      );
      ok = false;
      continue;
    }
    for (const [name, v] of Object.entries(doc as Record<string, unknown>)) {
      // hcl2json writes an expression as "${…}": a definitions file takes literal values only.
      if (typeof v === 'string' && /\$\{/.test(v)) {
        problems.add(
          'warning',
          'tfvars-expression',
          f.path,
          { name },
          `${f.path}: ${name} is an expression; a variable definitions file takes literal values only, so it is not used.`,
        );
        continue;
      }
      values[name] = asGiven(v);
      from[name] = f.path;
    }
  }
  return { values, from, ok };
}
