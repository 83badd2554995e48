/**
 * Open a saved design: size limit → JSON → format/version + migrations → schema → references.
 *
 * Data is validated where it enters (as tldraw's schema and Excalidraw's `data/restore.ts` do). What we
 * cannot trust is either refused with a message naming the place (`resources[3].cidr`), or
 * repaired with a warning that says what was kept. The rule for references (docs/design-format.md,
 * "References"):
 *
 * - Errors (the file is refused): duplicate resource ids, reserved ids (`local`, `internet`, an
 *   IPv4 address), a `parent` that does not exist, parent cycles. Guessing where a resource belongs
 *   would silently redraw the user's diagram.
 * - Repaired with a warning: entries of `subnetIds` / `securityGroupIds` that do not exist or name
 *   the wrong kind are dropped (an association with nothing means nothing); an SG rule whose
 *   `sourceSg` does not exist is dropped (SG rules only allow, so dropping one never opens
 *   traffic); a peering side that does not name a VPC becomes `null` (unset); a flow whose endpoint
 *   does not exist is dropped; duplicate ids of routes, rules and flows get a fresh suffix.
 * - Kept with a warning: a route whose target does not exist. AWS keeps such a route as a
 *   `blackhole`, and the validator reports it (RT-004), so the user sees it on the canvas.
 *
 * parseDesignJson never throws; an unexpected failure becomes an error result.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { ipToInt } from '../../model/cidr.ts';
import { sortParentsFirst } from '../../model/graph.ts';
import { unusableId } from '../../model/ids.ts';
import type { Design, Flow, Resource, ResourceKind } from '../../model/types.ts';
import { hasRole, kindDef, type KindRole, type RefField } from '../../model/kinds/index.ts';
import { migrateToCurrent, isObject } from './migrations.ts';
import { designSchema } from './schema.ts';
import { MAX_DESIGN_BYTES, MAX_RESOURCES } from './limits.ts';

export { MAX_DESIGN_BYTES, MAX_RESOURCES };

export interface ReadError {
  /** JSON path of the problem, e.g. `resources[3].cidr`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** Set on problems the app words itself, in the user's language, from `params`. */
  readonly code?: 'tooManyResources';
  readonly params?: Readonly<Record<string, number>>;
}

export type ParseResult = { ok: true; design: Design; warnings: string[] } | { ok: false; errors: ReadError[] };

const MAX_MESSAGES = 100;
/** Deepest nesting accepted (a sound design needs 4); keeps every later tree walk shallow. */
const MAX_DEPTH = 32;

export interface ParseOptions {
  /**
   * Refuse a design with more resources than this, before checking it (default: no limit). Files
   * and links the user opens pass MAX_RESOURCES; the design kept in this browser does not, so a
   * design the user made is never refused on reload.
   */
  readonly maxResources?: number;
}

