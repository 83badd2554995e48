/**
 * The worker that reads a large design file off the main thread (openInBackground.ts starts it):
 * one request `{ text, maxResources }`, progress messages, then the result (openRead.ts).
 */
import { readForOpen, type OpenProgress, type OpenRead } from './openRead.ts';

export type WorkerMessage = { readonly progress: OpenProgress } | { readonly result: OpenRead };

const post = (m: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<{ text: string; maxResources: number }>) => {
  post({ result: readForOpen(e.data.text, e.data.maxResources, (progress) => post({ progress })) });
});
