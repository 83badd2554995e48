/**
 * fast-check arbitraries for designs, for property tests and fuzzing (test code only: it imports
 * fast-check, a dev dependency; never import it from app code).
 *
 * Derived from the kind definitions (src/model/kinds), so a new kind is generated without a line
 * here: the containment tree follows each kind's `parents`, fields come from each kind's schema,
 * and the references each kind declares (`refs`) name existing resources of the right kind.
 *
 * `designArbitrary()` yields designs that parseDesignJson accepts unchanged and without warnings:
 * ids are unique and AWS-style, every reference names an existing resource of the right kind, and
 * resources are listed parents-first. CIDRs, ports and rule numbers are random, so the designs are
 * *not* necessarily valid for the validator: that is the point when fuzzing it.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { idPrefix } from '../../model/ids.ts';
import {
  INTERNET,
  NAMED_PROTOCOL_NUMBERS,
  PROTOCOLS,
  RESOURCE_KINDS,
  kindDef,
  kindsWith,
  type IpProtocol,
  type KindRole,
  type RefField,
} from '../../model/kinds/index.ts';
import { portSchema } from '../../model/kinds/schemas.ts';
import type { Design, Flow, Resource, ResourceKind } from '../../model/types.ts';

export interface DesignArbitraryOptions {
  /** Text fields use any UTF-16 code units (lone surrogates included) instead of printable ASCII. */
  readonly weirdStrings?: boolean;
  readonly maxRegions?: number;
}

const portArb = fc.integer({ min: 0, max: 65535 });
/** A rule's or flow's protocol: mostly a name, sometimes any other IP protocol number (50 for ESP…). */
const protocolArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<IpProtocol>(...PROTOCOLS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).filter((n) => !(n in NAMED_PROTOCOL_NUMBERS)) },
);
const positionArb = fc.record({
  x: fc.integer({ min: -2000, max: 4000 }).map((n) => n / 2),
  y: fc.integer({ min: -2000, max: 4000 }).map((n) => n / 2),
});
const sizeArb = fc.record({ width: fc.integer({ min: 0, max: 3000 }), height: fc.integer({ min: 0, max: 3000 }) });
const ipv4Arb = fc.ipV4();
const cidrArb = fc.oneof(
  fc.tuple(ipv4Arb, fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
  fc.constantFrom('10.0.0.0/16', '10.0.1.0/24', '0.0.0.0/0', '192.168.0.0/16', 'not-a-cidr', ''),
);
/** A reference yet to be resolved: an index into the pool of resources it may name. */
const PICK = Symbol('pick');
type Pick = { readonly [PICK]: number };
const pickArb: fc.Arbitrary<Pick> = fc.nat({ max: 1000 }).map((n) => ({ [PICK]: n }));
const isPick = (v: unknown): v is Pick => typeof v === 'object' && v !== null && PICK in v;

function textArb(weird: boolean | undefined): fc.Arbitrary<string> {
  return weird ? fc.string({ unit: 'binary', maxLength: 16 }) : fc.string({ maxLength: 16 });
}

type ZDef = {
  type: string;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  shape?: Record<string, z.ZodType>;
};
const zdef = (s: z.ZodType) => (s as unknown as { _zod: { def: ZDef } })._zod.def;

/** Realistic values for string fields by what they hold, so the validator has something to chew on. */
function stringArb(field: string, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (/cidr|destination/i.test(field)) return cidrArb;
  if (/Ip$/.test(field)) return ipv4Arb;
  if (field === 'zone') return fc.constantFrom('us-east-1a', 'us-east-1b', 'eu-west-1a', 'ap-northeast-2c');
  if (field === 'code') return fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-2');
  if (field === 'instanceType') return fc.constantFrom('t3.micro', 't3.small', 'm7g.large');
  return text;
}

/** An arbitrary for one field's schema; references are generated as picks, resolved later. */
function valueArb(
  schema: z.ZodType,
  field: string,
  text: fc.Arbitrary<string>,
  refKeys: Set<string>,
): fc.Arbitrary<unknown> {
  const def = zdef(schema);
  if (def === zdef(portSchema)) return portArb;
  if (field === 'protocol' && def.type !== 'enum') return protocolArb; // an enum: ELB protocols
  switch (def.type) {
    case 'string':
      return stringArb(field, text);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return field === 'number' ? fc.integer({ min: -5, max: 40000 }) : fc.integer({ min: 0, max: 65535 });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'nullable':
      return fc.option(valueArb(def.innerType!, field, text, refKeys), { nil: null });
    case 'optional':
      return fc.option(valueArb(def.innerType!, field, text, refKeys), { nil: undefined });
    case 'pipe':
      return valueArb((def as unknown as { in: z.ZodType }).in, field, text, refKeys);
    case 'array':
      return fc.array(valueArb(def.element!, field, text, refKeys), {
        minLength: field === 'cidrBlocks' ? 1 : 0,
        maxLength: 3,
      });
    case 'object': {
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(def.shape ?? {}))
        if (k !== 'id') shape[k] = refKeys.has(k) ? fc.option(pickArb, { nil: null }) : valueArb(s, k, text, refKeys);
      return fc.record(shape);
    }
    default:
      throw new Error(`designArbitrary: no generator for a ${def.type} field (${field})`);
  }
}

