/**
 * A flat Terraform configuration (the JSON hcl2json makes of its `.tf` files) → its resource
 * instances with their attributes evaluated: `count` and `for_each` expanded, `dynamic` blocks
 * expanded, `variable` defaults (or the values given), `locals`, `var.` / `local.` / resource
 * attribute references, the provider's region. What cannot be known before `terraform apply` stays
 * unknown (values.ts). Module calls are not expanded: each is reported with why (a registry module
 * is never fetched). Data sources are read from the account by Terraform, so they are unknown, except
 * `aws_availability_zones`, answered with the region's zones a–f (reported).
 */
import type { Problems } from '../../aws/problems.ts';
import { ExprError, parseTemplate, type Expr } from './expr.ts';
import { EvalError, evaluate, type EvalScope } from './evaluate.ts';
import { TfInstance, TfRef, TfUnknown, asText, isList, isMap, isOpaque, type TfValue } from '../values.ts';
import type { TfResource } from '../resources.ts';

/** An input variable, the value the import used and where it came from, and what its declaration says. */
export interface VariableUse {
  readonly name: string;
  readonly value: string | null;
  readonly source: 'given' | 'default' | 'missing';
  /** For a given value: the .tfvars file it came from; absent for --var (or the app's form). */
  readonly from?: string;
  readonly description?: string;
  /** The type constraint as written (`string`, `list(string)`), when there is one. */
  readonly type?: string;
  readonly sensitive?: boolean;
}

/** One parsed file: its name and hcl2json's JSON. */
export interface ParsedFile {
  readonly file: string;
  readonly json: unknown;
}

export interface EvaluatedConfig {
  readonly resources: TfResource[];
  readonly modules: { name: string; source: string; why: string }[];
  readonly variables: VariableUse[];
  readonly region: string | null;
  readonly zonesAssumed: boolean;
}

type Raw = unknown;
type Body = Readonly<Record<string, Raw>>;

const isBody = (v: Raw): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
const bodies = (v: Raw): Body[] => (Array.isArray(v) ? v.filter(isBody) : isBody(v) ? [v] : []);

const META = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
  'dynamic',
]);
/** More instances than this of one resource is a configuration no network has. */
const MAX_INSTANCES = 1000;
export const ZONE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

interface Declared {
  readonly type: string;
  readonly name: string;
  readonly body: Body;
  readonly file: string;
  readonly mode: 'managed' | 'data';
}

/** An instance's key: none, a count index or a for_each key. */
type Key = { kind: 'none' } | { kind: 'count'; index: number } | { kind: 'each'; key: string; value: TfValue };

const addressOf = (base: string, k: Key) =>
  k.kind === 'none' ? base : k.kind === 'count' ? `${base}[${k.index}]` : `${base}[${JSON.stringify(k.key)}]`;

