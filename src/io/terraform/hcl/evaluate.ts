/**
 * Evaluate a parsed Terraform expression (expr.ts) as Terraform would, as far as it can be known
 * before `terraform apply`: what depends on an unknown is unknown (values.ts), never guessed. A
 * value Terraform would reject (an index out of range, a wrong type) throws an EvalError.
 */
import type { Expr } from './expr.ts';
import { EvalError, FUNCTIONS, UNKNOWABLE } from './functions.ts';
import {
  TfInstance,
  TfRef,
  TfUnknown,
  asBool,
  asNumber,
  asText,
  isList,
  isMap,
  isOpaque,
  type TfValue,
} from '../values.ts';

export { EvalError } from './functions.ts';

export interface EvalScope {
  /** `root.key` for the roots the configuration defines (`var.x`, `local.y`, `aws_vpc.main`, `data.…`, `module.…`), or undefined when `root` is none of them. */
  member(root: string, key: string): TfValue | undefined;
  /** A root name on its own (`count`, `each`, `self`, `path`, `terraform`); undefined when not defined here. */
  root(name: string): TfValue | undefined;
  /** One attribute of a resource instance (its value in the configuration, else a TfRef). */
  attr(address: string, key: string): TfValue;
}

const unknownOf = (v: TfUnknown | TfRef): TfUnknown =>
  v instanceof TfUnknown ? v : new TfUnknown(`${v.address}.${v.attr}, known after apply`);

export function evaluate(e: Expr, scope: EvalScope, env: ReadonlyMap<string, TfValue> = new Map()): TfValue {
  const ev = (x: Expr, en = env) => evaluate(x, scope, en);
  switch (e.t) {
    case 'lit':
      return e.v;
    case 'tpl': {
      let out = '';
      for (const p of e.parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const v = ev(p);
        if (isOpaque(v)) return unknownOf(v);
        const s = asText(v);
        if (s === null) throw new EvalError('a template can only hold strings, numbers and bools');
        out += s;
      }
      return out;
    }
    case 'var': {
      if (env.has(e.name)) return env.get(e.name)!;
      const v = scope.root(e.name);
      if (v === undefined) throw new EvalError(`"${e.name}" is not defined here`);
      return v;
    }
    case 'anon':
      if (env.has('\0')) return env.get('\0')!;
      throw new EvalError('a splat without a value');
    case 'get': {
      if (e.obj.t === 'var' && !env.has(e.obj.name)) {
        const m = scope.member(e.obj.name, e.key);
        if (m !== undefined) return m;
      }
      return getAttr(ev(e.obj), e.key, scope);
    }
    case 'idx': {
      const obj = ev(e.obj);
      const key = ev(e.key);
      if (isOpaque(obj)) return unknownOf(obj);
      if (isOpaque(key)) return unknownOf(key);
      if (isList(obj)) {
        const n = asNumber(key);
        if (n === null || !Number.isInteger(n)) throw new EvalError('a list index must be a whole number');
        if (n < 0 || n >= obj.length) throw new EvalError(`index ${n} is out of range (the list has ${obj.length})`);
        return obj[n]!;
      }
      const k = asText(key);
      if (k === null) throw new EvalError('a map key must be a string');
      return getAttr(obj, k, scope);
    }
    case 'splat': {
      const obj = ev(e.obj);
      if (isOpaque(obj)) return unknownOf(obj);
      // A splat of one value (not a list) is a list of it; of null, an empty list.
      const items = isList(obj)
        ? obj
        : obj === null
          ? []
          : isMap(obj) && !(obj instanceof TfInstance)
            ? Object.values(obj)
            : [obj];
      return items.map((item) => {
        const inner = new Map(env);
        inner.set('\0', item);
        return ev(e.rest, inner);
      });
    }
    case 'call':
      return call(e, ev);
    case 'tuple':
      return e.items.map((x) => ev(x));
    case 'object': {
      const out: Record<string, TfValue> = {};
      for (const [k, v] of e.items) {
        const key = k.t === 'var' ? k.name : ev(k);
        if (isOpaque(key)) return unknownOf(key);
        const s = asText(key);
        if (s === null) throw new EvalError('an object key must be a string');
        out[s] = ev(v);
      }
      return out;
    }
    case 'cond': {
      const c = ev(e.c);
      if (isOpaque(c)) return unknownOf(c);
      const b = asBool(c);
      if (b === null) throw new EvalError('a condition must be true or false');
      return b ? ev(e.a) : ev(e.b);
    }
    case 'un': {
      const v = ev(e.e);
      if (isOpaque(v)) return unknownOf(v);
      if (e.op === '!') {
        const b = asBool(v);
        if (b === null) throw new EvalError('! needs a bool');
        return !b;
      }
      const n = asNumber(v);
      if (n === null) throw new EvalError('- needs a number');
      return -n;
    }
    case 'bin':
      return binary(e.op, e.l, e.r, ev);
    case 'for':
      return forExpr(e, ev, env);
  }
}

