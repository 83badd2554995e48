/**
 * What File › Import from AWS… reads: files chosen or dropped, a whole folder (chosen with
 * `<input webkitdirectory>` or dropped, walked through `webkitGetAsEntry`), and pasted text, each
 * as an importer input `{ path, text }`. A path keeps the folders below what was picked or dropped
 * (`snapshot/us-east-1/Vpcs.json`), because the importer reads the region (and account) from them.
 *
 * Hidden files (`.DS_Store`, `.git/…`) are skipped; so is everything past the size limits, which
 * are reported, never silently cut.
 */
import type { AwsInput } from './types.ts';

/** One file's limit and the whole import's: describe output of a large account stays well under. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** A folder holding more than this is not a snapshot of describe calls (a home directory dropped by mistake). */
export const MAX_FILES = 2_000;

export interface Collected {
  readonly inputs: readonly AwsInput[];
  /** Files left out, with why: read in the preview. */
  readonly skipped: readonly { readonly path: string; readonly reason: 'tooBig' | 'unreadable' | 'tooMany' }[];
}

interface PathedFile {
  readonly path: string;
  readonly file: File;
}

const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

/** Read the files' texts, in path order (so the same folder always gives the same import). */
export async function readFiles(files: readonly PathedFile[]): Promise<Collected> {
  const sorted = files.filter((f) => !hidden(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const inputs: AwsInput[] = [];
  const skipped: { path: string; reason: 'tooBig' | 'unreadable' | 'tooMany' }[] = [];
  let total = 0;
  for (const [i, { path, file }] of sorted.entries()) {
    if (i >= MAX_FILES) {
      skipped.push({ path, reason: 'tooMany' });
      continue;
    }
    if (file.size > MAX_FILE_BYTES || total + file.size > MAX_TOTAL_BYTES) {
      skipped.push({ path, reason: 'tooBig' });
      continue;
    }
    try {
      inputs.push({ path, text: await file.text() });
      total += file.size;
    } catch {
      skipped.push({ path, reason: 'unreadable' });
    }
  }
  return { inputs, skipped };
}

/** Files from an `<input type="file">`, with their folder path when it is a folder input. */
export function fromFileList(list: FileList | readonly File[]): PathedFile[] {
  return Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Files and folders dropped: each folder walked to its files (`DataTransferItem.webkitGetAsEntry`). */
export async function fromDataTransfer(dt: DataTransfer): Promise<PathedFile[]> {
  const entries = Array.from(dt.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  // A browser without entries gives the files (no folders).
  if (!entries.length || entries.some((e) => e === null)) return fromFileList(dt.files);
  const out: PathedFile[] = [];
  for (const entry of entries) await walk(entry!, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: PathedFile[]): Promise<void> {
  if (out.length > MAX_FILES) return;
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (entry.isFile) {
    const file = await new Promise<File | null>((done) => (entry as FileSystemFileEntry).file(done, () => done(null)));
    if (file) out.push({ path, file });
    return;
  }
  if (!entry.isDirectory || hidden(path)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns a batch at a time (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done) => reader.readEntries(done, () => done([])));
    if (!batch.length) break;
    for (const e of batch) await walk(e, out);
  }
}

/** The inputs so far with `more` added; a path read again replaces the earlier text. */
export function mergeInputs(before: readonly AwsInput[], more: readonly AwsInput[]): AwsInput[] {
  const byPath = new Map(before.map((i) => [i.path, i]));
  for (const i of more) byPath.set(i.path, i);
  return [...byPath.values()];
}

/** A name for the design: the folder (or the single file) it came from. */
export function suggestedName(inputs: readonly AwsInput[]): string | null {
  const files = inputs.filter((i) => i.path !== PASTED);
  if (!files.length) return null;
  const tops = new Set(files.map((i) => (i.path.includes('/') ? i.path.split('/')[0]! : '')));
  if (tops.size === 1 && !tops.has('')) return [...tops][0]!;
  return files.length === 1 ? files[0]!.path.replace(/\.json$/i, '') : null;
}

/** The path of the pasted text, as the importer and its problems name it (contract: 'pasted text'). */
export const PASTED = 'pasted text';