/** Parse a saved design (the text of a `.json` file). Never throws. */
export function parseDesignJson(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, options.maxResources ?? Infinity);
  } catch (e) {
    return fail(
      '',
      `VPC Town could not read this design (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
    );
  }
}

function parseUnsafe(text: string, maxResources: number): ParseResult {
  if (typeof text !== 'string') return fail('', 'There is no text to read: a design is a JSON file.');
  const bytes = utf8Length(text);
  if (bytes > MAX_DESIGN_BYTES) {
    const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
    return fail(
      '',
      `The file is ${mb.toFixed(1)} MB; VPC Town opens designs up to ${MAX_DESIGN_BYTES / (1024 * 1024)} MB.`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('', 'The file is empty: a design is a JSON object with "format": "vpc-town".');

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail('', jsonErrorMessage(body, e));
  }

  const count = resourceCount(raw);
  if (count > maxResources) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `This design has ${count.toLocaleString('en-US')} resources; VPC Town opens designs of up to ${maxResources.toLocaleString('en-US')}. Split it into smaller designs (a Region or a VPC each) and open them one at a time.`,
          code: 'tooManyResources',
          params: { count, max: maxResources },
        },
      ],
    };
  }

  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return migrated;
  const warnings = [...migrated.warnings];

  const parsed = designSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((iss) => issueToError(iss, migrated.doc));
    return { ok: false, errors: capMessages(errors, (n) => ({ path: '', message: `…and ${n} more problems.` })) };
  }
  collectUnknownKeys(migrated.doc, migrated.doc, parsed.data, [], warnings);

  const checked = checkReferences(parsed.data as Design, warnings);
  if (!checked.ok) return checked;
  return { ok: true, design: checked.design, warnings: capMessages(warnings, (n) => `…and ${n} more warnings.`) };
}

/* ------------------------------------------------------------------ size and JSON */

/** How many resources a parsed file holds (`nodes` in format version 0), before any checking. */
function resourceCount(raw: unknown): number {
  if (!isObject(raw)) return 0;
  const list = Array.isArray(raw.resources) ? raw.resources : Array.isArray(raw.nodes) ? raw.nodes : null;
  return list ? list.length : 0;
}

/** UTF-8 byte length without allocating a copy of a possibly huge string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Engines word JSON errors differently; V8 says "at position N", Firefox "at line L column C". */
function jsonErrorMessage(text: string, e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  let where = '';
  const pos = /at position (\d+)/.exec(detail);
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) where = ` at line ${lc[1]}, column ${lc[2]}`;
  else if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    where = ` at line ${line}, column ${column}`;
  } else if (/end of JSON input|Unterminated|unexpected end/i.test(detail)) {
    where = ' (it ends too early: is it cut off?)';
  }
  return `The file is not valid JSON${where}: ${detail}. A design is a JSON object with "format": "vpc-town".`;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/* ------------------------------------------------------------------ schema messages */

type PathPart = PropertyKey;

export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const key = String(p);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (Array.isArray(cur) && typeof p === 'number') cur = cur[p];
    else if (isObject(cur) && typeof p === 'string' && Object.hasOwn(cur, p)) cur = cur[p];
    else return undefined;
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** "resources[3].cidr (subnet subnet-0a1b2c3d)": the path plus which resource it is in. */
function where(root: unknown, path: readonly PathPart[]): string {
  const p = formatPath(path);
  if (path[0] === 'resources' && typeof path[1] === 'number') {
    const r = valueAt(root, path.slice(0, 2));
    if (isObject(r) && typeof r.id === 'string') {
      const kind = typeof r.kind === 'string' ? `${r.kind} ` : '';
      return `${p} (${kind}${r.id.length > 60 ? `${r.id.slice(0, 57)}…` : r.id})`;
    }
  }
  return p || 'The design';
}

function issueToError(iss: $ZodIssue, root: unknown): ReadError {
  const path = iss.path as PathPart[];
  const value = valueAt(root, path);
  const at = where(root, path);
  const field = path.length ? String(path[path.length - 1]) : '';
  let message: string;
  switch (iss.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[iss.expected] ?? iss.expected;
      if (value === undefined) {
        message =
          typeof path[path.length - 1] === 'number'
            ? `${at}: expected ${expected} here.`
            : `${where(root, path.slice(0, -1))}: the field "${field}" is missing; it should be ${expected}.`;
      } else {
        message = `${at}: expected ${expected}, found ${describe(value)}.`;
      }
      break;
    }
    case 'invalid_union': {
      if ('discriminator' in iss && iss.discriminator) {
        const options = (iss as { options?: unknown[] }).options?.join(', ') ?? '';
        message =
          value === undefined
            ? `${at}: every resource needs a "kind" (one of ${options}).`
            : `${at}: ${describe(value)} is not a kind VPC Town knows; use one of ${options}.`;
      } else {
        // The one option the value has the right type for says best what is wrong with it (a
        // protocol number out of range, or one that is written by name).
        const near = (iss.errors ?? []).filter(
          (opt) => opt.length > 0 && opt.every((e) => e.code !== 'invalid_type' && e.code !== 'invalid_value'),
        );
        const detail = near.length === 1 ? near[0]![0]!.message : iss.message;
        message = `${at}: ${detail}${value !== undefined && typeof value !== 'object' ? ` (found ${describe(value)})` : ''}`;
      }
      break;
    }
    case 'invalid_value': {
      const allowed = `${iss.values.length > 1 ? 'one of ' : ''}${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
      message =
        value === undefined
          ? `${where(root, path.slice(0, -1))}: the field "${field}" is missing; use ${allowed}.`
          : `${at}: ${describe(value)} is not allowed here; use ${allowed}.`;
      break;
    }
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
    case 'custom':
      message = `${at}: ${iss.message}${value !== undefined && typeof value !== 'object' ? ` (found ${describe(value)})` : ''}`;
      break;
    default:
      message = `${at}: ${iss.message}`;
  }
  return { path: formatPath(path), message };
}

/* ------------------------------------------------------------------ unknown keys */

/**
 * Walk the file and the parsed result side by side; a key the schema dropped is reported once.
 * The walk follows the parsed value, so it is bounded by the schema's depth, not the file's.
 */
function collectUnknownKeys(root: unknown, raw: unknown, parsed: unknown, path: PathPart[], warnings: string[]): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < parsed.length; i++) collectUnknownKeys(root, raw[i], parsed[i], [...path, i], warnings);
    return;
  }
  if (!isObject(raw) || !isObject(parsed)) return;
  for (const key of Object.keys(raw)) {
    if (Object.hasOwn(parsed, key)) collectUnknownKeys(root, raw[key], parsed[key], [...path, key], warnings);
    else {
      const place = path.length ? where(root, path) : 'the top level';
      const shown = key.length > 40 ? `${key.slice(0, 37)}…` : key;
      warnings.push(`${place}: ignored the unknown field ${JSON.stringify(shown)}.`);
    }
  }
}

