/**
 * fast-check arbitraries for designs that are not to be trusted: random kinds, dangling and
 * wrongly-typed references, garbage strings and numbers, parent cycles (ids are drawn from a small
 * pool, so parents point at each other), and mutations of a well-formed design. The fields come
 * from the kind registry (src/model/kinds): a new kind is generated without a line here.
 */
// The kinds' `fields` are built with zod, which the app loads with the file reader; tests load it here.
import '../../model/kinds/schemas.ts';
import fc from 'fast-check';
import type { z } from 'zod';
import type { Design, Resource } from '../../model/types.ts';
import { PROTOCOLS, RESOURCE_KINDS, kindDef } from '../../model/kinds/index.ts';
import { webApp } from './builder.ts';

export const ID_POOL = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'missing', '', 'local', 'internet'];

export const garbage = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -70000, max: 70000 }),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant([null, 3, 'x']),
);

const idRef = fc.oneof(fc.constantFrom(...ID_POOL), garbage);
const cidrish = fc.oneof(
  fc.constantFrom(
    '10.0.0.0/16',
    '10.0.1.0/24',
    '10.0.0.0/24',
    '0.0.0.0/0',
    '10.0.0.0/8',
    '169.254.1.0/24',
    '172.17.0.0/16',
    '10.1.0.0/16',
    '10.0.1.7/24',
    '192.168.0.0/28',
    '8.8.8.0/24',
    '999.1.1.1/33',
    '10.0.0.0/-1',
  ),
  garbage,
);
const ipish = fc.oneof(
  fc.constantFrom('10.0.1.5', '10.0.0.4', '10.0.0.0', '8.8.8.8', '52.0.0.1', '10.0.1.255', '1.2.3'),
  garbage,
);
const protocol = fc.oneof(fc.constantFrom(...PROTOCOLS), garbage);
const port = fc.oneof(
  fc.constantFrom(0, 22, 80, 443, 1024, 3306, 5432, 65535),
  fc.integer({ min: -10, max: 70000 }),
  garbage,
);
const listOf = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.array(a, { maxLength: 5 }) }, { weight: 1, arbitrary: garbage });

const route = fc.record({
  id: fc.string({ maxLength: 3 }),
  destination: cidrish,
  target: fc.oneof(fc.constant('local'), idRef),
});
const naclRule = fc.record({
  id: fc.string({ maxLength: 3 }),
  number: fc.oneof(fc.integer({ min: -1, max: 33000 }), garbage),
  direction: fc.oneof(fc.constantFrom('inbound', 'outbound'), garbage),
  action: fc.oneof(fc.constantFrom('allow', 'deny'), garbage),
  protocol,
  fromPort: port,
  toPort: port,
  cidr: cidrish,
});
const sgRule = fc.record({
  id: fc.string({ maxLength: 3 }),
  protocol,
  fromPort: port,
  toPort: port,
  cidr: fc.oneof(cidrish, fc.constant(null)),
  sourceSg: fc.oneof(idRef, fc.constant(null)),
  description: fc.string({ maxLength: 4 }),
});

/**
 * Values by field name, whatever the kind: what the validator has most to say about (addresses,
 * blocks, ids, rules), valid or not. A field not listed gets an arbitrary derived from its schema
 * (`fromSchema`), so a new kind's fields are generated without a line here.
 */
const POOLS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  code: fc.oneof(fc.constantFrom('us-east-1', 'eu-west-1'), garbage),
  zone: fc.oneof(fc.constantFrom('us-east-1a', 'us-east-1b', 'eu-west-1a'), garbage),
  cidr: cidrish,
  cidrBlocks: listOf(cidrish),
  entries: fc.oneof(listOf(cidrish), fc.constant(null)),
  elasticIp: ipish,
  privateIp: fc.oneof(ipish, fc.constant(null)),
  routes: listOf(fc.oneof({ weight: 5, arbitrary: route }, { weight: 1, arbitrary: garbage })),
  rules: listOf(fc.oneof({ weight: 5, arbitrary: naclRule }, { weight: 1, arbitrary: garbage })),
  ingress: listOf(fc.oneof({ weight: 5, arbitrary: sgRule }, { weight: 1, arbitrary: garbage })),
  egress: listOf(fc.oneof({ weight: 5, arbitrary: sgRule }, { weight: 1, arbitrary: garbage })),
  listenerPorts: listOf(port),
  port,
};

type ZDef = { type: string; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType } & Record<string, unknown>;
const zdef = (s: z.ZodType) => (s as unknown as { _zod: { def: ZDef } })._zod.def;

