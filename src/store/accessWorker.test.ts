import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { generateDesign } from '../testing/generate.ts';
import { intentResultsOf, INTENTS_WORKER_ABOVE } from './analysis.ts';
import { loadEngine } from './engine.ts';
import { matrixAnswer } from './matrixAnswer.ts';
import { evaluateIntents } from '../validation/intents/index.ts';
import type { AccessReply, AccessRequest } from './access.worker.ts';

/** A stand-in for the browser's Worker that counts how many are started and what each is asked. */
class CountingWorker {
  static started: CountingWorker[] = [];
  posted: AccessRequest[] = [];
  constructor(readonly url: URL) {
    CountingWorker.started.push(this);
  }
  addEventListener() {}
  postMessage(m: AccessRequest) {
    this.posted.push(m);
  }
}

const original = globalThis.Worker;
beforeAll(async () => {
  (globalThis as { Worker: unknown }).Worker = CountingWorker;
  await loadEngine();
});
afterAll(() => {
  (globalThis as { Worker: unknown }).Worker = original;
});

describe('one access worker for the intents and the matrix', () => {
  it('starts one worker, and both the intents and the matrix ask it', async () => {
    const { MATRIX_WORKER_ABOVE } = await import('./matrix.ts');
    const { accessWorker } = await import('./accessWorker.ts');
    const d = generateDesign({ resources: INTENTS_WORKER_ABOVE + 100, seed: 4 });
    intentResultsOf(d);
    const w = accessWorker()!;
    expect(w).toBe(CountingWorker.started[0]);
    expect(MATRIX_WORKER_ABOVE).toBeLessThan(d.resources.length);
    // The matrix view's hook asks through the same worker (matrix.ts `matrixWorker`).
    expect(accessWorker()).toBe(w);
    expect(CountingWorker.started).toHaveLength(1);
    expect(String(CountingWorker.started[0]!.url)).toMatch(/access\.worker\.ts$/);
    expect(CountingWorker.started[0]!.posted.map((m) => m.kind)).toEqual(['intents']);
  });

  it('the worker answers both kinds of request, each as its own computation would', async () => {
    const sent: AccessReply[] = [];
    let listener: ((e: { data: AccessRequest }) => void) | undefined;
    (globalThis as { self?: unknown }).self = {
      postMessage: (m: AccessReply) => sent.push(m),
      addEventListener: (_t: string, l: typeof listener) => (listener = l),
    };
    await import('./access.worker.ts');
    const d: Design = generateDesign({ resources: 120, seed: 2 });
    listener!({ data: { seq: 1, kind: 'matrix', design: d } });
    listener!({ data: { seq: 2, kind: 'intents', design: d } });
    expect(sent.map((m) => [m.seq, m.kind])).toEqual([
      [1, 'matrix'],
      [2, 'intents'],
    ]);
    const m = sent[0] as Extract<AccessReply, { kind: 'matrix' }>;
    expect(m.answer!.data.cells).toEqual(matrixAnswer(d).data.cells);
    const r = sent[1] as Extract<AccessReply, { kind: 'intents' }>;
    expect(r.results.map((x) => x.status)).toEqual(evaluateIntents(d).map((x) => x.status));
  });
});