/** Whether `key` of the records in `field` is optional (absent when unset) rather than nullable. */
function optionalIn(def: ReturnType<typeof kindDef>, field: string, key: string): boolean {
  let list = zdef(def.fields[field] as z.ZodType);
  if (list.type === 'optional') list = zdef(list.innerType!); // an optional list of records (listeners)
  const element = zdef(list.element!);
  const inner = element.type === 'pipe' ? zdef((element as unknown as { in: z.ZodType }).in) : element;
  const s = inner.shape?.[key];
  return !!s && zdef(s).type === 'optional';
}

interface Node {
  readonly kind: ResourceKind;
  readonly name: string;
  readonly position: { x: number; y: number };
  readonly size: { width: number; height: number } | undefined;
  readonly fields: Record<string, unknown>;
  readonly children: readonly Node[];
}

/** The kinds that may sit directly in `parent` (null: the top level). */
const childKinds = (parent: ResourceKind | null) =>
  RESOURCE_KINDS.filter((k) => (kindDef(k).parents as readonly (ResourceKind | null)[]).includes(parent));

const nodeArbs = new WeakMap<fc.Arbitrary<string>, Map<ResourceKind, fc.Arbitrary<Node>>>();

function nodeArb(kind: ResourceKind, text: fc.Arbitrary<string>): fc.Arbitrary<Node> {
  let memo = nodeArbs.get(text);
  if (!memo) nodeArbs.set(text, (memo = new Map()));
  const known = memo.get(kind);
  if (known) return known;
  const def = kindDef(kind);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [field, schema] of Object.entries(def.fields)) {
    const ref = def.refs.find((r) => r.field === field);
    if (ref?.shape === 'list') fields[field] = fc.array(pickArb, { maxLength: 3 });
    else if (ref?.shape === 'single') fields[field] = fc.option(pickArb, { nil: null });
    else {
      const keys = new Set(
        def.refs.filter((r) => r.shape === 'records' && r.field === field).map((r) => (r as { key: string }).key),
      );
      fields[field] = valueArb(schema as z.ZodType, field, text, keys);
    }
  }
  const kids = childKinds(kind);
  const arb: fc.Arbitrary<Node> = fc.record({
    kind: fc.constant(kind),
    name: text,
    position: positionArb,
    size: def.container ? sizeArb : fc.constant(undefined),
    fields: fc.record(fields),
    children: kids.length
      ? fc.array(
          fc.constantFrom(...kids).chain((k) => nodeArb(k, text)),
          { maxLength: kind === 'vpc' ? 8 : 4 },
        )
      : fc.constant([]),
  });
  memo.set(kind, arb);
  return arb;
}

function treeArb(o: DesignArbitraryOptions) {
  const text = textArb(o.weirdStrings);
  const top = childKinds(null);
  return fc.record({
    name: text,
    roots: fc.array(
      fc.constantFrom(...top).chain((k) => nodeArb(k, text)),
      { maxLength: (o.maxRegions ?? 2) + 2 },
    ),
    flows: fc.array(
      fc.record({
        from: fc.oneof(fc.constant<string | Pick>(INTERNET), ipv4Arb, pickArb),
        to: fc.oneof(fc.constant<string | Pick>(INTERNET), ipv4Arb, pickArb),
        protocol: protocolArb,
        port: portArb,
        label: text,
      }),
      { maxLength: 4 },
    ),
  });
}

