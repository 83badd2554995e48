/**
 * `terraform show -json` of a plan (`planned_values`, `resource_changes`, `configuration`) or of
 * state (`values`) → resource instances (resources.ts), child modules included.
 *
 * A plan knows most values, but not what AWS assigns on apply (ids, ARNs): those are `true` in the
 * change's `after_unknown`. The links between resources are rebuilt from the `configuration`'s
 * `expressions[…].references` (`["aws_vpc.main.id", "aws_vpc.main"]`): an unknown attribute that
 * refers to a resource of the plan becomes a TfRef to it (values.ts), followed through a module's
 * `var.` inputs to the caller's expressions; any other unknown stays unknown. State has real ids:
 * an id or ARN another resource of the state has becomes a TfRef to that resource.
 */
import type { Problems } from '../aws/problems.ts';
import type { TfResource } from './resources.ts';
import { TfRef, TfUnknown, type TfValue } from './values.ts';

type Raw = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const objs = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (o: Raw, k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);

export interface ReadPlan {
  readonly kind: 'plan' | 'state';
  readonly resources: TfResource[];
  readonly region: string | null;
  readonly modules: { name: string; source: string; why: string }[];
}

/** Which module call path an instance address sits in: `module.a["x"].module.b[0].aws_vpc.this` → ["a", "b"]. */
function modulePath(address: string): string[] {
  const out: string[] = [];
  const re = /module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\./gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) out.push(m[1]!);
  return out;
}
/** The instance prefix of an address: `module.a["x"].` of `module.a["x"].aws_vpc.this`. */
function modulePrefix(address: string): string {
  const m = /^(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)*/.exec(address);
  return m ? m[0] : '';
}
/** `aws_subnet.public[0]` → `aws_subnet.public`; its index `[0]` apart. */
function splitIndex(rel: string): { base: string; index: string } {
  const m = /^([^[]+)(\[.*\])?$/.exec(rel);
  return { base: m?.[1] ?? rel, index: m?.[2] ?? '' };
}

function toValue(v: unknown): TfValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toValue);
  if (isObj(v)) {
    const out: Record<string, TfValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toValue(x);
    return out;
  }
  return null;
}