function getAttr(obj: TfValue, key: string, scope: EvalScope): TfValue {
  if (isOpaque(obj)) return unknownOf(obj);
  if (obj instanceof TfInstance) return scope.attr(obj.address, key);
  if (isMap(obj)) {
    if (!Object.hasOwn(obj, key)) throw new EvalError(`no attribute "${key}"`);
    return obj[key]!;
  }
  if (isList(obj)) throw new EvalError(`a list has no attribute "${key}" (use [*].${key})`);
  throw new EvalError(`"${key}" of a value that has no attributes`);
}

function call(e: Extract<Expr, { t: 'call' }>, ev: (x: Expr) => TfValue): TfValue {
  const name = e.name;
  if (name === 'try') {
    for (const a of e.args) {
      try {
        return ev(a);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
    }
    throw new EvalError('try: every argument failed');
  }
  if (name === 'can') {
    try {
      const v = ev(e.args[0] ?? { t: 'lit', v: null });
      return isOpaque(v) ? unknownOf(v) : true;
    } catch (err) {
      if (err instanceof EvalError) return false;
      throw err;
    }
  }
  let args = e.args.map((a) => ev(a));
  if (e.expand) {
    const last = args.at(-1)!;
    if (isOpaque(last)) return unknownOf(last);
    if (!isList(last)) throw new EvalError(`${name}: ... needs a list`);
    args = [...args.slice(0, -1), ...last];
  }
  const f = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (f) return f(args);
  if (UNKNOWABLE.has(name) || name.includes('::'))
    return new TfUnknown(`the result of ${name}(), which VPC Town does not evaluate`);
  throw new EvalError(`there is no function named ${name}`);
}

function equal(a: TfValue, b: TfValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return asNumber(a) === asNumber(b) && asNumber(a) !== null;
  return JSON.stringify(a) === JSON.stringify(b);
}

function binary(op: string, l: Expr, r: Expr, ev: (x: Expr) => TfValue): TfValue {
  const a = ev(l);
  // && and || stop early as Terraform 1.x does not, but the answer is the same when the left decides.
  if (op === '&&' || op === '||') {
    if (!isOpaque(a) && asBool(a) === (op === '||')) return op === '||';
    const b = ev(r);
    if (isOpaque(a)) return unknownOf(a);
    if (isOpaque(b)) return unknownOf(b);
    const x = asBool(a);
    const y = asBool(b);
    if (x === null || y === null) throw new EvalError(`${op} needs bools`);
    return op === '&&' ? x && y : x || y;
  }
  const b = ev(r);
  if (isOpaque(a)) return unknownOf(a);
  if (isOpaque(b)) return unknownOf(b);
  if (op === '==') return equal(a, b);
  if (op === '!=') return !equal(a, b);
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === null || y === null) throw new EvalError(`${op} needs numbers`);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new EvalError('division by zero');
      return x / y;
    case '%':
      if (y === 0) throw new EvalError('division by zero');
      return x % y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  throw new EvalError(`unknown operator ${op}`);
}

function forExpr(
  e: Extract<Expr, { t: 'for' }>,
  ev: (x: Expr, en?: ReadonlyMap<string, TfValue>) => TfValue,
  env: ReadonlyMap<string, TfValue>,
): TfValue {
  const coll = ev(e.coll);
  if (isOpaque(coll)) return unknownOf(coll);
  let pairs: [TfValue, TfValue][];
  if (isList(coll)) pairs = coll.map((v, i) => [i, v]);
  else if (isMap(coll))
    pairs = Object.keys(coll)
      .sort()
      .map((k) => [k, coll[k]!]);
  else throw new EvalError('for needs a list or a map');
  const list: TfValue[] = [];
  const obj: Record<string, TfValue | TfValue[]> = {};
  for (const [k, v] of pairs) {
    const inner = new Map(env);
    if (e.keyVar) inner.set(e.keyVar, k);
    inner.set(e.valVar, v);
    if (e.cond) {
      const c = ev(e.cond, inner);
      if (isOpaque(c)) return unknownOf(c);
      if (asBool(c) !== true) continue;
    }
    const val = ev(e.val, inner);
    if (!e.key) {
      list.push(val);
      continue;
    }
    const key = ev(e.key, inner);
    if (isOpaque(key)) return unknownOf(key);
    const s = asText(key);
    if (s === null) throw new EvalError('a for key must be a string');
    if (e.group) ((obj[s] ??= []) as TfValue[]).push(val);
    else {
      if (Object.hasOwn(obj, s)) throw new EvalError(`two elements have the key "${s}" (use ... to group them)`);
      obj[s] = val;
    }
  }
  return e.key ? obj : list;
}