type Tree = ReturnType<typeof treeArb> extends fc.Arbitrary<infer T> ? T : never;

/** Turn the generated tree into a design: assign ids in tree order, then resolve picks into pools of ids. */
function build(tree: Tree): Design {
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n.toString(16).padStart(8, '0')}`;
  };
  const placed: { node: Node; id: string; parent: string | null }[] = [];
  const pools = new Map<ResourceKind, string[]>();
  const walk = (node: Node, parent: string | null) => {
    const id = nextId(idPrefix(node.kind));
    placed.push({ node, id, parent });
    pools.set(node.kind, [...(pools.get(node.kind) ?? []), id]);
    for (const c of node.children) walk(c, id);
  };
  for (const root of tree.roots) walk(root, null);

  const poolFor = (to: RefField['to']): string[] =>
    (Array.isArray(to) ? (to as ResourceKind[]) : kindsWith((to as { role: KindRole }).role)).flatMap(
      (k) => pools.get(k) ?? [],
    );
  const resolve = (pool: readonly string[], p: unknown): string | null =>
    isPick(p) && pool.length ? pool[p[PICK] % pool.length]! : null;

  const resources: Resource[] = placed.map(({ node, id, parent }) => {
    const def = kindDef(node.kind);
    const fields: Record<string, unknown> = { ...node.fields };
    for (const [field, prefix] of Object.entries(def.records ?? {}))
      if (Array.isArray(fields[field]))
        fields[field] = (fields[field] as Record<string, unknown>[]).map((rec) => ({ id: nextId(prefix), ...rec }));
    for (const ref of def.refs) {
      const pool = poolFor(ref.to);
      const v = fields[ref.field];
      if (ref.shape === 'list')
        fields[ref.field] = [...new Set((v as unknown[]).map((p) => resolve(pool, p)).filter((x) => x !== null))];
      else if (ref.shape === 'single') fields[ref.field] = resolve(pool, v);
      else if (Array.isArray(v))
        fields[ref.field] = (v as Record<string, unknown>[]).map((rec) => {
          const target = resolve(pool, rec[ref.key]);
          const fixed: Record<string, unknown> = { ...rec, [ref.key]: target ?? ref.special?.[0] ?? null };
          // An optional reference (a rule's prefix list) is absent rather than null.
          if (fixed[ref.key] === null && optionalIn(def, ref.field, ref.key)) delete fixed[ref.key];
          return fixed;
        });
    }
    // A record that names one resource or a CIDR, never two of them (a security group rule): keep
    // the first reference that resolved, in the order the kind declares them, else a CIDR.
    for (const field of new Set(def.refs.filter((r) => r.shape === 'records' && !r.special).map((r) => r.field))) {
      const keys = def.refs
        .filter((r) => r.shape === 'records' && r.field === field)
        .map((r) => (r as { key: string }).key);
      if (!Array.isArray(fields[field])) continue;
      fields[field] = (fields[field] as Record<string, unknown>[]).map((rec) => {
        if (!('cidr' in rec)) return rec;
        const winner = keys.find((k) => rec[k] !== null && rec[k] !== undefined);
        const fixed: Record<string, unknown> = { ...rec };
        for (const k of keys)
          if (k !== winner) {
            if (optionalIn(def, field, k)) delete fixed[k];
            else fixed[k] = null;
          }
        if (winner) fixed.cidr = null;
        else if (fixed.cidr === null) fixed.cidr = '0.0.0.0/0';
        return fixed;
      });
    }
    return {
      kind: node.kind,
      id,
      name: node.name,
      parent,
      position: node.position,
      ...(node.size ? { size: node.size } : {}),
      ...fields,
    } as unknown as Resource;
  });

  const allIds = placed.map((p) => p.id);
  const endpoint = (e: string | Pick): string => (isPick(e) ? (resolve(allIds, e) ?? INTERNET) : e);
  const flows: Flow[] = tree.flows.map((f) => ({
    id: nextId('flow'),
    from: endpoint(f.from),
    to: endpoint(f.to),
    protocol: f.protocol,
    port: f.port,
    label: f.label,
  }));
  return { format: 'vpc-town', version: 2, name: tree.name, resources, flows };
}

/** Random designs that parse unchanged (see the file comment). */
export function designArbitrary(options: DesignArbitraryOptions = {}): fc.Arbitrary<Design> {
  return treeArb(options).map(build);
}
