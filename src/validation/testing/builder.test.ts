import { describe, expect, it } from 'vitest';
import { KINDS, kindDef } from '../../model/kinds/index.ts';
import { RESOURCE_KINDS, type ResourceKind } from '../../model/types.ts';
import { DesignBuilder } from './builder.ts';

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
