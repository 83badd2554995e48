/**
 * The worker that checks a large design's intents off the main thread (analysis.ts starts it):
 * each request `{ seq, design }` is answered `{ seq, results }`. The results are plain data
 * (traffic sets, endpoints, witnesses with their hops), so they cross by structured clone.
 */
import type { Design } from '../model/types.ts';
import { evaluateIntents, type IntentResult } from '../validation/intents/index.ts';

export interface IntentsReply {
  readonly seq: number;
  readonly results: readonly IntentResult[];
}

const post = (m: IntentsReply) => (self as unknown as { postMessage(m: IntentsReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<{ seq: number; design: Design }>) => {
  let results: readonly IntentResult[] = [];
  try {
    results = evaluateIntents(e.data.design);
  } catch {
    // evaluateIntents never throws on a design; a failure here leaves the last answer standing.
  }
  post({ seq: e.data.seq, results });
});
