/**
 * The intrinsic functions, evaluated as CloudFormation does: `Ref`, `Fn::GetAtt`, `Fn::Sub` (both
 * forms), `Fn::Join`, `Fn::Select`, `Fn::GetAZs`, `Fn::Cidr`, `Fn::If` (only the branch the
 * condition picks is evaluated), `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Fn::FindInMap`,
 * `Fn::Split`, `Fn::Base64`, `Fn::ImportValue`, `Fn::Length`, `Fn::ToJsonString`, `Condition`.
 * What only a deployment knows comes back as `Unknown`; an argument CloudFormation would reject
 * throws a TemplateError. The scope (parameters, resources, conditions) is the caller's.
 */
import { cidrSplit } from './cidr.ts';
import { NO_VALUE, TemplateError, Unknown, asInt, asString, isRecord, type Value } from './values.ts';

export interface Scope {
  /** `Ref` of a parameter, pseudo parameter or resource (NO_VALUE for AWS::NoValue). */
  ref(name: string): Value;
  getAtt(resource: string, attribute: string): Value;
  /** A named condition's truth (evaluated lazily by the caller, which detects cycles). */
  condition(name: string): boolean;
  readonly mappings: Readonly<Record<string, unknown>>;
  /** `Fn::GetAZs` of a region ('' is the stack's). */
  azs(region: string): string[];
}

const FUNCTION_KEYS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::Select',
  'Fn::GetAZs',
  'Fn::Cidr',
  'Fn::If',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::FindInMap',
  'Fn::Split',
  'Fn::Base64',
  'Fn::ImportValue',
  'Fn::Transform',
  'Fn::Length',
  'Fn::ToJsonString',
]);

/** The function an object is a call of (`{ "Fn::Join": … }`), or null for plain data. */
function functionOf(v: unknown): string | null {
  if (!isRecord(v)) return null;
  const keys = Object.keys(v);
  return keys.length === 1 && FUNCTION_KEYS.has(keys[0]!) ? keys[0]! : null;
}

const MAX_DEPTH = 64;

/** Evaluate a template value: functions called, `NO_VALUE` dropped from objects and lists. */
export function evaluate(v: unknown, scope: Scope, depth = 0): Value {
  if (depth > MAX_DEPTH) throw new TemplateError('The expression is nested too deeply.');
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    const out: Value[] = [];
    for (const x of v) {
      const e = evaluate(x, scope, depth + 1);
      if (e !== NO_VALUE) out.push(e);
    }
    return out;
  }
  if (!isRecord(v)) return null; // undefined, a date or anything else YAML may give
  const fn = functionOf(v);
  if (fn) return call(fn, v[fn], scope, depth + 1);
  const out: Record<string, Value> = {};
  for (const [k, x] of Object.entries(v)) {
    const e = evaluate(x, scope, depth + 1);
    if (e !== NO_VALUE) out[k] = e;
  }
  return out;
}

const need = (ok: boolean, fn: string, shape: string) => {
  if (!ok) throw new TemplateError(`${fn} takes ${shape}.`);
};

function list(fn: string, v: Value, what = 'a list'): Value[] | Unknown {
  if (v instanceof Unknown) return v;
  if (!Array.isArray(v)) throw new TemplateError(`${fn}: expected ${what}, got ${describe(v)}.`);
  return v;
}

function describe(v: Value): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `"${String(v)}"`;
}

function text(fn: string, v: Value): string | Unknown {
  if (v instanceof Unknown) return v;
  const s = asString(v);
  if (s === null) throw new TemplateError(`${fn}: expected a string, got ${describe(v)}.`);
  return s;
}

