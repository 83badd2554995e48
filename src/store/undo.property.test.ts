import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { useDesignStore, clearHistory, undo, redo } from './designStore.ts';
import { RESOURCE_KINDS, type ResourceKind, absolutePosition, indexDesign } from '../model/index.ts';
import { twoAzDesign } from '../testing/fixtures.ts';

/** One user edit, chosen by fast-check, applied through the store's public actions. */
type Edit =
  | { t: 'add'; kind: ResourceKind; pick: number; dx: number; dy: number }
  | { t: 'rename'; pick: number; name: string }
  | { t: 'remove'; pick: number }
  | { t: 'connect'; a: number; b: number }
  | { t: 'move'; pick: number; dx: number; dy: number }
  | { t: 'paste'; pick: number }
  | { t: 'flow'; a: number; b: number; port: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    t: fc.constant('add' as const),
    kind: fc.constantFrom(...RESOURCE_KINDS),
    pick: fc.nat(),
    dx: fc.integer({ min: 0, max: 300 }),
    dy: fc.integer({ min: 0, max: 300 }),
  }),
  fc.record({ t: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 12 }) }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    t: fc.constant('move' as const),
    pick: fc.nat(),
    dx: fc.integer({ min: -400, max: 400 }),
    dy: fc.integer({ min: -400, max: 400 }),
  }),
  fc.record({ t: fc.constant('paste' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('flow' as const), a: fc.nat(), b: fc.nat(), port: fc.integer({ min: 0, max: 65535 }) }),
);

function apply(e: Edit) {
  const s = useDesignStore.getState();
  const rs = s.design.resources;
  const at = (n: number) => (rs.length ? rs[n % rs.length]! : undefined);
  switch (e.t) {
    case 'add': {
      const r = at(e.pick);
      const p = r ? absolutePosition(indexDesign(s.design), r.id) : { x: 0, y: 0 };
      s.addAt(e.kind, { x: p.x + e.dx, y: p.y + e.dy });
      break;
    }
    case 'rename': {
      const r = at(e.pick);
      if (r) s.update(r.id, { name: e.name });
      break;
    }
    case 'remove': {
      const r = at(e.pick);
      if (r) s.remove([r.id]);
      break;
    }
    case 'connect': {
      const a = at(e.a);
      const b = at(e.b);
      if (a && b) s.connect(a.id, b.id);
      break;
    }
    case 'move': {
      const r = at(e.pick);
      if (!r) break;
      const p = absolutePosition(indexDesign(s.design), r.id);
      s.commitMove(new Map([[r.id, { x: p.x + e.dx, y: p.y + e.dy }]]));
      break;
    }
    case 'paste': {
      const r = at(e.pick);
      if (r) s.paste({ resources: rs, flows: s.design.flows, roots: [r.id] }, { x: 24, y: 24 });
      break;
    }
    case 'flow': {
      const a = at(e.a);
      const b = at(e.b);
      if (a && b) s.addFlow({ from: a.id, to: b.id, protocol: 'tcp', port: e.port, label: '' });
      break;
    }
  }
}

beforeEach(() => {
  useDesignStore.getState().replaceDesign(twoAzDesign().d);
  clearHistory();
});

describe('undo/redo (property)', () => {
  it('any sequence of edits followed by undoing every step returns the original document; redo returns the final one', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const original = twoAzDesign().d;
        useDesignStore.getState().replaceDesign(original);
        clearHistory();
        for (const e of edits) apply(e);
        const final = useDesignStore.getState().design;
        const steps = useDesignStore.temporal.getState().pastStates.length;
        expect(steps).toBeLessThanOrEqual(edits.length);
        for (let i = 0; i < steps; i++) undo();
        expect(useDesignStore.getState().design).toEqual(original);
        for (let i = 0; i < steps; i++) redo();
        expect(useDesignStore.getState().design).toEqual(final);
      }),
      { numRuns: 100 },
    );
  });
});
