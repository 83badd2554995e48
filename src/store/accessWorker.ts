/**
 * The access worker (access.worker.ts), one for the app: the intents (analysis.ts) and the matrix
 * view (matrix.ts) each register what to do with their kind of answer, and share the thread (and
 * the engine's per-class results in it). Null where Web Workers are not available.
 */
import type { AccessKind, AccessReply, AccessRequest } from './access.worker.ts';

type Handlers = { reply: (m: AccessReply) => void; error: () => void };

let worker: Worker | null | undefined;
const handlers = new Map<AccessKind, Handlers>();

/** Route `kind`'s answers (and the worker's failures) to `h`. */
export function onAccess(kind: AccessKind, h: Handlers): void {
  handlers.set(kind, h);
}

/** The shared worker, started on first use. */
export function accessWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function') return null;
  try {
    const w = new Worker(new URL('./access.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<AccessReply>) => handlers.get(e.data.kind)?.reply(e.data));
    // A worker that fails answers nothing: every user lets its next request through.
    w.addEventListener('error', () => {
      for (const h of handlers.values()) h.error();
    });
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Ask the worker. */
export function postAccess(w: Worker, req: AccessRequest): void {
  w.postMessage(req);
}
