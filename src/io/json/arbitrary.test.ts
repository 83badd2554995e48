import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedParents } from '../../model/containment.ts';
import { RESOURCE_KINDS } from '../../model/types.ts';
import { kindDef } from '../../model/kinds/index.ts';
import { designArbitrary } from './arbitrary.ts';

describe('designArbitrary', () => {
  const designs = fc.sample(designArbitrary(), { numRuns: 300, seed: 42 });

  it('covers every resource kind, references between them, and flows', () => {
    const kinds = new Set(designs.flatMap((d) => d.resources.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual([...RESOURCE_KINDS].sort());
    // References of every shape the kinds declare (lists, single ids, ids inside records), to resources present.
    const refs = designs.flatMap((d) => {
      const ids = new Set(d.resources.map((r) => r.id));
      return d.resources.flatMap((r) =>
        kindDef(r.kind).refs.flatMap((f) => {
          const v = (r as unknown as Record<string, unknown>)[f.field];
          const found =
            f.shape === 'list'
              ? ((v as string[] | undefined) ?? [])
              : f.shape === 'single'
                ? [v as string | null]
                : ((v as Record<string, unknown>[] | undefined) ?? []).map((x) => x[f.key] as string);
          return found
            .filter((id): id is string => typeof id === 'string' && ids.has(id))
            .map((id) => `${f.shape}:${id}`);
        }),
      );
    });
    expect(refs.length).toBeGreaterThan(50);
    expect(new Set(refs.map((x) => x.split(':')[0]))).toEqual(new Set(['list', 'single', 'records']));
    expect(designs.some((d) => d.flows.length > 0)).toBe(true);
  });

  it('nests every resource where ALLOWED_PARENTS allows, parents first', () => {
    for (const d of designs) {
      const seen = new Map<string, string>();
      for (const r of d.resources) {
        const parentKind = r.parent === null ? null : seen.get(r.parent);
        expect(parentKind).not.toBeUndefined();
        expect(allowedParents(r.kind)).toContain(parentKind);
        seen.set(r.id, r.kind);
      }
    }
  });
});
