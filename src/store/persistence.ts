/**
 * Autosave to localStorage. The design is written whole under one key, after edits settle, and
 * read back through the same validating importer as a file, so a corrupt or tampered save can
 * never crash the app: it is moved aside (not deleted) and the user is told.
 */
import type { Design } from '../model/index.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';

export const AUTOSAVE_KEY = 'vpc-town:autosave';
export const CORRUPT_KEY_PREFIX = 'vpc-town:corrupt:';

export type LoadOutcome =
  | { status: 'empty' }
  | { status: 'restored'; design: Design; warnings: string[] }
  | { status: 'corrupt'; keptAs: string | null; reason: string };

export function loadAutosave(storage: Storage): LoadOutcome {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { status: 'empty' };
  }
  if (text == null) return { status: 'empty' };
  const parsed = parseDesignJson(text);
  if (parsed.ok) return { status: 'restored', design: parsed.design, warnings: parsed.warnings };
  const keptAs = `${CORRUPT_KEY_PREFIX}${new Date().toISOString()}`;
  try {
    storage.setItem(keptAs, text);
    storage.removeItem(AUTOSAVE_KEY);
    return { status: 'corrupt', keptAs, reason: parsed.errors[0]?.message ?? 'unreadable' };
  } catch {
    return { status: 'corrupt', keptAs: null, reason: parsed.errors[0]?.message ?? 'unreadable' };
  }
}

export type SaveOutcome = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

export function saveAutosave(storage: Storage, design: Design): SaveOutcome {
  try {
    storage.setItem(AUTOSAVE_KEY, serializeDesign(design));
    return { ok: true };
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return { ok: false, reason: quota ? 'quota' : 'unavailable' };
  }
}
