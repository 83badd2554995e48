import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedParents } from '../../model/containment.ts';
import { RESOURCE_KINDS } from '../../model/types.ts';
import { designArbitrary } from './arbitrary.ts';

describe('designArbitrary', () => {
  const designs = fc.sample(designArbitrary(), { numRuns: 300, seed: 42 });

  it('covers every resource kind, references between them, and flows', () => {
    const kinds = new Set(designs.flatMap((d) => d.resources.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual([...RESOURCE_KINDS].sort());
    const refs = designs.flatMap((d) =>
      d.resources.flatMap((r) => ('securityGroupIds' in r ? r.securityGroupIds : [])),
    );
    expect(refs.length).toBeGreaterThan(10);
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
