/**
 * File › Open JSON… and Ctrl/Cmd+O: pick a design file and open it as a new design. A file dropped
 * anywhere on the window (FileDropZone) opens the same way, through openFile.
 *
 * A broken file says what is wrong and where, and changes nothing. A file named like a design of
 * the list offers to replace that design or keep both (the same-name dialog, sameNameChoice).
 */
import { adoptRead } from '../../store/analysis.ts';
import { loadEngine } from '../../store/engine.ts';
import { readInBackground } from '../../store/openInBackground.ts';
import type { TFunction } from 'i18next';
import { leaveThen, replaceEntry, saveNow, uniqueName, useLibraryStore } from '../../store/library.ts';
import { MAX_DESIGN_BYTES, MAX_RESOURCES } from '../../io/json/limits.ts';
import type { ReadError } from '../../io/json/read.ts';
import type { OpenProgress } from '../../store/openRead.ts';
import type { Design } from '../../model/index.ts';
import type { Action, ActionContext } from './types.ts';
import { fitSoon, openDesign, repairedText } from './openDesign.ts';
import { pickFile, setDialog, useFileUi } from './state.ts';
import { notify } from './notify.ts';
import { detectIac } from '../../io/iac/detect.ts';

export const actionOpenFile: Action = {
  name: 'openFile',
  label: 'files.open',
  keys: ['$mod+o'],
  // Not the browser's "open file": the picker of a design, even from a field.
  whileTyping: 'works',
  perform: pickFile,
};

/**
 * Files that are infrastructure as code (a CloudFormation template, Terraform's .tf files or its
 * plan JSON) open the import dialog (ui/iacImport) with their texts; null when they are not.
 */
export async function iacInputs(files: readonly { path: string; file: File }[]) {
  const out: { path: string; text: string }[] = [];
  for (const { path, file } of files) {
    if (file.size > MAX_DESIGN_BYTES) return null;
    const head = await file.slice(0, 64 * 1024).text();
    const kind = detectIac(file.name, head);
    if (kind === 'design' || kind === null) continue;
    out.push({ path, text: await file.text() });
  }
  return out.length ? out : null;
}

/**
 * Files picked or dropped together (each with the path below what was dropped): Terraform files and
 * templates among them open the import dialog together; otherwise the first opens as a design.
 */
export async function openFiles(ctx: ActionContext, files: readonly (File | { path: string; file: File })[]) {
  const pathed = files.map((f) => (f instanceof File ? { path: f.name, file: f } : f));
  if (pathed.length > 1) {
    let iac: Awaited<ReturnType<typeof iacInputs>> = null;
    try {
      iac = await iacInputs(pathed.filter((f) => !f.path.split('/').some((part) => part.startsWith('.'))));
    } catch {
      // unreadable: openFile says so
    }
    if (iac) {
      setDialog({ kind: 'importIac', inputs: iac });
      return;
    }
  }
  if (pathed[0]) await openFile(ctx, pathed[0].file);
}

/** Read, check and open a design file; errors say what is wrong and where, and change nothing. */
export async function openFile(ctx: ActionContext, file: File) {
  const { t } = ctx;
  let iac: Awaited<ReturnType<typeof iacInputs>> = null;
  try {
    iac = await iacInputs([{ path: file.name, file }]);
  } catch {
    // unreadable: readDesignFile says so
  }
  if (iac) {
    setDialog({ kind: 'importIac', inputs: iac });
    return;
  }
  // One file at a time: a second one replaces the first (the first is cancelled).
  useFileUi.getState().opening?.controller.abort();
  const controller = new AbortController();
  const progress = (p: OpenProgress) => useFileUi.getState().setOpening({ file: file.name, progress: p, controller });
  progress({ stage: 'reading' });
  let r: Awaited<ReturnType<typeof readDesignFile>>;
  try {
    r = await readDesignFile(file, t, controller.signal, progress);
  } finally {
    if (useFileUi.getState().opening?.controller === controller) useFileUi.getState().setOpening(null);
  }
  if (r === 'cancelled') return;
  if (!r.ok) {
    setDialog({ kind: 'error', title: t('files.openError.title', { file: file.name }), errors: r.errors });
    return;
  }
  const name = r.design.name;
  // A file named like a design of the list: replace that one, or keep both under told-apart names.
  saveNow();
  const entries = useLibraryStore.getState().entries;
  const match = entries.find((e) => e.name === name && !e.damaged);
  if (match) {
    const copyName = uniqueName(
      name,
      entries.map((e) => e.name),
    );
    setDialog({ kind: 'sameName', design: r.design, warnings: r.warnings, match, copyName });
    return;
  }
  openDesign(ctx, r.design, repairedText(t, name, r.warnings), { deferSave: r.design.resources.length > 1000 });
}

/** The answer to the same-name dialog: replace the design of that name, or keep both. */
export function sameNameChoice(ctx: ActionContext, choice: 'replace' | 'both') {
  const { t } = ctx;
  const dialog = useFileUi.getState().dialog;
  if (dialog?.kind !== 'sameName') return;
  const { design, warnings, match, copyName } = dialog;
  setDialog(null);
  if (choice === 'both') {
    openDesign(ctx, { ...design, name: copyName }, repairedText(t, copyName, warnings));
    return;
  }
  leaveThen(() => {
    const saved = replaceEntry(match.id, design);
    fitSoon(ctx);
    if (!saved.ok) notify(t('files.notSaved'), 'error');
    else if (!warnings.length) notify(t('files.sameName.replaced', { name: design.name }));
    else
      notify(t('files.sameName.replacedRepaired', { name: design.name, count: warnings.length, first: warnings[0] }));
  });
}

async function readDesignFile(
  file: File,
  t: TFunction,
  signal: AbortSignal,
  onProgress: (p: OpenProgress) => void,
): Promise<{ ok: true; design: Design; warnings: string[] } | { ok: false; errors: ReadError[] } | 'cancelled'> {
  const fail = (message: string) => ({ ok: false as const, errors: [{ path: '', message }] });
  if (file.size > MAX_DESIGN_BYTES) {
    // Refused before reading: a 50 MB file is not loaded into memory only to be rejected.
    return fail(
      t('files.openError.tooBig', {
        size: (file.size / (1024 * 1024)).toFixed(1),
        max: MAX_DESIGN_BYTES / (1024 * 1024),
      }),
    );
  }
  const looksJson = /\.json$/i.test(file.name) || file.type === 'application/json' || file.type === '';
  if (!looksJson) return fail(t('files.openError.notJson'));
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail(t('files.openError.unreadable', { detail: e instanceof Error ? e.message : String(e) }));
  }
  // Parsed, checked and analysed off the main thread when large (store/openInBackground.ts).
  const r = await readInBackground(text, { maxResources: MAX_RESOURCES, signal, onProgress });
  if ('cancelled' in r) return 'cancelled';
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => wordReadError(e, t)) };
  adoptRead(r, await loadEngine());
  // Showing a large design is long work of its own (the canvas, reveal.ts): in a task of its own,
  // after the one that took in its findings (issue #11).
  if (r.design.resources.length > 1000) await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal.aborted) return 'cancelled';
  return r;
}

/** A read error the app words itself (ReadError.code) in the user's language; others as they are. */
function wordReadError(e: ReadError, t: TFunction): ReadError {
  if (e.code !== 'tooManyResources' || !e.params) return e;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');
  return {
    ...e,
    message: t('files.openError.tooManyResources', { resources: n(e.params.count), max: n(e.params.max) }),
  };
}
