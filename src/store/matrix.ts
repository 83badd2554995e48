/**
 * The matrix view's data: a small design's matrix is computed on the main thread (memoised per
 * snapshot), a large one's in the access worker (access.worker.ts, shared with the intents) so an edit never waits for it; until
 * the worker answers, the last answer stays on screen, marked as being updated.
 */
import { useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import type { Design } from '../model/types.ts';
import { matrixAnswer, type MatrixAnswer } from './matrixAnswer.ts';
import { accessWorker, onAccess, postAccess } from './accessWorker.ts';

/** Above this many resources the matrix is computed in a worker. */
export const MATRIX_WORKER_ABOVE = 300;

const cache = new WeakMap<Design, MatrixAnswer>();

/** A design's matrix on this thread (memoised per snapshot). */
export function matrixNow(design: Design): MatrixAnswer {
  let a = cache.get(design);
  if (!a) cache.set(design, (a = matrixAnswer(design)));
  return a;
}

let seq = 0;
const waiting = new Map<number, (a: MatrixAnswer | null) => void>();
/** One request at a time: while the worker computes, only the newest design waits its turn. */
let busy = false;
/** Bumped when a worker's answer arrives, so every view of that design re-renders with it. */
const useTick = create<{ tick: number }>(() => ({ tick: 0 }));
let queued: { design: Design; done: (a: MatrixAnswer | null) => void } | null = null;

function send(w: Worker, design: Design, done: (a: MatrixAnswer | null) => void) {
  const known = cache.get(design);
  if (known) return done(known);
  busy = true;
  const n = ++seq;
  waiting.set(n, (answer) => {
    busy = false;
    if (answer) cache.set(design, answer);
    done(answer);
    useTick.setState((t) => ({ tick: t.tick + 1 }));
    const q = queued;
    queued = null;
    if (q) send(w, q.design, q.done);
  });
  postAccess(w, { seq: n, kind: 'matrix', design });
}

function request(w: Worker, design: Design, done: (a: MatrixAnswer | null) => void) {
  if (busy) queued = { design, done };
  else send(w, design, done);
}

onAccess('matrix', {
  reply(m) {
    if (m.kind !== 'matrix') return;
    const done = waiting.get(m.seq);
    waiting.delete(m.seq);
    done?.(m.answer);
  },
  // A worker that fails answers nothing: let the next request through.
  error() {
    busy = false;
    waiting.clear();
  },
});

const matrixWorker = accessWorker;

/** The matrix of the design on screen, and whether a newer one is being computed. */
export function useMatrixAnswer(design: Design): { answer: MatrixAnswer | null; computing: boolean } {
  const large = design.resources.length > MATRIX_WORKER_ABOVE && matrixWorker() !== null;
  const small = useMemo(() => (large ? null : matrixNow(design)), [large, design]);
  useTick((t) => t.tick);
  const [remote, setRemote] = useState<{ design: Design; answer: MatrixAnswer } | null>(null);
  useEffect(() => {
    if (!large) return;
    if (cache.has(design)) return;
    const w = matrixWorker();
    if (!w) return;
    let live = true;
    request(w, design, (answer) => {
      if (!answer) return;
      cache.set(design, answer);
      if (live) setRemote({ design, answer });
    });
    return () => {
      live = false;
    };
  }, [large, design]);
  if (small) return { answer: small, computing: false };
  const done = cache.get(design);
  if (done) return { answer: done, computing: false };
  return { answer: remote?.answer ?? null, computing: remote?.design !== design };
}
