import { describe, expect, it } from 'vitest';
import { KINDS, kindDef } from '../../model/kinds/index.ts';
import { RESOURCE_KINDS, type ResourceKind } from '../../model/types.ts';
import fc from 'fast-check';
import { anyResource } from './arbitrary.ts';
import { DesignBuilder, kindDesigns, webApp } from './builder.ts';
import { FIELDS, newResource } from './edits.ts';

describe('DesignBuilder.resource', () => {
  it('builds every kind of the registry from its definition, schema-valid, in a parent it may sit in', () => {
    const b = new DesignBuilder();
    const made = new Map<ResourceKind, string>();
    // Parents first: repeat until every kind whose parents exist is built.
    for (let pass = 0; pass < RESOURCE_KINDS.length && made.size < RESOURCE_KINDS.length; pass++) {
      for (const kind of RESOURCE_KINDS) {
        if (made.has(kind)) continue;
        const parents = kindDef(kind).parents;
        const parent = parents.includes(null)
          ? null
          : parents.map((p) => made.get(p as ResourceKind)).find((id) => id !== undefined);
        if (parent === undefined) continue;
        made.set(kind, b.resource(kind, parent));
      }
    }
    expect([...made.keys()].sort()).toEqual([...RESOURCE_KINDS].sort());
    for (const r of b.build().resources) {
      const parsed = KINDS[r.kind].schema.safeParse(r);
      expect(parsed.success, `${r.kind}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(r.id.startsWith(`${kindDef(r.kind).idPrefix}-`)).toBe(true);
    }
  });
});

describe('test designs from the registry', () => {
  it('kindDesigns holds one schema-valid resource of every kind, in a parent it may sit in', () => {
    const made = kindDesigns();
    expect(made.map((m) => m.kind)).toEqual([...RESOURCE_KINDS]);
    for (const { kind, id, design } of made) {
      const r = design.resources.find((x) => x.id === id)!;
      expect(KINDS[kind].schema.safeParse(r).success, kind).toBe(true);
      const parent = design.resources.find((x) => x.id === r.parent);
      expect((kindDef(kind).parents as readonly (string | null)[]).includes(parent ? parent.kind : null), kind).toBe(
        true,
      );
    }
  });

  it("edits' FIELDS list every field of every kind's schema, and newResource makes every kind", () => {
    const d = webApp().b.build();
    RESOURCE_KINDS.forEach((kind, i) => {
      expect(FIELDS[kind], kind).toEqual(expect.arrayContaining(Object.keys(kindDef(kind).fields)));
      for (const c of [0, 1, 2, 5, 255]) {
        const r = newResource(d, i, c, c);
        expect(r.kind).toBe(kind);
        for (const f of Object.keys(kindDef(kind).fields)) expect(r, `${kind}.${f}`).toHaveProperty(f);
      }
      // With no field drawn, it is the kind's create() defaults: valid for its schema.
      expect(KINDS[kind].schema.safeParse(newResource(d, i, 0, 0)).success, kind).toBe(true);
    });
  });

  it('the garbage arbitrary generates every kind, with every field of its schema', () => {
    const seen = new Set<string>();
    for (const r of fc.sample(anyResource, { seed: 3, numRuns: 600 })) {
      if (typeof r.kind !== 'string' || !(RESOURCE_KINDS as readonly string[]).includes(r.kind)) continue;
      seen.add(r.kind);
      for (const f of Object.keys(kindDef(r.kind as ResourceKind).fields))
        expect(r, `${r.kind}.${f}`).toHaveProperty(f);
    }
    expect([...seen].sort()).toEqual([...RESOURCE_KINDS].sort());
  });
});