/* ------------------------------------------------------------------ references */

type Checked = { ok: true; design: Design } | { ok: false; errors: ReadError[] };

function checkReferences(design: Design, warnings: string[]): Checked {
  const errors: ReadError[] = [];
  const byId = new Map<string, Resource>();
  const indexOf = new Map<string, number>();
  design.resources.forEach((r, i) => {
    const path = `resources[${i}]`;
    const unusable = unusableId(r.id);
    if (unusable === 'reserved') {
      errors.push({
        path: `${path}.id`,
        message: `${path}: the id "${r.id}" is reserved (routes and flows use it); give this ${r.kind} another id.`,
      });
    } else if (unusable === 'address') {
      errors.push({
        path: `${path}.id`,
        message: `${path}: the id "${r.id}" looks like an IPv4 address, which flows would confuse with an address; give this ${r.kind} another id.`,
      });
    }
    const first = indexOf.get(r.id);
    if (first !== undefined) {
      errors.push({
        path: `${path}.id`,
        message: `${path}: the id "${r.id}" is already used by resources[${first}]; every resource needs its own id.`,
      });
      return;
    }
    byId.set(r.id, r);
    indexOf.set(r.id, i);
  });

  design.resources.forEach((r, i) => {
    if (r.parent !== null && !byId.has(r.parent)) {
      errors.push({
        path: `resources[${i}].parent`,
        message: `resources[${i}] (${r.kind} ${r.id}): its parent "${r.parent}" is not in the design. Add it back or set "parent" to null.`,
      });
    }
  });

  // Parent loops and nesting depth, in one O(n) pass: each walk up stops at a resource already
  // settled, so a long chain is not walked again from every member.
  const depth = new Map<string, number | null>(); // nesting depth (top level 0); null: in or below a loop
  let tooDeep: Resource | undefined;
  for (const start of design.resources) {
    if (depth.has(start.id)) continue;
    const chain: Resource[] = [];
    const onChain = new Set<string>();
    let cur: Resource | undefined = start;
    while (cur && !depth.has(cur.id) && !onChain.has(cur.id)) {
      onChain.add(cur.id);
      chain.push(cur);
      cur = cur.parent === null ? undefined : byId.get(cur.parent);
    }
    let d: number | null;
    if (cur === undefined)
      d = -1; // reached the top level (or a missing parent, reported above)
    else if (onChain.has(cur.id)) {
      const ids = chain.slice(chain.indexOf(cur)).map((r) => r.id);
      const loop = ids.length > 6 ? [...ids.slice(0, 3), `… ${ids.length - 4} more …`, ids[ids.length - 1]!] : ids;
      const i = indexOf.get(cur.id) ?? 0;
      errors.push({
        path: `resources[${i}].parent`,
        message: `resources[${i}] (${cur.kind} ${cur.id}): the parents form a loop (${[...loop, cur.id].join(' → ')}); a resource cannot sit inside itself.`,
      });
      d = null;
    } else d = depth.get(cur.id) ?? null;
    for (let k = chain.length - 1; k >= 0; k--) {
      d = d === null ? null : d + 1;
      depth.set(chain[k]!.id, d);
      if (d !== null && d > MAX_DEPTH && !tooDeep) tooDeep = chain[k];
    }
  }
  if (tooDeep) {
    const i = indexOf.get(tooDeep.id) ?? 0;
    errors.push({
      path: `resources[${i}].parent`,
      message: `resources[${i}] (${tooDeep.kind} ${tooDeep.id}) is nested more than ${MAX_DEPTH} containers deep; a design nests at most region › VPC › zone › subnet › resource.`,
    });
  }
  if (errors.length)
    return { ok: false, errors: capMessages(errors, (n) => ({ path: '', message: `…and ${n} more problems.` })) };

  const label = (r: Resource, i: number) => `resources[${i}] (${r.kind} ${r.id})`;
  const nounOf = (to: RefField['to']) =>
    Array.isArray(to) ? to.map((k) => kindDef(k as ResourceKind).noun).join(' or ') : 'route target';
  const fits = (id: string, to: RefField['to']) => {
    const found = byId.get(id);
    if (!found) return false;
    return Array.isArray(to) ? to.includes(found.kind) : hasRole(found, (to as { role: KindRole }).role);
  };

  const recordIds = new Set<string>();
  const uniqueRecordId = (id: string, where: string): string => {
    if (!recordIds.has(id)) {
      recordIds.add(id);
      return id;
    }
    let n = 2;
    while (recordIds.has(`${id}-${n}`)) n++;
    const fresh = `${id}-${n}`;
    recordIds.add(fresh);
    warnings.push(`${where}: the id "${id}" was used twice; this one is now "${fresh}".`);
    return fresh;
  };

  // References are repaired for every kind from what its definition declares (`refs`, `records`).
  type Rec = Readonly<Record<string, unknown>>;
  const resources: Resource[] = design.resources.map((r, i): Resource => {
    const def = kindDef(r.kind);
    const obj = r as unknown as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    for (const ref of def.refs) {
      const v = obj[ref.field];
      if (ref.shape === 'list') {
        const out: string[] = [];
        for (const id of v as readonly string[]) {
          if (out.includes(id)) {
            warnings.push(`${label(r, i)}: "${id}" was listed twice in ${ref.field}; kept once.`);
          } else if (!fits(id, ref.to)) {
            const found = byId.get(id);
            const noun = nounOf(ref.to);
            warnings.push(
              `${label(r, i)}: removed "${id}" from ${ref.field}: ${found ? `it is a ${found.kind}, not a ${noun}` : `there is no ${noun} with that id`}.`,
            );
          } else out.push(id);
        }
        patch[ref.field] = out;
      } else if (ref.shape === 'single') {
        if (typeof v === 'string' && !fits(v, ref.to)) {
          warnings.push(
            `${label(r, i)}: ${ref.field} "${v}" is not a ${nounOf(ref.to)} in the design; it is now unset.`,
          );
          patch[ref.field] = null;
        }
      } else {
        const records = (patch[ref.field] ?? v) as readonly Rec[] | undefined;
        if (!Array.isArray(records)) continue; // an optional list of records, absent
        patch[ref.field] = records.flatMap((rec, j) => {
          const id = rec[ref.key];
          if (typeof id !== 'string' || ref.special?.includes(id)) return [rec];
          // A route may name any resource (the validator reports one that is no route target).
          if (ref.onDelete === 'keep' ? byId.has(id) : fits(id, ref.to)) return [rec];
          if (ref.onDelete === 'keep') {
            // A route to a missing target is kept, as AWS keeps it: a blackhole the validator reports.
            const what = ref.record
              ? `the ${ref.record.noun} to ${String(rec[ref.record.labelKey])}`
              : `${ref.field}[${j}]`;
            const noun = ref.record?.noun ?? 'reference';
            warnings.push(
              `${label(r, i)}: ${what} targets "${id}", which is not in the design; it is kept as a blackhole ${noun} (traffic is dropped) until you pick a target.`,
            );
            return [rec];
          }
          warnings.push(
            `${label(r, i)}: removed ${ref.field} rule ${j + 1} (${String(rec.id)}): it refers to the ${nounOf(ref.to)} "${id}", which is not in the design.`,
          );
          return [];
        });
      }
    }
    for (const field of Object.keys(def.records ?? {})) {
      const records = (patch[field] ?? obj[field]) as readonly Rec[] | undefined;
      if (!Array.isArray(records)) continue; // an optional list of records, absent
      patch[field] = records.map((rec, j) => {
        const id = uniqueRecordId(String(rec.id), `resources[${i}].${field}[${j}]`);
        return id === rec.id ? rec : { ...rec, id };
      });
    }
    return Object.keys(patch).length ? ({ ...r, ...patch } as Resource) : r;
  });

  const endpointOk = (e: string) => e === 'internet' || ipToInt(e) !== null || byId.has(e);
  const flows: Flow[] = design.flows.flatMap((f, j) => {
    const bad = [f.from, f.to].filter((e) => !endpointOk(e));
    if (bad.length) {
      warnings.push(
        `flows[${j}] (${f.id}${f.label ? ` "${f.label}"` : ''}): removed, because ${bad.map((b) => `"${b}"`).join(' and ')} is neither "internet", an IPv4 address, nor a resource in the design.`,
      );
      return [];
    }
    const id = uniqueRecordId(f.id, `flows[${j}]`);
    return [id === f.id ? f : { ...f, id }];
  });

  // Intents are kept whole: one naming a resource that is not in the design resolves to no
  // endpoints, which the evaluation reports as not known (never as holding), so nothing is lost.
  const intents = design.intents?.map((it, j) => {
    const id = uniqueRecordId(it.id, `intents[${j}]`);
    return id === it.id ? it : { ...it, id };
  });

  return {
    ok: true,
    design: { ...design, resources: sortParentsFirst(resources), flows, ...(intents ? { intents } : {}) },
  };
}

/* ------------------------------------------------------------------ helpers */

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function capMessages<T>(items: T[], more: (n: number) => T): T[] {
  if (items.length <= MAX_MESSAGES) return items;
  return [...items.slice(0, MAX_MESSAGES), more(items.length - MAX_MESSAGES)];
}
