/**
 * A small YAML writer for CloudFormation templates: block mappings and sequences, the short-form
 * tags (`!Ref Vpc`, `!GetAtt Vpc.DefaultSecurityGroup`, `!If` with a sequence) and comments, as a
 * person writes a template. Strings are plain where YAML reads them back as the same string,
 * else single-quoted, else double-quoted with escapes (control characters, lone surrogates).
 * The output is read back by readCfn's parser (src/io/cfn/parse.ts); yaml.test.ts checks that any
 * value survives.
 */

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | YamlTagged | YamlMap | YamlComment;

/** A short-form function: `!Ref X`, `!GetAtt A.B`, `!If [...]`. */
export interface YamlTagged {
  readonly tag: string;
  readonly value: YamlValue;
}

/** A mapping in key order; a key may carry a comment line written above it. */
export interface YamlMap {
  readonly entries: readonly (readonly [string, YamlValue, string?])[];
}

/** A value with a comment above its key (for readers of the template). */
export interface YamlComment {
  readonly comment: string;
  readonly value: YamlValue;
}

export const tag = (t: string, value: YamlValue): YamlTagged => ({ tag: t, value });
export const ref = (name: string): YamlTagged => tag('!Ref', name);
export const getAtt = (name: string, attribute: string): YamlTagged => tag('!GetAtt', `${name}.${attribute}`);

/** A mapping from pairs; `undefined` values are left out, so optional properties read simply. */
export function map(...entries: readonly (readonly [string, YamlValue | undefined, string?])[]): YamlMap {
  return {
    entries: entries.filter((e): e is readonly [string, YamlValue, string?] => e[1] !== undefined),
  };
}

const isTagged = (v: YamlValue): v is YamlTagged => typeof v === 'object' && v !== null && 'tag' in v;
const isMap = (v: YamlValue): v is YamlMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'entries' in v;

const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMBERISH = /^[-+.]?(\d|\.\d|inf|nan)/i;
const IPV4ISH = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/;

/** A string as a YAML scalar that reads back as the same string. */
export function scalar(s: string): string {
  const plain =
    s !== '' &&
    (IPV4ISH.test(s) ||
      (/^[A-Za-z_/\u00a0-\ud7ff\ue000-\ufffd][A-Za-z0-9 _./()+@=:<>,;\u00a0-\ud7ff\ue000-\ufffd-]*$/.test(s) &&
        !s.endsWith(':') &&
        !/\s$/.test(s) &&
        !RESERVED.test(s) &&
        !NUMBERISH.test(s) &&
        !s.includes(' #') &&
        !s.includes(': ')));
  if (plain) return s;
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff]/.test(s)) return `'${s.replace(/'/g, "''")}'`;
  // JSON's escapes are YAML's double-quoted escapes; lone surrogates come out as \udxxx.
  return JSON.stringify(s);
}

const keyText = (k: string) => scalar(k);

function inline(v: YamlValue): string | null {
  if (v === null) return 'null';
  if (typeof v === 'string') return scalar(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isTagged(v)) {
    const inner = inline(v.value);
    return inner !== null && !(Array.isArray(v.value) || isMap(v.value)) ? `${v.tag} ${inner}` : null;
  }
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (isMap(v) && v.entries.length === 0) return '{}';
  return null;
}

const unwrap = (v: YamlValue): { value: YamlValue; comment?: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'comment' in v
    ? { value: (v as YamlComment).value, comment: (v as YamlComment).comment }
    : { value: v };

function commentLines(comment: string, pad: string): string[] {
  return comment.split('\n').map((l) => `${pad}# ${l}`.trimEnd());
}

/** The lines of `v` written as the value after `head` (`Key:` or `-`) at indent `pad`. */
function block(head: string, raw: YamlValue, pad: string, out: string[]): void {
  const { value: v, comment } = unwrap(raw);
  if (comment) out.push(...commentLines(comment, pad));
  const one = inline(v);
  if (one !== null) {
    out.push(`${pad}${head} ${one}`);
    return;
  }
  const inner = pad + '  ';
  if (isTagged(v)) {
    out.push(`${pad}${head} ${v.tag}`);
    body(v.value, inner, out);
    return;
  }
  if (head === '-' && isMap(v)) {
    // `- Key: Name` with the rest of the mapping under it, as templates are written.
    const lines: string[] = [];
    body(v, inner, lines);
    lines[0] = `${pad}- ${lines[0]!.slice(inner.length)}`;
    out.push(...lines);
    return;
  }
  out.push(`${pad}${head}`);
  body(v, inner, out);
}

function body(v: YamlValue, pad: string, out: string[]): void {
  if (Array.isArray(v)) for (const item of v) block('-', item, pad, out);
  else if (isMap(v))
    for (const [i, [k, value, comment]] of v.entries.entries()) {
      if (i > 0 && (v as { spaced?: boolean }).spaced) out.push('');
      if (comment) out.push(...commentLines(comment, pad));
      block(`${keyText(k)}:`, value, pad, out);
    }
  else out.push(`${pad}${inline(v as YamlValue) ?? 'null'}`);
}

/** A whole document: the top-level mapping, a blank line between its sections. */
export function stringifyYaml(doc: YamlMap, header?: string): string {
  const out: string[] = [];
  if (header) out.push(...commentLines(header, ''), '');
  doc.entries.forEach(([k, value, comment], i) => {
    if (i > 0) out.push('');
    if (comment) out.push(...commentLines(comment, ''));
    block(`${keyText(k)}:`, value, '', out);
  });
  return out.join('\n') + '\n';
}

/** Sections whose entries are separated by blank lines (Resources): one block per resource. */
export function spacedMap(entries: readonly (readonly [string, YamlValue, string?])[]): YamlMap {
  return { entries, spaced: true } as YamlMap;
}
