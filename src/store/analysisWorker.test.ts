import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { generateDesign } from '../testing/generate.ts';
import { allFindingsOf, INTENTS_WORKER_ABOVE, summaryOf } from './analysis.ts';
import { loadEngine } from './engine.ts';

/** A stand-in for the access worker (intents): it answers only when told (`answer`), as a busy one would. */
class HeldWorker {
  static last: HeldWorker | null = null;
  posted: { seq: number; design: Design }[] = [];
  private listener: ((e: { data: unknown }) => void) | null = null;
  constructor() {
    HeldWorker.last = this;
  }
  addEventListener(type: string, l: (e: { data: unknown }) => void) {
    if (type === 'message') this.listener = l;
  }
  postMessage(m: { seq: number; design: Design }) {
    this.posted.push(m);
  }
  answer(results: unknown[]) {
    const m = this.posted.pop()!;
    this.listener!({ data: { seq: m.seq, kind: 'intents', results } });
  }
}

// An intent the design's answer leaves unknown: one finding (INTENT-held) in the list.
const unknownResult = {
  intent: { id: 'held', name: 'held', enabled: true, from: { type: 'internet' }, to: { type: 'internet' }, expect: { type: 'never' } },
  starter: false,
  status: 'unknown',
  violations: [],
  violationCount: 0,
  unknowns: [],
  unknownCount: 0,
  missing: ['something'],
  pairs: 0,
};

const original = globalThis.Worker;
beforeAll(async () => {
  (globalThis as { Worker: unknown }).Worker = HeldWorker;
  await loadEngine();
});
afterAll(() => {
  (globalThis as { Worker: unknown }).Worker = original;
});

describe('a large design while its intents are checked in the worker', () => {
  it('gives the same findings list and summary on every call until the answer comes, then the answered ones', () => {
    const first = generateDesign({ resources: INTENTS_WORKER_ABOVE + 100, seed: 3 });
    allFindingsOf(first); // asks the worker
    HeldWorker.last!.answer([unknownResult]); // first's answer, with one intent finding
    expect(allFindingsOf(first).some((f) => f.rule === 'INTENT-held')).toBe(true);

    // An edit (a new snapshot): shown with first's answer while its own is computed.
    const edited: Design = { ...first, name: `${first.name} (edited)` };
    const a = allFindingsOf(edited);
    expect(a.some((f) => f.rule === 'INTENT-held')).toBe(true);
    // Every render asks again: the same array and map each time, or the findings panel never settles.
    expect(allFindingsOf(edited)).toBe(a);
    const s = summaryOf(edited);
    expect(summaryOf(edited)).toBe(s);

    HeldWorker.last!.answer([]); // edited's own answer: no intent findings
    const answered = allFindingsOf(edited);
    expect(answered).not.toBe(a);
    expect(answered.some((f) => f.rule === 'INTENT-held')).toBe(false);
    expect(allFindingsOf(edited)).toBe(answered);
  });
});
