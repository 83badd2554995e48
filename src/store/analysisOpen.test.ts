/**
 * Opening another design (issue #11): the live analysis validates it in full instead of diffing it
 * against the design on screen (the diff of two unrelated 20,000-resource designs took seconds).
 */
import { describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../testing/generate.ts';
import { validate } from '../validation/index.ts';
import { updateResource } from '../model/ops.ts';

const diffs = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../validation/diff.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../validation/diff.ts')>();
  return {
    ...actual,
    diffDesigns: (...args: Parameters<typeof actual.diffDesigns>) => {
      diffs.calls++;
      return actual.diffDesigns(...args);
    },
  };
});

const { analyseAhead, findingsOf, flowAnswers, unrelated } = await import('./analysis.ts');
await (await import('./engine.ts')).loadEngine();

describe('opening another design', () => {
  const a = generateDesign({ resources: 300, seed: 1 });
  const b = generateDesign({ resources: 300, seed: 2 });

  it('tells another design from an edit of this one', () => {
    expect(unrelated(a, b)).toBe(true);
    expect(unrelated({ ...a, resources: [] }, b)).toBe(true);
    expect(unrelated(a, a)).toBe(false);
    const r = a.resources[5]!;
    expect(unrelated(a, updateResource(a, r.id, { name: 'renamed' }))).toBe(false);
    expect(unrelated(a, { ...b, resources: [] })).toBe(false);
  });

  it('is validated in full, not diffed against the design before it; an edit after it is diffed', () => {
    findingsOf(a);
    diffs.calls = 0;
    expect(findingsOf(b)).toEqual(validate(b));
    expect(flowAnswers(b).size).toBe(b.flows.length);
    expect(diffs.calls).toBe(0);
    const edited = updateResource(b, b.resources[7]!.id, { name: 'renamed' });
    expect(findingsOf(edited)).toEqual(validate(edited));
    expect(diffs.calls).toBeGreaterThan(0);
  });

  it('analyses a design ahead of showing it, so showing it finds the answers ready', async () => {
    const c = generateDesign({ resources: 200, seed: 3 });
    await analyseAhead(c);
    diffs.calls = 0;
    const findings = findingsOf(c);
    expect(findingsOf(c)).toBe(findings);
    expect(flowAnswers(c)).toBe(flowAnswers(c));
    expect(diffs.calls).toBe(0);
  });
});
