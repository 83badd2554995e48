/**
 * The worker that computes a large design's access matrix off the main thread (matrix.ts starts
 * it): each request `{ seq, design }` is answered `{ seq, answer }` (plain data, structured clone).
 */
import type { Design } from '../model/types.ts';
import { matrixAnswer, type MatrixAnswer } from './matrixAnswer.ts';

export interface MatrixReply {
  readonly seq: number;
  readonly answer: MatrixAnswer | null;
}

const post = (m: MatrixReply) => (self as unknown as { postMessage(m: MatrixReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<{ seq: number; design: Design }>) => {
  let answer: MatrixAnswer | null = null;
  try {
    answer = matrixAnswer(e.data.design);
  } catch {
    // matrixAnswer never throws on a design; a failure leaves the last answer standing.
  }
  post({ seq: e.data.seq, answer });
});