export function evaluateConfig(
  files: readonly ParsedFile[],
  given: Readonly<Record<string, string>>,
  defaultRegion: string,
  problems: Problems,
  /** For a value of `given` read from a .tfvars file: that file (the report says so). */
  givenFrom: Readonly<Record<string, string>> = {},
): EvaluatedConfig {
  const declared = new Map<string, Declared>(); // `type.name` / `data.type.name`
  const byType = new Map<string, string[]>(); // type → names (managed)
  const dataByType = new Map<string, string[]>();
  const variables = new Map<string, { body: Body; file: string }>();
  const locals = new Map<string, { raw: Raw; file: string }>();
  const modules: EvaluatedConfig['modules'] = [];
  const providers: { body: Body; file: string }[] = [];

  for (const { file, json } of files) {
    if (!isBody(json)) continue;
    for (const [kind, mode] of [
      ['resource', 'managed'],
      ['data', 'data'],
    ] as const) {
      const section = json[kind];
      if (!isBody(section)) continue;
      for (const [type, named] of Object.entries(section)) {
        if (!isBody(named)) continue;
        for (const [name, list] of Object.entries(named)) {
          const body = bodies(list)[0];
          if (!body) continue;
          const key = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
          if (declared.has(key)) {
            problems.add(
              'warning',
              'duplicate-resource',
              file,
              { id: key },
              `${key} is declared twice; the first one is kept.`,
            );
            continue;
          }
          declared.set(key, { type, name, body, file, mode });
          const index = mode === 'data' ? dataByType : byType;
          index.set(type, [...(index.get(type) ?? []), name]);
        }
      }
    }
    if (isBody(json.variable))
      for (const [name, list] of Object.entries(json.variable)) {
        const body = bodies(list)[0];
        if (body && !variables.has(name)) variables.set(name, { body, file });
      }
    for (const block of bodies(json.locals))
      for (const [name, raw] of Object.entries(block)) if (!locals.has(name)) locals.set(name, { raw, file });
    if (isBody(json.module))
      for (const [name, list] of Object.entries(json.module)) {
        const body = bodies(list)[0] ?? {};
        const source = typeof body.source === 'string' ? body.source : '';
        const local = source.startsWith('./') || source.startsWith('../');
        const why = local
          ? 'a local module: VPC Town does not expand modules; open its folder on its own to check what it creates'
          : 'a registry or remote module: VPC Town never fetches modules';
        modules.push({ name, source, why });
        problems.add(
          'warning',
          'module-not-expanded',
          file,
          { name, source, why },
          `module "${name}" (${source || 'no source'}) is not expanded: ${why}. Its resources are not in the design, and what refers to its outputs is unknown.`,
        );
      }
    if (isBody(json.provider)) for (const b of bodies(json.provider.aws)) providers.push({ body: b, file });
  }

  const parsedCache = new Map<string, Expr>();
  const parse = (s: string, where: string, file: string): Expr | TfUnknown => {
    const cached = parsedCache.get(s);
    if (cached) return cached;
    try {
      const e = parseTemplate(s);
      parsedCache.set(s, e);
      return e;
    } catch (err) {
      const detail = err instanceof ExprError ? err.message : String(err);
      problems.add(
        'warning',
        'bad-expression',
        file,
        { id: where, detail },
        `${where}: "${s.slice(0, 80)}" cannot be read (${detail}); it is unknown.`,
      );
      return new TfUnknown(`an expression VPC Town cannot read (${where})`);
    }
  };

  /* ------------------------------------------------------------ variables */

  const variableUse: EvaluatedConfig['variables'] = [];
  for (const name of Object.keys(given))
    if (!variables.has(name))
      problems.add(
        'warning',
        'unknown-variable',
        null,
        { name },
        `A value was given for var.${name}, which the configuration does not declare; it is not used.`,
      );
  const varValues = new Map<string, TfValue>();

  /* ------------------------------------------------------------ the scope */

  let zonesAssumed = false;
  let region: string | null = null;
  /** Whether the provider block names the region (else the default given stands in while evaluating). */
  let regionNamed = false;
  const evaluating = new Set<string>();
  const localValues = new Map<string, TfValue>();
  const instancesOf = new Map<string, { keys: Key[]; value: TfValue }>();
  const attrCache = new Map<string, TfValue>();
  const instanceKey = new Map<string, { decl: Declared; key: Key }>();

  const global: Omit<EvalScope, 'root'> & { rootOf(name: string, ctx: Key, self: string | null): TfValue | undefined } =
    {
      member(root, key) {
        if (root === 'var') return variable(key);
        if (root === 'local') return local(key);
        if (root === 'module') return new TfUnknown(`an output of module.${key}, which is not expanded`);
        if (root === 'data') {
          const names = dataByType.get(key);
          // Declared in another file of the folder, perhaps: read as if declared (what it answers is reported).
          if (!names) return new TfInstance(`data.${key}`);
          return Object.fromEntries(names.map((n) => [n, new TfInstance(`data.${key}.${n}`)]));
        }
        if (byType.has(root)) {
          if (!declared.has(`${root}.${key}`)) throw new EvalError(`${root}.${key} is not declared`);
          return instances(`${root}.${key}`).value;
        }
        if (/^aws_/.test(root)) throw new EvalError(`${root}.${key} is not declared`);
        return undefined;
      },
      attr(address, key) {
        if (address.startsWith('data.')) return dataAttr(address, key);
        const memo = `${address}|${key}`;
        if (attrCache.has(memo)) return attrCache.get(memo)!;
        const inst = instanceKey.get(address);
        if (!inst || !Object.hasOwn(inst.decl.body, key) || META.has(key)) return new TfRef(address, key);
        if (evaluating.has(memo)) return new TfRef(address, key);
        evaluating.add(memo);
        try {
          const v = evalRaw(inst.decl.body[key], scopeFor(inst.key, address), `${address}.${key}`, inst.decl.file);
          attrCache.set(memo, v);
          return v;
        } finally {
          evaluating.delete(memo);
        }
      },
      rootOf(name, ctx, self): TfValue | undefined {
        if (name === 'count' && ctx.kind === 'count') return { index: ctx.index } as TfValue;
        if (name === 'each' && ctx.kind === 'each') return { key: ctx.key, value: ctx.value } as TfValue;
        if (name === 'self' && self) return new TfInstance(self);
        if (name === 'path') return { module: '.', root: '.', cwd: '.' };
        if (name === 'terraform') return { workspace: 'default' };
        return undefined;
      },
    };
  const scopeFor = (ctx: Key, self: string | null, extra?: ReadonlyMap<string, TfValue>): EvalScope => ({
    member: global.member,
    attr: global.attr,
    root: (name) => extra?.get(name) ?? global.rootOf(name, ctx, self),
  });
  const plainScope = scopeFor({ kind: 'none' }, null);

  function evalRaw(raw: Raw, scope: EvalScope, where: string, file: string): TfValue {
    if (typeof raw === 'string') {
      const e = parse(raw, where, file);
      if (e instanceof TfUnknown) return e;
      try {
        return evaluate(e, scope);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        problems.add(
          'warning',
          'bad-expression',
          file,
          { id: where, detail: err.message },
          `${where}: ${err.message}; it is unknown.`,
        );
        return new TfUnknown(`${where}, which Terraform would reject (${err.message})`);
      }
    }
    if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null) return raw;
    if (Array.isArray(raw)) return raw.map((x) => evalRaw(x, scope, where, file));
    if (isBody(raw)) {
      const out: Record<string, TfValue> = {};
      for (const [k, v] of Object.entries(raw)) out[k] = evalRaw(v, scope, `${where}.${k}`, file);
      return out;
    }
    return null;
  }

  function variable(name: string): TfValue {
    if (varValues.has(name)) return varValues.get(name)!;
    const decl = variables.get(name);
    let v: TfValue;
    if (!decl) {
      v = new TfUnknown(`var.${name}, not declared in these files`);
      problems.add(
        'warning',
        'undeclared-variable',
        null,
        { name },
        `var.${name} is used but not declared in these files; it is unknown.`,
      );
    } else if (Object.hasOwn(given, name)) {
      v = givenValue(given[name]!);
      const from = givenFrom[name];
      variableUse.push({
        name,
        value: given[name]!,
        source: 'given',
        ...(from ? { from } : {}),
        ...declaredOf(decl.body),
      });
    } else if (Object.hasOwn(decl.body, 'default')) {
      v = evalRaw(decl.body.default, plainScope, `var.${name}`, decl.file);
      variableUse.push({ name, value: shown(v), source: 'default', ...declaredOf(decl.body) });
    } else {
      v = new TfUnknown(`var.${name}, which has no default and was given no value`);
      variableUse.push({ name, value: null, source: 'missing', ...declaredOf(decl.body) });
      problems.add(
        'warning',
        'missing-variable',
        decl.file,
        { name },
        `var.${name} has no default and no value was given (--var ${name}=…); what depends on it is unknown.`,
      );
    }
    varValues.set(name, v);
    return v;
  }

  function local(name: string): TfValue {
    if (localValues.has(name)) return localValues.get(name)!;
    const decl = locals.get(name);
    if (!decl) throw new EvalError(`local.${name} is not declared`);
    if (evaluating.has(`local.${name}`)) throw new EvalError(`local.${name} refers to itself`);
    evaluating.add(`local.${name}`);
    try {
      const v = evalRaw(decl.raw, plainScope, `local.${name}`, decl.file);
      localValues.set(name, v);
      return v;
    } finally {
      evaluating.delete(`local.${name}`);
    }
  }

  function dataAttr(address: string, key: string): TfValue {
    const [, type, name] = address.split('.');
    if (name === undefined) return new TfInstance(`${address}.${key}`);
    if (type === 'aws_availability_zones' && (key === 'names' || key === 'zone_ids')) {
      zonesAssumed = true;
      return ZONE_LETTERS.map((l) => `${currentRegion()}${l}`);
    }
    if (type === 'aws_region' && key === 'name') return currentRegion();
    return new TfUnknown(`data.${type}.${name}.${key}, read from the account when Terraform plans`);
  }

  function currentRegion(): string {
    if (region) return region;
    const p = providers.find((x) => !Object.hasOwn(x.body, 'alias')) ?? null;
    if (p && Object.hasOwn(p.body, 'region')) {
      const v = evalRaw(p.body.region, plainScope, 'provider.aws.region', p.file);
      const s = asText(v);
      if (s) {
        regionNamed = true;
        return (region = s);
      }
    }
    return (region = defaultRegion);
  }

  function instances(base: string): { keys: Key[]; value: TfValue } {
    const known = instancesOf.get(base);
    if (known) return known;
    const decl = declared.get(base)!;
    if (evaluating.has(`instances:${base}`)) throw new EvalError(`${base}'s count refers to itself`);
    evaluating.add(`instances:${base}`);
    let out: { keys: Key[]; value: TfValue };
    try {
      out = expand(base, decl);
    } finally {
      evaluating.delete(`instances:${base}`);
    }
    instancesOf.set(base, out);
    for (const k of out.keys) instanceKey.set(addressOf(base, k), { decl, key: k });
    return out;
  }

  function expand(base: string, decl: Declared): { keys: Key[]; value: TfValue } {
    const b = decl.body;
    const skip = (why: string): { keys: Key[]; value: TfValue } => {
      problems.add(
        'warning',
        'unknown-count',
        decl.file,
        { id: base, why },
        `${base}: ${why}; its instances are not in the design.`,
      );
      return { keys: [], value: new TfUnknown(`${base}, whose instances are not known (${why})`) };
    };
    if (Object.hasOwn(b, 'count')) {
      const v = evalRaw(b.count, plainScope, `${base}.count`, decl.file);
      if (isOpaque(v)) return skip(`count depends on ${v instanceof TfUnknown ? v.why : `${v.address}.${v.attr}`}`);
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 0) return skip('count is not a whole number');
      if (n > MAX_INSTANCES) return skip(`count is ${n}, more than ${MAX_INSTANCES}`);
      const keys: Key[] = Array.from({ length: n }, (_, index) => ({ kind: 'count', index }));
      return { keys, value: keys.map((k) => new TfInstance(addressOf(base, k))) };
    }
    if (Object.hasOwn(b, 'for_each')) {
      const v = evalRaw(b.for_each, plainScope, `${base}.for_each`, decl.file);
      if (isOpaque(v)) return skip(`for_each depends on ${v instanceof TfUnknown ? v.why : `${v.address}.${v.attr}`}`);
      let entries: [string, TfValue][];
      if (isMap(v))
        entries = Object.keys(v)
          .sort()
          .map((k) => [k, v[k]!]);
      else if (isList(v)) {
        const strs = v.map(asText);
        if (strs.some((s) => s === null)) return skip('for_each is a set of values that are not all known strings');
        entries = [...new Set(strs as string[])].sort().map((s) => [s, s]);
      } else return skip('for_each is not a map or a set');
      if (entries.length > MAX_INSTANCES)
        return skip(`for_each has ${entries.length} elements, more than ${MAX_INSTANCES}`);
      const keys: Key[] = entries.map(([key, value]) => ({ kind: 'each', key, value }));
      return {
        keys,
        value: Object.fromEntries(keys.map((k) => [(k as { key: string }).key, new TfInstance(addressOf(base, k))])),
      };
    }
    const keys: Key[] = [{ kind: 'none' }];
    return { keys, value: new TfInstance(base) };
  }

  /** An instance's body evaluated: attributes, nested blocks, `dynamic` blocks expanded. */
  function evalBody(
    body: Body,
    ctx: Key,
    address: string,
    file: string,
    top: boolean,
    extra?: ReadonlyMap<string, TfValue>,
  ): Record<string, TfValue> {
    const out: Record<string, TfValue> = {};
    const scope = scopeFor(ctx, address, extra);
    for (const [k, raw] of Object.entries(body)) {
      if (top && META.has(k)) continue;
      if (k === 'dynamic') continue;
      if (top && !extra) out[k] = global.attr(address, k);
      else if (Array.isArray(raw) && raw.every(isBody))
        out[k] = raw.map((b) => evalBody(b, ctx, address, file, false, extra));
      else out[k] = evalRaw(raw, scope, `${address}.${k}`, file);
    }
    for (const d of bodies(body.dynamic))
      for (const [blockName, list] of Object.entries(d))
        for (const spec of bodies(list)) {
          const iterRaw =
            typeof spec.iterator === 'string' ? /^\$\{\s*([A-Za-z_][\w-]*)\s*\}$/.exec(spec.iterator)?.[1] : undefined;
          const iter = iterRaw ?? blockName;
          const coll = evalRaw(spec.for_each, scope, `${address}.dynamic.${blockName}.for_each`, file);
          const content = bodies(spec.content)[0] ?? {};
          if (isOpaque(coll)) {
            problems.add(
              'warning',
              'unknown-dynamic',
              file,
              { id: address, block: blockName },
              `${address}: the ${blockName} blocks of a dynamic block depend on a value known after apply; they are left out.`,
            );
            continue;
          }
          const pairs: [TfValue, TfValue][] = isList(coll)
            ? coll.map((v, i) => [i, v])
            : isMap(coll)
              ? Object.keys(coll)
                  .sort()
                  .map((k) => [k, coll[k]!])
              : [];
          const blocks = (isList(out[blockName]) ? [...(out[blockName] as TfValue[])] : []) as TfValue[];
          for (const [key, value] of pairs) {
            const inner = new Map(extra ?? []);
            inner.set(iter, { key, value });
            blocks.push(evalBody(content, ctx, address, file, false, inner));
          }
          out[blockName] = blocks;
        }
    return out;
  }

  currentRegion();
  const resources: TfResource[] = [];
  for (const [base, decl] of declared) {
    if (decl.mode !== 'managed') continue;
    let expanded: { keys: Key[] };
    try {
      expanded = instances(base);
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      problems.add(
        'warning',
        'unknown-count',
        decl.file,
        { id: base, why: err.message },
        `${base}: ${err.message}; its instances are not in the design.`,
      );
      continue;
    }
    for (const k of expanded.keys) {
      const address = addressOf(base, k);
      resources.push({
        address,
        type: decl.type,
        name: decl.name,
        file: decl.file,
        values: evalBody(decl.body, k, address, decl.file, true),
      });
    }
  }
  // Variables no expression read are listed too, with the value they would have.
  for (const name of variables.keys()) if (!varValues.has(name)) variable(name);
  // In the order of the files, and in a file by name (hcl2json gives a block's names sorted).
  const declOrder = new Map([...variables.keys()].map((name, i) => [name, i]));
  variableUse.sort((a, b) => (declOrder.get(a.name) ?? 0) - (declOrder.get(b.name) ?? 0));
  const evaluated = currentRegion();
  return { resources, modules, variables: variableUse, region: regionNamed ? evaluated : null, zonesAssumed };
}

/** A `--var` value: HCL-ish literals (numbers, bools, lists, maps in JSON) as such, anything else as a string. */
/** What a variable block says of itself: description, type constraint, sensitive. */
function declaredOf(body: Body): Pick<VariableUse, 'description' | 'type' | 'sensitive'> {
  const type = typeof body.type === 'string' ? body.type.replace(/^\$\{([\s\S]*)\}$/, '$1').trim() : '';
  return {
    ...(typeof body.description === 'string' && body.description ? { description: body.description } : {}),
    ...(type ? { type } : {}),
    ...(body.sensitive === true ? { sensitive: true } : {}),
  };
}

function givenValue(s: string): TfValue {
  const t = s.trim();
  if (/^(-?\d+(\.\d+)?|true|false|null)$/.test(t) || /^[[{]/.test(t)) {
    try {
      return JSON.parse(t) as TfValue;
    } catch {
      // as a string
    }
  }
  return s;
}

function shown(v: TfValue): string | null {
  if (isOpaque(v)) return null;
  const s = asText(v);
  return s ?? JSON.stringify(v);
}
