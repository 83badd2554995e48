/**
 * Read a design file for opening without freezing the tab: a large text is parsed, checked and
 * analysed in a Web Worker (openRead.worker.ts), so the design on screen keeps answering while it
 * works; a small one (where starting a worker costs more than it saves), or where there is no
 * Worker (tests, jsdom), is read in place. Both run the same pure function (openRead.ts).
 */
import type { OpenProgress, OpenRead } from './openRead.ts';
import type { WorkerMessage } from './openRead.worker.ts';

/** Texts longer than this (characters) are read in a worker: about 1,000 resources. */
export const WORKER_ABOVE_CHARS = 200_000;

export type BackgroundRead = OpenRead | { readonly ok: false; readonly cancelled: true };

export interface BackgroundOptions {
  readonly maxResources: number;
  readonly onProgress?: (p: OpenProgress) => void;
  /** Abort: the worker is stopped and the promise answers `cancelled`. */
  readonly signal?: AbortSignal;
  /** Read in a worker even below WORKER_ABOVE_CHARS (false: never). */
  readonly worker?: boolean;
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./openRead.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function readInBackground(text: string, options: BackgroundOptions): Promise<BackgroundRead> {
  const { maxResources, onProgress = () => {}, signal } = options;
  const cancelled = { ok: false, cancelled: true } as const;
  if (signal?.aborted) return Promise.resolve(cancelled);
  const wanted = options.worker ?? text.length > WORKER_ABOVE_CHARS;
  const worker = wanted ? startWorker() : null;
  // The reader and the validator are loaded on the first open (not with the first paint).
  if (!worker) return import('./openRead.ts').then((m) => m.readForOpen(text, maxResources, onProgress));
  return new Promise((resolve) => {
    const done = (r: BackgroundRead) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(r);
    };
    const abort = () => done(cancelled);
    signal?.addEventListener('abort', abort);
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
      if ('progress' in e.data) onProgress(e.data.progress);
      else done(e.data.result);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      // The worker failed (out of memory, say): the design on screen stays; say what happened.
      done({
        ok: false,
        errors: [
          {
            path: '',
            message: `VPC Town could not read this design (${e.message || 'the reader stopped'}). Nothing was changed.`,
          },
        ],
      });
    });
    worker.postMessage({ text, maxResources });
  });
}