export function readPlanJson(doc: Raw, file: string, problems: Problems): ReadPlan {
  const planned = isObj(doc.planned_values) ? doc.planned_values : null;
  const stateValues = isObj(doc.values) ? doc.values : null;
  const kind: 'plan' | 'state' = planned ? 'plan' : 'state';
  const root = planned ?? stateValues;
  const collected: { r: Raw; values: Raw }[] = [];
  const walk = (m: unknown) => {
    if (!isObj(m)) return;
    for (const r of objs(m.resources))
      if (str(r, 'mode') !== 'data') collected.push({ r, values: isObj(r.values) ? r.values : {} });
    for (const c of objs(m.child_modules)) walk(c);
  };
  walk(isObj(root) ? root.root_module : null);

  // What each change does not know yet, by address.
  const afterUnknown = new Map<string, unknown>();
  const deleted = new Set<string>();
  for (const c of objs(doc.resource_changes)) {
    const a = str(c, 'address');
    const ch = isObj(c.change) ? c.change : null;
    if (!a || !ch) continue;
    afterUnknown.set(a, ch.after_unknown);
    const actions = Array.isArray(ch.actions) ? ch.actions : [];
    if (actions.length === 1 && actions[0] === 'delete') deleted.add(a);
  }

  // The configuration's module tree: resources' expressions and module calls, by module path.
  const config = isObj(doc.configuration) ? doc.configuration : {};
  interface ModuleConfig {
    resources: Map<string, Raw>; // relative address → config resource
    calls: Map<string, Raw>; // name → module call
  }
  const modules = new Map<string, ModuleConfig>();
  const readModule = (m: unknown, path: string[]) => {
    if (!isObj(m)) return;
    const mc: ModuleConfig = { resources: new Map(), calls: new Map() };
    for (const r of objs(m.resources)) {
      const a = str(r, 'address');
      if (a) mc.resources.set(a, r);
    }
    if (isObj(m.module_calls))
      for (const [name, call] of Object.entries(m.module_calls)) {
        if (!isObj(call)) continue;
        mc.calls.set(name, call);
        readModule(call.module, [...path, name]);
      }
    modules.set(path.join('.'), mc);
  };
  readModule(config.root_module, []);

  const region = providerRegion(config);
  const addresses = new Set(collected.map((c) => str(c.r, 'address')).filter((a): a is string => !!a));
  const refsFor = (address: string, path: string[], attrPath: (string | number)[]): TfValue | null => {
    const prefix = modulePrefix(address);
    const rel = address.slice(prefix.length);
    const { base, index } = splitIndex(rel);
    const mc = modules.get(path.join('.'));
    let expr: unknown = mc?.resources.get(base)?.expressions;
    for (const step of attrPath) {
      if (Array.isArray(expr)) expr = expr[typeof step === 'number' ? step : 0];
      else if (isObj(expr) && typeof step === 'string') expr = expr[step];
      else expr = undefined;
    }
    if (!isObj(expr) || !Array.isArray(expr.references)) return null;
    return resolveRefs(expr.references as unknown[], prefix, path, index, 0);
  };
  /** References (as the configuration gives them) → TfRefs to instances of this plan; null when none is. */
  const resolveRefs = (
    refs: unknown[],
    prefix: string,
    path: string[],
    index: string,
    depth: number,
  ): TfValue | null => {
    const out: TfRef[] = [];
    for (const ref of refs) {
      if (typeof ref !== 'string') continue;
      const v = /^var\.([A-Za-z0-9_-]+)$/.exec(ref);
      if (v && path.length && depth < 8) {
        // A module's input: what the caller gave it.
        const parentPath = path.slice(0, -1);
        const call = modules.get(parentPath.join('.'))?.calls.get(path.at(-1)!);
        const given = isObj(call?.expressions) ? call.expressions[v[1]!] : undefined;
        if (isObj(given) && Array.isArray(given.references)) {
          const parentPrefix = prefix.replace(/module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.$/, '');
          const r = resolveRefs(given.references, parentPrefix, parentPath, '', depth + 1);
          if (r) return r;
        }
        continue;
      }
      const m = /^((?:data\.)?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)((?:\[[^\]]*\])?)\.([A-Za-z0-9_]+)/.exec(ref);
      if (!m || m[1]!.startsWith('data.') || /^(var|local|module|each|count|path|terraform|self)\./.test(ref)) continue;
      const target = `${prefix}${m[1]}`;
      const candidates = [`${target}${m[2]}`, `${target}${index}`, target].filter((a) => addresses.has(a));
      if (candidates[0]) {
        out.push(new TfRef(candidates[0], m[3]!));
        continue;
      }
      // Every instance of a counted resource (`aws_subnet.public[*].id`).
      const all = [...addresses].filter((a) => a.startsWith(`${target}[`));
      for (const a of all) out.push(new TfRef(a, m[3]!));
    }
    if (!out.length) return null;
    return out.length === 1 ? out[0]! : out;
  };

  // State: a resource's id or ARN names it.
  const byId = new Map<string, string>();
  if (kind === 'state')
    for (const { r, values } of collected) {
      const a = str(r, 'address');
      if (!a) continue;
      for (const k of ['id', 'arn']) if (typeof values[k] === 'string' && values[k]) byId.set(values[k] as string, a);
    }

  const resources: TfResource[] = [];
  for (const { r, values } of collected) {
    const address = str(r, 'address');
    const type = str(r, 'type');
    if (!address || !type || deleted.has(address)) continue;
    const path = modulePath(address);
    const unknown = afterUnknown.get(address);
    const rebuild = (v: unknown, u: unknown, attrPath: (string | number)[], key: string): TfValue => {
      if (u === true) {
        const refs = refsFor(address, path, attrPath);
        return refs ?? new TfUnknown(`${address}.${key}, known after apply`);
      }
      if (
        kind === 'state' &&
        typeof v === 'string' &&
        byId.has(v) &&
        byId.get(v) !== address &&
        key !== 'id' &&
        key !== 'arn'
      )
        return new TfRef(byId.get(v)!, v.startsWith('arn:') ? 'arn' : 'id');
      if (Array.isArray(v) || Array.isArray(u)) {
        const list = Array.isArray(v) ? v : [];
        const uu = Array.isArray(u) ? u : [];
        const n = Math.max(list.length, uu.length);
        return Array.from({ length: n }, (_, i) => rebuild(list[i] ?? null, uu[i], [...attrPath, i], key));
      }
      if (isObj(v) || isObj(u)) {
        const o = isObj(v) ? v : {};
        const uo = isObj(u) ? u : {};
        const out: Record<string, TfValue> = {};
        for (const k of new Set([...Object.keys(o), ...Object.keys(uo)]))
          out[k] = rebuild(o[k] ?? null, uo[k], [...attrPath, k], k);
        return out;
      }
      return toValue(v);
    };
    const out: Record<string, TfValue> = {};
    const uo = isObj(unknown) ? unknown : {};
    for (const k of new Set([...Object.keys(values), ...Object.keys(uo)]))
      out[k] = rebuild(values[k] ?? null, uo[k], [k], k);
    resources.push({ address, type, name: str(r, 'name') ?? address, file, values: out });
  }
  if (!collected.length && kind === 'plan' && objs(doc.resource_changes).length === 0)
    problems.add('info', 'empty-plan', file, {}, `${file} plans no resources.`);

  return { kind, resources, region, modules: [] };
}

function providerRegion(config: Raw): string | null {
  const pc = isObj(config.provider_config) ? config.provider_config : {};
  for (const p of Object.values(pc)) {
    if (!isObj(p) || str(p, 'name') !== 'aws' || p.alias) continue;
    const e = isObj(p.expressions) ? p.expressions : {};
    const region = isObj(e.region) ? e.region.constant_value : undefined;
    if (typeof region === 'string') return region;
  }
  return null;
}
