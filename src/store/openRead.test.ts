import { describe, expect, it, vi, afterEach } from 'vitest';
import { generateDesign } from '../testing/generate.ts';
import { serializeDesign } from '../io/json/write.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { analyzeReachability, validate } from '../validation/index.ts';
import { readForOpen, type OpenProgress } from './openRead.ts';
import { adoptRead, findingsOf, flowAnswers } from './analysis.ts';
import { readInBackground } from './openInBackground.ts';
import { loadEngine } from './engine.ts';
import { updateResource } from '../model/ops.ts';

const engine = await loadEngine();

const text = (resources: number, seed: number) => serializeDesign(generateDesign({ resources, seed }));

describe('readForOpen (the worker’s pure function)', () => {
  it('gives the design a file read gives, every rule’s findings and every flow’s answer', () => {
    const src = text(600, 3);
    const progress: OpenProgress[] = [];
    const r = readForOpen(src, 20_000, (p) => progress.push(p));
    if (!r.ok) throw new Error('not read');
    const plain = parseDesignJson(src);
    if (!plain.ok) throw new Error('not read');
    expect(r.design).toEqual(plain.design);
    expect(r.perPart.flat(2).length).toBe(validate(r.design).length);
    expect(r.flows.map(([id]) => id)).toEqual(r.design.flows.map((f) => f.id));
    for (const [id, answer] of r.flows) {
      const f = r.design.flows.find((x) => x.id === id)!;
      expect(answer).toEqual(
        analyzeReachability(r.design, { from: f.from, to: f.to, protocol: f.protocol, port: f.port }),
      );
    }
    expect(progress.map((p) => p.stage).slice(0, 3)).toEqual(['reading', 'checking', 'flows']);
  });

  it('refuses a broken or too large file with the reader’s errors', () => {
    const cut = readForOpen(text(200, 1).slice(0, 5000), 20_000);
    expect(cut.ok).toBe(false);
    const many = readForOpen(text(300, 1), 100);
    expect(many.ok === false && many.errors.some((e) => e.code === 'tooManyResources')).toBe(true);
  });
});

describe('the worker path and the in-thread path agree', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [400, 11],
    [1500, 7],
  ])('%i resources (seed %i): the same findings and flow answers, and edits stay equal to validate', (n, seed) => {
    const src = text(n, seed);
    // What a worker sends back is a structured clone of readForOpen's answer.
    const sent = readForOpen(src, 20_000);
    if (!sent.ok) throw new Error('not read');
    const received = structuredClone(sent);
    adoptRead(received, engine);
    const design = received.design;
    expect(findingsOf(design)).toEqual(validate(design));
    const answers = flowAnswers(design);
    for (const f of design.flows)
      expect(answers.get(f.id)).toEqual(
        analyzeReachability(design, { from: f.from, to: f.to, protocol: f.protocol, port: f.port }),
      );
    // The next edit is validated from the adopted design, with validate's answer.
    const target = design.resources.find((r) => r.kind === 'securityGroup')!;
    const edited = updateResource(design, target.id, { name: 'renamed-sg' });
    expect(findingsOf(edited)).toEqual(validate(edited));
  });

  it('readInBackground through a worker (the real worker module, behind a fake Worker) answers as in place', async () => {
    class FakeWorker {
      private listeners = new Map<string, ((e: unknown) => void)[]>();
      terminated = false;
      addEventListener(type: string, f: (e: unknown) => void) {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]);
      }
      emit(type: string, e: unknown) {
        if (!this.terminated) for (const f of this.listeners.get(type) ?? []) f(e);
      }
      postMessage(data: unknown) {
        void (async () => {
          await Promise.resolve();
          if (this.terminated) return;
          let handler: ((e: { data: unknown }) => void) | null = null;
          vi.stubGlobal('self', {
            addEventListener: (_: string, f: (e: { data: unknown }) => void) => (handler = f),
            postMessage: (m: unknown) => this.emit('message', { data: structuredClone(m) }),
          });
          vi.resetModules();
          await import('./openRead.worker.ts');
          handler!({ data: structuredClone(data) });
        })();
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const src = text(500, 5);
    const stages: string[] = [];
    const viaWorker = await readInBackground(src, {
      maxResources: 20_000,
      worker: true,
      onProgress: (p) => stages.push(p.stage),
    });
    const inPlace = await readInBackground(src, { maxResources: 20_000, worker: false });
    expect(viaWorker).toEqual(inPlace);
    expect(stages).toContain('checking');
    // Cancelled before the worker answers: no design.
    const controller = new AbortController();
    const pending = readInBackground(src, { maxResources: 20_000, worker: true, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, cancelled: true });
  });
});
