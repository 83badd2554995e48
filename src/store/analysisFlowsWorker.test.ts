import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { generateDesign } from '../testing/generate.ts';
import { analyzeReachability } from '../validation/reachability/index.ts';
import { flowAnswers, flowStatusOf, FLOWS_WORKER_ABOVE } from './analysis.ts';
import { loadEngine } from './engine.ts';
import type { AccessRequest } from './access.worker.ts';

/** A stand-in for the access worker: it answers only when told, as a busy one would. */
class HeldWorker {
  static last: HeldWorker | null = null;
  posted: AccessRequest[] = [];
  private listener: ((e: { data: unknown }) => void) | null = null;
  constructor() {
    HeldWorker.last = this;
  }
  addEventListener(type: string, l: (e: { data: unknown }) => void) {
    if (type === 'message') this.listener = l;
  }
  postMessage(m: AccessRequest) {
    this.posted.push(m);
  }
  /** Answer the last request that asked for flows, as access.worker.ts would (answerFlows). */
  answerFlows() {
    const m = [...this.posted].reverse().find((p) => p.kind === 'flows' || p.flows)!;
    const answers = m.design.flows.map((f) => [
      f.id,
      analyzeReachability(m.design, { from: f.from, to: f.to, protocol: f.protocol, port: f.port }),
    ]);
    this.listener!({ data: { seq: m.seq, kind: 'flows', answers } });
  }
}

const original = globalThis.Worker;
beforeAll(async () => {
  (globalThis as { Worker: unknown }).Worker = HeldWorker;
  await loadEngine();
});
afterAll(() => {
  (globalThis as { Worker: unknown }).Worker = original;
});

describe("a very large design's flows", () => {
  it('are answered in the worker; meanwhile each keeps an earlier snapshot’s answer, the same map on every call', () => {
    const first = generateDesign({ resources: FLOWS_WORKER_ABOVE + 100, seed: 5 });
    expect(first.flows.length).toBeGreaterThan(0);
    // Nothing answered yet: no flow has an answer (drawn pending), none is guessed.
    const before = flowStatusOf(first);
    expect(before.size).toBe(0);
    expect(flowStatusOf(first)).toBe(before);
    const asked = HeldWorker.last!.posted;
    expect(asked.filter((p) => p.design === first && (p.kind === 'flows' || p.flows))).toHaveLength(1);

    HeldWorker.last!.answerFlows();
    const answered = flowStatusOf(first);
    expect(answered.size).toBe(first.flows.length);
    expect(flowAnswers(first).get(first.flows[0]!.id)).toEqual(
      analyzeReachability(first, {
        from: first.flows[0]!.from,
        to: first.flows[0]!.to,
        protocol: first.flows[0]!.protocol,
        port: first.flows[0]!.port,
      }),
    );

    // An edit: no flow is answered on the main thread; the earlier answers stand until the worker's.
    const edited: Design = { ...first, name: `${first.name} (edited)`, flows: first.flows.slice(1) };
    const meanwhile = flowStatusOf(edited);
    expect(meanwhile.size).toBe(edited.flows.length);
    expect(meanwhile.get(edited.flows[0]!.id)?.verdict).toBe(answered.get(edited.flows[0]!.id)?.verdict);
    expect(meanwhile.has(first.flows[0]!.id)).toBe(false);
    expect(flowStatusOf(edited)).toBe(meanwhile);
    HeldWorker.last!.answerFlows();
    const own = flowStatusOf(edited);
    expect(own).not.toBe(meanwhile);
    expect(own.size).toBe(edited.flows.length);
  });
});
