/**
 * While a large design's intents are checked in a worker (analysis.ts, INTENTS_WORKER_ABOVE), the
 * findings list and summary are built from an earlier snapshot's intents. They must be the same
 * objects on every call until the worker answers: the findings panel set state whenever its list
 * changed identity, and a fresh array per render looped until React unmounted the app (the first
 * edit of a 5,000-resource design, e2e/largeEstate.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../testing/generate.ts';
import { updateResource } from '../model/ops.ts';

// A worker that takes every request and never answers: the "still being checked" state.
const posted: unknown[] = [];
class SilentWorker {
  postMessage(m: unknown) {
    posted.push(m);
  }
  addEventListener() {}
}
(globalThis as { Worker?: unknown }).Worker = SilentWorker;

const { allFindingsOf, summaryOf, intentResultsOf, INTENTS_WORKER_ABOVE } = await import('./analysis.ts');
const { loadEngine } = await import('./engine.ts');
const engine = await loadEngine();

describe('findings while a large design’s intents are being checked', () => {
  it('are the same list and summary on every call until the answer arrives', () => {
    // A small design, checked on the main thread: its intents' answer is "the last answer".
    const small = generateDesign({ resources: 200, seed: 4 });
    const before = intentResultsOf(small);
    expect(engine.intentFindings(before).length).toBeGreaterThan(0);

    const large = generateDesign({ resources: INTENTS_WORKER_ABOVE * 3, seed: 4 });
    const edited = updateResource(large, large.resources.find((r) => r.kind === 'vpc')!.id, { name: 'renamed' });
    for (const d of [large, edited]) {
      const all = allFindingsOf(d);
      expect(posted.length).toBeGreaterThan(0); // it went to the worker
      expect(intentResultsOf(d)).toBe(before); // shown meanwhile: the earlier answer
      expect(all.some((f) => f.rule.startsWith('INTENT-'))).toBe(true);
      expect(allFindingsOf(d)).toBe(all);
      const summary = summaryOf(d);
      expect(summaryOf(d)).toBe(summary);
    }
  });
});