function call(fn: string, arg: unknown, scope: Scope, depth: number): Value {
  const ev = (x: unknown) => evaluate(x, scope, depth);
  switch (fn) {
    case 'Ref': {
      const name = ev(arg);
      if (name instanceof Unknown) return name;
      need(typeof name === 'string', 'Ref', 'the name of a parameter or resource');
      return scope.ref(name as string);
    }
    case 'Fn::GetAtt': {
      let parts = Array.isArray(arg) ? arg.map(ev) : typeof arg === 'string' ? arg.split('.') : null;
      need(!!parts && parts.length >= 2, 'Fn::GetAtt', '[resource, attribute]');
      parts = parts!;
      if (parts.length > 2)
        parts = [
          parts[0]!,
          parts
            .slice(1)
            .map((p) => asString(p) ?? '')
            .join('.'),
        ];
      const u = parts.find((p) => p instanceof Unknown);
      if (u) return u;
      need(typeof parts[0] === 'string' && typeof parts[1] === 'string', 'Fn::GetAtt', '[resource, attribute]');
      return scope.getAtt(parts[0] as string, parts[1] as string);
    }
    case 'Fn::Sub':
      return sub(arg, scope, depth);
    case 'Fn::Join': {
      need(Array.isArray(arg) && arg.length === 2, 'Fn::Join', '[delimiter, [values]]');
      const [d, items] = arg as unknown[];
      const delim = text('Fn::Join', ev(d));
      if (delim instanceof Unknown) return delim;
      const values = list('Fn::Join', ev(items));
      if (values instanceof Unknown) return values;
      const parts: string[] = [];
      for (const x of values) {
        const s = text('Fn::Join', x);
        if (s instanceof Unknown) return s;
        parts.push(s);
      }
      return parts.join(delim);
    }
    case 'Fn::Select': {
      need(Array.isArray(arg) && arg.length === 2, 'Fn::Select', '[index, [values]]');
      const [i, items] = arg as unknown[];
      const index = ev(i);
      if (index instanceof Unknown) return index;
      const n = asInt(index);
      if (n === null) throw new TemplateError(`Fn::Select: the index must be a whole number, not ${describe(index)}.`);
      const values = list('Fn::Select', ev(items));
      if (values instanceof Unknown) return values;
      if (n < 0 || n >= values.length)
        throw new TemplateError(`Fn::Select: index ${n} is out of range (the list has ${values.length} values).`);
      return values[n]!;
    }
    case 'Fn::GetAZs': {
      const r = ev(arg ?? '');
      if (r instanceof Unknown) return r;
      return scope.azs(asString(r) ?? '');
    }
    case 'Fn::Cidr': {
      need(Array.isArray(arg) && arg.length === 3, 'Fn::Cidr', '[ipBlock, count, cidrBits]');
      const [b, c, bits] = (arg as unknown[]).map(ev);
      const u = [b, c, bits].find((x) => x instanceof Unknown);
      if (u) return u as Unknown;
      const block = text('Fn::Cidr', b!) as string;
      const count = asInt(c);
      const cidrBits = asInt(bits);
      if (count === null || cidrBits === null)
        throw new TemplateError('Fn::Cidr: count and cidrBits are whole numbers.');
      return cidrSplit(block, count, cidrBits);
    }
    case 'Fn::If': {
      need(Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string', 'Fn::If', '[condition, then, else]');
      const [name, yes, no] = arg as [string, unknown, unknown];
      // Lazily: only the branch the condition picks is evaluated.
      return scope.condition(name) ? ev(yes) : ev(no);
    }
    case 'Fn::Equals':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not': {
      const r = conditionValue({ [fn]: arg }, scope, depth);
      return r;
    }
    case 'Fn::FindInMap': {
      need(Array.isArray(arg) && (arg.length === 3 || arg.length === 4), 'Fn::FindInMap', '[map, key, key]');
      const [m, k1, k2, dflt] = arg as unknown[];
      const keys = [m, k1, k2].map(ev);
      const u = keys.find((x) => x instanceof Unknown);
      if (u) return u as Unknown;
      const [map, top, second] = keys.map((x) => text('Fn::FindInMap', x!) as string);
      const found = lookup(scope.mappings, map!, top!, second!);
      if (found !== undefined) return ev(found);
      // AWS::LanguageExtensions: a fourth argument { DefaultValue: x }.
      if (isRecord(dflt) && Object.hasOwn(dflt, 'DefaultValue')) return ev(dflt.DefaultValue);
      throw new TemplateError(`Fn::FindInMap: the mapping ${map} has no ${top} › ${second}.`);
    }
    case 'Fn::Split': {
      need(Array.isArray(arg) && arg.length === 2, 'Fn::Split', '[delimiter, string]');
      const [d, s] = (arg as unknown[]).map(ev);
      const delim = text('Fn::Split', d!);
      const whole = text('Fn::Split', s!);
      if (delim instanceof Unknown) return delim;
      if (whole instanceof Unknown) return whole;
      if (delim === '') throw new TemplateError('Fn::Split: the delimiter is empty.');
      return whole.split(delim);
    }
    case 'Fn::Base64': {
      const s = text('Fn::Base64', ev(arg));
      if (s instanceof Unknown) return s;
      const bytes = new TextEncoder().encode(s);
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      return btoa(bin);
    }
    case 'Fn::ImportValue': {
      const name = ev(arg);
      if (name instanceof Unknown) return new Unknown(`a value exported by another stack (${name.why})`);
      const s = text('Fn::ImportValue', name) as string;
      return new Unknown(`the value another stack exports as "${s}"`, s);
    }
    case 'Fn::Transform':
      return new Unknown('the output of a macro (Fn::Transform)');
    case 'Fn::Length': {
      const values = list('Fn::Length', ev(arg));
      return values instanceof Unknown ? values : values.length;
    }
    case 'Fn::ToJsonString': {
      const v = ev(arg);
      return v instanceof Unknown ? v : JSON.stringify(v);
    }
  }
  throw new TemplateError(`${fn} is not a function VPC Town knows.`);
}

