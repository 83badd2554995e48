/**
 * A CloudFormation template's text → plain data: JSON with `JSON.parse`, YAML with the `yaml`
 * package and a custom tag for each short form (`!Ref x` → `{ Ref: 'x' }`, `!GetAtt a.b` →
 * `{ 'Fn::GetAtt': ['a', 'b'] }`, `!Sub`, `!If`…), so the evaluator sees only the long forms.
 * A syntax error comes back with its line and column. Never throws.
 */
import { parseDocument, type Tags } from 'yaml';
import { lineColumn } from '../json/read.ts';

/** The short-form tags CloudFormation's YAML knows (Fn::Transform's `!Transform` included). */
const FUNCTIONS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'GetAZs',
  'Cidr',
  'If',
  'Equals',
  'And',
  'Or',
  'Not',
  'FindInMap',
  'Split',
  'Base64',
  'ImportValue',
  'Transform',
  'Length',
  'ToJsonString',
] as const;

const longName = (fn: string) => (fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`);

const TAGS: Tags = FUNCTIONS.flatMap((fn) => [
  {
    tag: `!${fn}`,
    resolve: (s: string) =>
      // `!GetAtt Res.Attr` is the one short form whose scalar is split (at the first dot).
      ({
        [longName(fn)]:
          fn === 'GetAtt' ? (s.includes('.') ? [s.slice(0, s.indexOf('.')), s.slice(s.indexOf('.') + 1)] : [s]) : s,
      }),
  },
  {
    tag: `!${fn}`,
    collection: 'seq' as const,
    resolve: (seq: { toJSON(): unknown }) => ({ [longName(fn)]: seq.toJSON() }),
  },
  {
    tag: `!${fn}`,
    collection: 'map' as const,
    resolve: (map: { toJSON(): unknown }) => ({ [longName(fn)]: map.toJSON() }),
  },
]) as unknown as Tags;

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly format: 'json' | 'yaml' }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

export function parseTemplate(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'The template is empty.' };
  if (/^\s*\{/.test(body)) {
    try {
      return { ok: true, value: JSON.parse(body), format: 'json' };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const pos = /at position (\d+)/.exec(detail);
      const lc = /line (\d+) column (\d+)/.exec(detail);
      const where = lc
        ? { line: Number(lc[1]), column: Number(lc[2]) }
        : lineColumn(body, pos ? Number(pos[1]) : body.trimEnd().length);
      return { ok: false, message: `not valid JSON: ${detail}`, ...where };
    }
  }
  try {
    const doc = parseDocument(body, { customTags: TAGS, prettyErrors: true });
    const err = doc.errors[0];
    if (err) {
      const at = err.linePos?.[0];
      return {
        ok: false,
        message: `not valid YAML: ${err.message.split('\n')[0]}`,
        ...(at ? { line: at.line, column: at.col } : {}),
      };
    }
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), format: 'yaml' };
  } catch (e) {
    return { ok: false, message: `not valid YAML: ${e instanceof Error ? e.message : String(e)}` };
  }
}
