/**
 * The matrix view's data: a small design's matrix is computed on the main thread (memoised per
 * snapshot), a large one's in a Web Worker (matrix.worker.ts) so an edit never waits for it; until
 * the worker answers, the last answer stays on screen, marked as being updated.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Design } from '../model/types.ts';
import { matrixAnswer, type MatrixAnswer } from './matrixAnswer.ts';
import type { MatrixReply } from './matrix.worker.ts';

/** Above this many resources the matrix is computed in a worker. */
export const MATRIX_WORKER_ABOVE = 300;

const cache = new WeakMap<Design, MatrixAnswer>();

/** A design's matrix on this thread (memoised per snapshot). */
export function matrixNow(design: Design): MatrixAnswer {
  let a = cache.get(design);
  if (!a) cache.set(design, (a = matrixAnswer(design)));
  return a;
}

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, (a: MatrixAnswer | null) => void>();

function matrixWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function') return null;
  try {
    const w = new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<MatrixReply>) => {
      const done = waiting.get(e.data.seq);
      waiting.delete(e.data.seq);
      done?.(e.data.answer);
    });
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** The matrix of the design on screen, and whether a newer one is being computed. */
export function useMatrixAnswer(design: Design): { answer: MatrixAnswer | null; computing: boolean } {
  const large = design.resources.length > MATRIX_WORKER_ABOVE && matrixWorker() !== null;
  const small = useMemo(() => (large ? null : matrixNow(design)), [large, design]);
  const [remote, setRemote] = useState<{ design: Design; answer: MatrixAnswer } | null>(null);
  useEffect(() => {
    if (!large) return;
    if (cache.has(design)) return;
    const w = matrixWorker();
    if (!w) return;
    const n = ++seq;
    let live = true;
    waiting.set(n, (answer) => {
      if (!answer) return;
      cache.set(design, answer);
      if (live) setRemote({ design, answer });
    });
    w.postMessage({ seq: n, design });
    return () => {
      live = false;
    };
  }, [large, design]);
  if (small) return { answer: small, computing: false };
  const done = cache.get(design);
  if (done) return { answer: done, computing: false };
  return { answer: remote?.answer ?? null, computing: remote?.design !== design };
}
