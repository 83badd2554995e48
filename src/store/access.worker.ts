/**
 * The one worker that serves the access engine off the main thread (accessWorker.ts starts it):
 * a large design's intents (analysis.ts) and its access matrix (matrix.ts). Each request
 * `{ seq, kind, design }` is answered `{ seq, kind, … }` (plain data, structured clone). Both run
 * on one thread, so they share the engine's per-class results (validation/matrix/classCache.ts):
 * the intents of a snapshot whose matrix was just computed cut their traffic from its results.
 */
import type { Design } from '../model/types.ts';
import { evaluateIntents, type IntentResult } from '../validation/intents/index.ts';
import { analyzeReachability, type ReachabilityAnswer } from '../validation/reachability/index.ts';
import { matrixAnswer, type MatrixAnswer } from './matrixAnswer.ts';

export type AccessKind = 'intents' | 'matrix' | 'flows';

export interface AccessRequest {
  readonly seq: number;
  readonly kind: AccessKind;
  readonly design: Design;
  /**
   * With `kind: 'intents'`: also answer every flow of the design (analysis.ts, a very large
   * design's edit), in a reply of its own (`kind: 'flows'`, the same `seq`) sent before the
   * intents': one copy of the design crosses to the worker for both.
   */
  readonly flows?: boolean;
}

export type AccessReply =
  | {
      readonly seq: number;
      readonly kind: 'flows';
      readonly answers: readonly (readonly [string, ReachabilityAnswer])[];
    }
  | { readonly seq: number; readonly kind: 'intents'; readonly results: readonly IntentResult[] }
  | { readonly seq: number; readonly kind: 'matrix'; readonly answer: MatrixAnswer | null };

/**
 * Each flow's reachability answer, as the main thread's flowAnswers (analysis.ts) gives it. A flow
 * whose analysis fails is left out: it has no answer (drawn pending), never a guessed one.
 */
export function answerFlows(req: AccessRequest): AccessReply {
  const answers: (readonly [string, ReachabilityAnswer])[] = [];
  for (const f of req.design.flows) {
    try {
      answers.push([
        f.id,
        analyzeReachability(req.design, {
          from: f.from,
          to: f.to,
          protocol: f.protocol,
          port: f.port,
          ...(f.ipVersion ? { ipVersion: f.ipVersion } : {}),
        }),
      ]);
    } catch {
      // analyzeReachability never throws on a design; a failure leaves this flow unanswered.
    }
  }
  return { seq: req.seq, kind: 'flows', answers };
}

/** The answer to one request. Never throws: a failure answers nothing (the last answer stays on screen). */
export function answerAccess(req: AccessRequest): AccessReply {
  if (req.kind === 'intents') {
    let results: readonly IntentResult[] = [];
    try {
      results = evaluateIntents(req.design);
    } catch {
      // evaluateIntents never throws on a design; a failure here leaves the last answer standing.
    }
    return { seq: req.seq, kind: 'intents', results };
  }
  let answer: MatrixAnswer | null = null;
  try {
    answer = matrixAnswer(req.design);
  } catch {
    // matrixAnswer never throws on a design; a failure leaves the last answer standing.
  }
  return { seq: req.seq, kind: 'matrix', answer };
}

const scope = self as unknown as {
  postMessage(m: AccessReply): void;
  addEventListener(type: 'message', l: (e: MessageEvent<AccessRequest>) => void): void;
};

scope.addEventListener('message', (e) => {
  if (e.data.kind === 'flows' || e.data.flows) scope.postMessage(answerFlows(e.data));
  if (e.data.kind !== 'flows') scope.postMessage(answerAccess(e.data));
});