function lookup(mappings: Readonly<Record<string, unknown>>, map: string, top: string, second: string): unknown {
  const m = Object.hasOwn(mappings, map) ? mappings[map] : undefined;
  const t = isRecord(m) && Object.hasOwn(m, top) ? m[top] : undefined;
  return isRecord(t) && Object.hasOwn(t, second) ? t[second] : undefined;
}

/** `Fn::Sub`: `${Name}`, `${Res.Attr}`, `${!Literal}`, with the variables map of the list form first. */
function sub(arg: unknown, scope: Scope, depth: number): Value {
  let template: unknown = arg;
  let vars: Record<string, Value> = {};
  if (Array.isArray(arg)) {
    need(arg.length === 2 && isRecord(arg[1]), 'Fn::Sub', '"string" or [string, { variables }]');
    template = arg[0];
    const v = evaluate(arg[1], scope, depth);
    vars = isRecord(v) ? (v as Record<string, Value>) : {};
  }
  const str = evaluate(template, scope, depth);
  if (str instanceof Unknown) return str;
  if (typeof str !== 'string') throw new TemplateError('Fn::Sub: the template is a string.');
  let unknown: Unknown | null = null;
  const out = str.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    let v: Value;
    if (Object.hasOwn(vars, name)) v = vars[name]!;
    else if (name.includes('.') && !name.startsWith('AWS::')) {
      const dot = name.indexOf('.');
      v = scope.getAtt(name.slice(0, dot), name.slice(dot + 1));
    } else v = scope.ref(name);
    if (v instanceof Unknown) {
      unknown ??= v;
      return whole;
    }
    const s = asString(v);
    if (s === null) throw new TemplateError(`Fn::Sub: \${${name}} is ${describe(v)}, not a string.`);
    return s;
  });
  return unknown ?? out;
}

/**
 * A condition expression's truth: `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `{ Condition: name }`,
 * or a value that is true or false. Unknown when it depends on what only a deployment knows.
 */
export function conditionValue(expr: unknown, scope: Scope, depth = 0): boolean | Unknown {
  if (depth > MAX_DEPTH) throw new TemplateError('The condition is nested too deeply.');
  if (isRecord(expr)) {
    const keys = Object.keys(expr);
    if (keys.length === 1 && keys[0] === 'Condition') {
      const name = expr.Condition;
      need(typeof name === 'string', 'Condition', 'the name of a condition');
      return scope.condition(name as string);
    }
    const fn = keys.length === 1 ? keys[0]! : '';
    const arg = expr[fn];
    const each = (xs: unknown) => {
      need(Array.isArray(xs), fn, 'a list of conditions');
      return (xs as unknown[]).map((x) => conditionValue(x, scope, depth + 1));
    };
    if (fn === 'Fn::Equals') {
      need(Array.isArray(arg) && arg.length === 2, 'Fn::Equals', '[value, value]');
      const [a, b] = (arg as unknown[]).map((x) => evaluate(x, scope, depth + 1));
      if (a instanceof Unknown) return a;
      if (b instanceof Unknown) return b;
      return same(a!, b!);
    }
    if (fn === 'Fn::Not') {
      const [v, ...rest] = each(arg);
      need(v !== undefined && rest.length === 0, 'Fn::Not', '[condition]');
      return v instanceof Unknown ? v : !v;
    }
    if (fn === 'Fn::And' || fn === 'Fn::Or') {
      const vs = each(arg);
      need(vs.length >= 2 && vs.length <= 10, fn, '2 to 10 conditions');
      const decided = vs.find((v) => v === (fn === 'Fn::Or'));
      if (decided !== undefined) return decided as boolean;
      const u = vs.find((v) => v instanceof Unknown);
      return u ?? fn === 'Fn::And';
    }
  }
  const v = evaluate(expr, scope, depth + 1);
  if (v instanceof Unknown) return v;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw new TemplateError(`A condition is true or false, not ${describe(v)}.`);
}

/** Fn::Equals compares values as CloudFormation does: scalars by their string, lists and objects deeply. */
function same(a: Value, b: Value): boolean {
  const sa = asString(a);
  const sb = asString(b);
  if (sa !== null || sb !== null) return sa === sb;
  return JSON.stringify(a) === JSON.stringify(b);
}
