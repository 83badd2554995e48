/**
 * A small HCL writer for Terraform: blocks with labels, attributes whose `=` line up as
 * `terraform fmt` aligns them (each run of single-line attributes to its longest name), nested
 * blocks, references written bare (`aws_vpc.main.id`) and strings quoted with HCL's escapes
 * (`${` and `%{` doubled, so a name is never read as a template). Values stay on one line, so the
 * output is what `terraform fmt` would write (hcl.test.ts checks with the binary when it is there).
 */

/** An expression written as it is: a reference, a function call. */
export interface HclExpr {
  readonly expr: string;
}
export type HclValue = string | number | boolean | null | HclExpr | readonly HclValue[] | HclObject;
export interface HclObject {
  readonly object: readonly (readonly [string, HclValue])[];
}

export interface HclBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly HclItem[];
  /** A comment line above the block. */
  readonly comment?: string;
}
export type HclItem = readonly [string, HclValue | undefined] | HclBlock;

export const expr = (e: string): HclExpr => ({ expr: e });
export const object = (...entries: (readonly [string, HclValue])[]): HclObject => ({ object: entries });
export const block = (type: string, labels: readonly string[], body: readonly HclItem[], comment?: string): HclBlock =>
  comment ? { type, labels, body, comment } : { type, labels, body };

const isBlock = (i: HclItem): i is HclBlock => !Array.isArray(i);

/** A string literal in HCL's syntax. */
export function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += '\\ufffd'; // a lone surrogate: HCL reads UTF-8 only
    else out += ch;
  }
  // `${` and `%{` open templates: doubled, they are the characters themselves.
  return out.replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`) + '"';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function value(v: HclValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
  if ('expr' in (v as object)) return (v as HclExpr).expr;
  const entries = (v as HclObject).object;
  if (!entries.length) return '{}';
  return `{ ${entries.map(([k, x]) => `${NAME.test(k) ? k : quote(k)} = ${value(x)}`).join(', ')} }`;
}

function writeBlock(b: HclBlock, pad: string, out: string[]): void {
  if (b.comment) for (const line of b.comment.split('\n')) out.push(`${pad}# ${line}`.trimEnd());
  const head = [b.type, ...b.labels.map(quote)].join(' ');
  const items = b.body.filter((i) => isBlock(i) || i[1] !== undefined);
  if (!items.length) {
    out.push(`${pad}${head} {`, `${pad}}`);
    return;
  }
  out.push(`${pad}${head} {`);
  const inner = pad + '  ';
  let run: (readonly [string, HclValue])[] = [];
  const flush = () => {
    const width = Math.max(...run.map(([k]) => k.length));
    for (const [k, v] of run) out.push(`${inner}${k.padEnd(width)} = ${value(v)}`);
    run = [];
  };
  items.forEach((item, i) => {
    if (isBlock(item)) {
      if (run.length) flush();
      if (i > 0) out.push('');
      writeBlock(item, inner, out);
    } else {
      // An attribute after a nested block starts a new run, after a blank line.
      if (i > 0 && isBlock(items[i - 1]!)) out.push('');
      run.push(item as readonly [string, HclValue]);
    }
  });
  if (run.length) flush();
  out.push(`${pad}}`);
}

/** A file: top-level blocks separated by blank lines, ending with one newline. */
export function stringifyHcl(blocks: readonly HclBlock[], header?: string): string {
  const out: string[] = [];
  if (header) out.push(...header.split('\n').map((l) => `# ${l}`.trimEnd()), '');
  blocks.forEach((b, i) => {
    if (i > 0) out.push('');
    writeBlock(b, '', out);
  });
  return out.join('\n') + '\n';
}
