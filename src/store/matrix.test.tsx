// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { readFileSync } from 'node:fs';
import type { Design } from '../model/types.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { matrixAnswer } from './matrixAnswer.ts';
import { MATRIX_WORKER_ABOVE, useMatrixAnswer } from './matrix.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for the browser's Worker: it answers as access.worker.ts does, later. */
const posted: Design[] = [];
let answerNow: (() => void) | null = null;
class FakeWorker extends EventTarget {
  postMessage(m: { seq: number; design: Design }) {
    posted.push(m.design);
    answerNow = () =>
      this.dispatchEvent(
        Object.assign(new Event('message'), { data: { seq: m.seq, kind: 'matrix', answer: matrixAnswer(m.design) } }) as MessageEvent,
      );
  }
}
const realWorker = globalThis.Worker;
beforeAll(() => {
  (globalThis as { Worker: unknown }).Worker = FakeWorker;
});
afterAll(() => {
  (globalThis as { Worker: unknown }).Worker = realWorker;
});

type Seen = ReturnType<typeof useMatrixAnswer>;
function render(design: Design): Seen[] {
  const seen: Seen[] = [];
  function Probe() {
    seen.push(useMatrixAnswer(design));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return seen;
}

function twoAz(): Design {
  const r = parseDesignJson(readFileSync('examples/two-az-web-db.json', 'utf8'));
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
}

/** The example with enough unused security groups to count as large (cheap for the matrix itself). */
function padded(): Design {
  const d = twoAz();
  const sg = d.resources.find((r) => r.kind === 'securityGroup')!;
  const extra = Array.from({ length: MATRIX_WORKER_ABOVE }, (_, i) => ({
    ...sg,
    id: `sg-pad${i}`,
    name: `pad-${i}`,
    ingress: [],
    egress: [],
  }));
  return { ...d, resources: [...d.resources, ...extra] } as Design;
}

describe('useMatrixAnswer', () => {
  it('computes a small design on this thread, at once, with no worker', () => {
    const seen = render(twoAz());
    expect(posted).toHaveLength(0);
    expect(seen.at(-1)!.computing).toBe(false);
    expect(seen.at(-1)!.answer!.data.cells.length).toBeGreaterThan(0);
  });

  it('hands a large design to the worker, and shows its answer when it arrives', () => {
    const design = padded();
    expect(design.resources.length).toBeGreaterThan(MATRIX_WORKER_ABOVE);
    const seen = render(design);
    expect(posted).toEqual([design]);
    expect(seen.at(-1)).toEqual({ answer: null, computing: true });
    act(() => answerNow!());
    const last = seen.at(-1)!;
    expect(last.computing).toBe(false);
    expect(last.answer!.data.cells.length).toBeGreaterThan(0);
    expect(last.answer!.labels).toEqual(matrixAnswer(twoAz()).labels);
  });

  it('sends one design at a time: edits made while the worker computes wait, and only the newest is sent', () => {
    posted.length = 0;
    const a = padded();
    const b = { ...a, name: 'b' };
    const c = { ...a, name: 'c' };
    render(a);
    render(b);
    render(c);
    expect(posted).toEqual([a]);
    act(() => answerNow!());
    expect(posted).toEqual([a, c]);
    const seen = render(c);
    act(() => answerNow!());
    expect(seen.at(-1)!.answer).not.toBeNull();
    expect(seen.at(-1)!.computing).toBe(false);
  });
});
