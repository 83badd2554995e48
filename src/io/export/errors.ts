/**
 * Why an image export failed, as a reason the app words itself (files.exportErrors). The browser
 * reports a picture it cannot draw as a bare `Event` (an <img> error), which used to reach the
 * user as "[object Event]"; a canvas too large for memory gives `null` instead of a file.
 */
export type ExportFailure = 'draw' | 'memory';

export class ExportError extends Error {
  constructor(
    readonly reason: ExportFailure,
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'draw' ? 'the browser could not draw the picture' : 'the picture is too large for memory',
      options,
    );
    this.name = 'ExportError';
  }
}

/**
 * What to tell the user about a failed export: a reason the app words, or the message of an
 * ordinary Error (already in words). Anything else (an Event, a string, nothing) is a picture
 * that could not be drawn.
 */
export function exportFailure(e: unknown): { reason: ExportFailure } | { message: string } {
  if (e instanceof ExportError) return { reason: e.reason };
  if (e instanceof Error && e.message.trim() && !/^\[object \w+\]$/.test(e.message)) return { message: e.message };
  return { reason: 'draw' };
}