/** Values a field's schema admits, and now and then garbage. */
function fromSchema(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = zdef(schema);
  const typed = (): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'string':
        return fc.string({ maxLength: 6 });
      case 'boolean':
        return fc.boolean();
      case 'number':
        return fc.integer({ min: -5, max: 70000 });
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'nullable':
        return fc.option(fromSchema(def.innerType!), { nil: null });
      case 'optional':
        return fc.option(fromSchema(def.innerType!), { nil: undefined });
      case 'pipe':
        return fromSchema(def.in!);
      case 'array':
        return fc.array(fromSchema(def.element!), { maxLength: 3 });
      case 'object':
        return fc.record(
          Object.fromEntries(
            Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, fromSchema(v)]),
          ),
        );
      default:
        return garbage;
    }
  };
  return fc.oneof({ weight: 4, arbitrary: typed() }, { weight: 1, arbitrary: garbage });
}

/** Every field of every kind of the registry, with the first schema that declares it. */
const KIND_FIELDS = new Map<string, z.ZodType>();
const REF_FIELDS = new Map<string, 'list' | 'single'>();
for (const kind of RESOURCE_KINDS) {
  const def = kindDef(kind);
  for (const [field, schema] of Object.entries(def.fields))
    if (!KIND_FIELDS.has(field)) KIND_FIELDS.set(field, schema as z.ZodType);
  for (const ref of def.refs) if (ref.shape !== 'records') REF_FIELDS.set(ref.field, ref.shape);
}

/** The arbitrary for a field of any kind: its pool, a (dangling or not) id or ids, or its schema's values. */
function fieldArb(field: string): fc.Arbitrary<unknown> {
  const ref = REF_FIELDS.get(field);
  return (
    POOLS[field] ?? (ref === 'list' ? listOf(idRef) : ref === 'single' ? idRef : fromSchema(KIND_FIELDS.get(field)!))
  );
}

/** A resource of any (or no known) kind, with every field of every kind of the registry filled in, valid or not. */
export const anyResource = fc.record({
  kind: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...RESOURCE_KINDS) },
    { weight: 1, arbitrary: fc.oneof(fc.constant('bogus'), garbage) },
  ),
  id: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 1, arbitrary: garbage }),
  name: fc.string({ maxLength: 4 }),
  parent: fc.oneof(idRef, fc.constant(null)),
  position: fc.constant({ x: 0, y: 0 }),
  size: fc.constant({ width: 1, height: 1 }),
  ...Object.fromEntries([...KIND_FIELDS.keys()].map((f) => [f, fieldArb(f)])),
});

const asDesign = (resources: unknown[]): Design => ({
  format: 'vpc-town',
  version: 2,
  name: 'fuzz',
  resources: resources as Resource[],
  flows: [],
});

/** A design of random resources (including garbage entries). */
export const randomDesign = fc
  .array(fc.oneof({ weight: 12, arbitrary: anyResource }, { weight: 1, arbitrary: garbage }), { maxLength: 14 })
  .map(asDesign);

/** The fields a mutation may change: every field of every kind, and the base ones. */
const FIELDS = [...KIND_FIELDS.keys(), 'parent', 'kind', 'id'];

/** The standard two-tier design with 1–6 random field mutations (and maybe an extra random resource). */
export const mutatedDesign = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(...FIELDS),
        fc.oneof(garbage, idRef, cidrish, ipish, listOf(route), listOf(naclRule), listOf(sgRule), listOf(idRef)),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.option(anyResource, { nil: undefined }),
  )
  .map(([patches, extra]) => {
    const { b } = webApp();
    const resources: unknown[] = [...b.resources];
    for (const [i, field, value] of patches) {
      const k = i % resources.length;
      resources[k] = { ...(resources[k] as object), [field]: value };
    }
    if (extra) resources.push(extra);
    return asDesign(resources);
  });

/** A reachability endpoint: an id of the design, `internet`, an address, or garbage. */
export function endpointFor(design: Design) {
  const ids = design.resources.flatMap((r) =>
    r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? [(r as { id: string }).id] : [],
  );
  return fc.oneof(
    { weight: 6, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.constant('internet') },
    {
      weight: 2,
      arbitrary: fc.constantFrom('internet', '10.0.10.9', '10.0.0.20', '8.8.8.8', '192.168.1.1', '10.0.200.1'),
    },
    { weight: 1, arbitrary: garbage },
  );
}
