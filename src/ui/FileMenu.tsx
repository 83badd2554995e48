/**
 * The File menu (new, designs, templates, open, save, export, share) and what belongs to it
 * outside the toolbar: the shared-design banner, the "not saved" strip, the file-drop overlay and
 * the dialogs. Those are portalled to <body> so no other component needs to know about them.
 *
 * Opening a file, a template or a new design opens it as a NEW design in the list, as desktop
 * tools open a document: the design on screen is saved first and stays in Designs…, so nothing
 * the user made is ever replaced by an import. When it cannot be saved (storage full, another
 * tab), the user is asked first (leaveThen and the leave dialog), and a notice only says the
 * previous design is in the list when it is. A file named like a design of the list offers to
 * replace that design or keep both.
 */
import { tinykeys } from 'tinykeys';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useDesignStore, emptyDesign } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { analyseAhead } from '../store/analysis.ts';
import {
  currentIsKept,
  dismissShared,
  keepSharedCopy,
  leaveThen,
  openAsNew,
  openBlank,
  replaceEntry,
  saveNow,
  uniqueName,
  useLibraryStore,
  type LibraryEntry,
  type Previous,
} from '../store/library.ts';
import { MAX_DESIGN_BYTES, MAX_RESOURCES, parseDesignJson, type ReadError } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';
import { exportFileName } from '../io/export/frame.ts';
import { exportFailure } from '../io/export/errors.ts';
import type { ImageBackground, ImageFormat } from '../io/export/image.ts';
import { downloadBlob, downloadText } from '../io/export/download.ts';
import type { TemplateId } from '../io/templates.ts';
import { PALETTE_MIME } from '../canvas/Canvas.tsx';
import { useCanvasView } from '../canvas/useCanvasView.ts';
import type { Design } from '../model/index.ts';
// The dialogs load when first opened, not with the app (first-load budget, BENCHMARKS.md).
const dialogs = () => import('./DesignsDialog.tsx');
const DesignsDialog = lazy(() => dialogs().then((m) => ({ default: m.DesignsDialog })));
const TemplatesDialog = lazy(() => dialogs().then((m) => ({ default: m.TemplatesDialog })));
const OpenErrorDialog = lazy(() => dialogs().then((m) => ({ default: m.OpenErrorDialog })));
const LinkDialog = lazy(() => dialogs().then((m) => ({ default: m.LinkDialog })));
const LeaveDialog = lazy(() => dialogs().then((m) => ({ default: m.LeaveDialog })));
const SameNameDialog = lazy(() => dialogs().then((m) => ({ default: m.SameNameDialog })));
import './files.css';

type DialogState =
  | { kind: 'designs' }
  | { kind: 'templates'; kept: boolean }
  | { kind: 'sameName'; design: Design; warnings: readonly string[]; match: LibraryEntry; copyName: string }
  | { kind: 'error'; title: string; errors: readonly ReadError[] }
  | { kind: 'link'; url: string }
  | null;

const notify = (text: string, tone: 'info' | 'error' = 'info') => useViewStore.getState().notify(text, tone);

/** The notice of a file that needed repairs, or null. */
function repairedText(t: TFunction, name: string, warnings: readonly string[]): string | null {
  return warnings.length ? t('files.openedRepaired', { name, count: warnings.length, first: warnings[0] }) : null;
}

/** "Opened …", saying where the design that was left went only when it is true. */
function openedText(t: TFunction, name: string, previous: Previous): string {
  if (previous === 'kept') return t('files.opened', { name });
  if (previous === 'downloaded') return t('files.openedDownloaded', { name });
  return t('files.openedFresh', { name });
}
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function isFileDrag(e: DragEvent): boolean {
  const types = e.dataTransfer?.types;
  return !!types && Array.from(types).includes('Files') && !Array.from(types).includes(PALETTE_MIME);
}

/** Read, check and open a design file; errors say what is wrong and where, and change nothing. */
async function readDesignFile(
  file: File,
  t: TFunction,
): Promise<{ ok: true; design: Design; warnings: string[] } | { ok: false; errors: ReadError[] }> {
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
  const r = parseDesignJson(text, { maxResources: MAX_RESOURCES });
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => wordReadError(e, t)) };
}

/** A read error the app words itself (ReadError.code) in the user's language; others as they are. */
export function wordReadError(e: ReadError, t: TFunction): ReadError {
  if (e.code !== 'tooManyResources' || !e.params) return e;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');
  return {
    ...e,
    message: t('files.openError.tooManyResources', { resources: n(e.params.count), max: n(e.params.max) }),
  };
}

function MenuItem({
  testId,
  label,
  hint,
  onSelect,
}: {
  testId: string;
  label: string;
  hint?: string;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      className="vt-menu__item"
      onClick={onSelect}
      data-testid={testId}
      tabIndex={-1}
    >
      <span>{label}</span>
      {hint ? <span className="vt-menu__hint">{hint}</span> : null}
    </button>
  );
}

function FileMenuImpl() {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const view = useCanvasView();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [background, setBackground] = useState<ImageBackground>('white');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const fitSoon = useCallback(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => view.fit()));
  }, [view]);

  /** Open as a new design once the one on screen is safe to leave; `message` null: the "Opened …" notice. */
  const openDesign = useCallback(
    (design: Design, message: string | null) => {
      leaveThen((previous) => {
        const saved = openAsNew(design);
        fitSoon();
        if (!saved.ok) notify(t('files.notSaved'), 'error');
        else notify(message ?? openedText(t, design.name, previous));
      });
    },
    [fitSoon, t],
  );

  const openFile = useCallback(
    async (file: File) => {
      const r = await readDesignFile(file, t);
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
      await analyseAhead(r.design); // a large design: its analysis in tasks of their own, before it shows
      openDesign(r.design, repairedText(t, name, r.warnings));
    },
    [openDesign, t],
  );

  /* ---------------------------------------------------------------- actions */

  const newDesign = useCallback(() => {
    setDialog(null);
    leaveThen((previous) => {
      const name = t('app.untitled');
      openBlank(emptyDesign(name));
      notify(openedText(t, name, previous));
    });
  }, [t]);

  const sameNameChoice = (choice: 'replace' | 'both') => {
    if (dialog?.kind !== 'sameName') return;
    const { design, warnings, match, copyName } = dialog;
    setDialog(null);
    if (choice === 'both') {
      openDesign({ ...design, name: copyName }, repairedText(t, copyName, warnings));
      return;
    }
    leaveThen(() => {
      const saved = replaceEntry(match.id, design);
      fitSoon();
      if (!saved.ok) notify(t('files.notSaved'), 'error');
      else if (!warnings.length) notify(t('files.sameName.replaced', { name: design.name }));
      else
        notify(t('files.sameName.replacedRepaired', { name: design.name, count: warnings.length, first: warnings[0] }));
    });
  };

  const pickTemplate = async (id: TemplateId) => {
    // The bundled example designs load with the templates, not with the app (first-load budget).
    const { TEMPLATES } = await import('../io/templates.ts');
    const tpl = TEMPLATES.find((x) => x.id === id)!;
    const r = tpl.load();
    setDialog(null);
    if (!r.ok) {
      setDialog({ kind: 'error', title: t(`files.templates.items.${id}.name`), errors: r.errors });
      return;
    }
    const name = t(`files.templates.items.${id}.name`);
    openDesign({ ...r.design, name }, null);
  };

  const pickFile = () => fileRef.current?.click();

  const saveJson = useCallback(() => {
    const design = useDesignStore.getState().design;
    const file = exportFileName(design.name, 'json');
    downloadText(serializeDesign(design), file);
    notify(t('files.saved', { file }));
  }, [t]);

  // Ctrl/Cmd+S saves the design as JSON (not the browser's "save page"), Ctrl/Cmd+O opens a file.
  useEffect(
    () =>
      tinykeys(window, {
        '$mod+s': (e) => {
          e.preventDefault();
          // A field being typed in commits on blur (inspector): commit it, then save.
          (document.activeElement as HTMLElement | null)?.blur?.();
          setTimeout(saveJson, 0);
        },
        '$mod+o': (e) => {
          e.preventDefault();
          fileRef.current?.click();
        },
      }),
    [saveJson],
  );

  const exportImage = async (format: ImageFormat) => {
    const nodes = rf.getNodes();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!nodes.length || !viewport) {
      notify(t('files.exportEmpty'));
      return;
    }
    setBusy(true);
    // A clean picture: no selection outline or highlighted path. The selection comes back after.
    const view = useViewStore.getState();
    const selection = view.selection;
    view.select([]);
    // Large designs render only what is on screen; an export needs every node, so culling is off
    // while the picture is taken (the frames below let React Flow render them).
    view.setExporting(true);
    try {
      await nextFrame();
      await nextFrame();
      // html-to-image is loaded on first export, not with the app (first-load budget).
      const { renderDiagram } = await import('../io/export/image.ts');
      const image = await renderDiagram(viewport, rf.getNodesBounds(nodes), format, background);
      if (!image) {
        notify(t('files.exportEmpty'));
        return;
      }
      const file = exportFileName(useDesignStore.getState().design.name, format);
      downloadBlob(image, file);
      notify(t('files.saved', { file }));
    } catch (e) {
      const failure = exportFailure(e);
      const detail = 'reason' in failure ? t(`files.exportErrors.${failure.reason}`) : failure.message;
      notify(t('files.exportFailed', { detail }), 'error');
    } finally {
      useViewStore.getState().setExporting(false);
      useViewStore.getState().select(selection);
      setBusy(false);
    }
  };

  const copyLink = async () => {
    // lz-string loads with the first link, not with the app (first-load budget).
    const { encodeShareFragment } = await import('../io/share/link.ts');
    const url = `${location.origin}${location.pathname}${encodeShareFragment(useDesignStore.getState().design)}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      if (url.length > 8000) setDialog({ kind: 'link', url });
      else notify(t('files.link.copied'));
    } catch {
      setDialog({ kind: 'link', url });
    }
  };

  /* ---------------------------------------------------------------- menu behaviour */

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not(:disabled)') ?? []);
  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };
  const choose = (fn: () => void | Promise<void>) => {
    close();
    void fn();
  };

  useEffect(() => {
    if (!open) return;
    requestAnimationFrame(() => items()[0]?.focus());
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onMenuKey = (e: ReactKeyboardEvent) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const focus = (n: number) => list[(n + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focus(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focus(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focus(0);
        break;
      case 'End':
        e.preventDefault();
        focus(list.length - 1);
        break;
      case 'Escape':
        e.preventDefault();
        e.nativeEvent.stopPropagation(); // not also App's "Escape clears the selection"
        close();
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  /* ---------------------------------------------------------------- file drops anywhere */

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!isFileDrag(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  return (
    <div className="vt-filemenu">
      <button
        ref={buttonRef}
        type="button"
        className={`vt-btn vt-filemenu__button${open ? ' vt-filemenu__button--open' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="vt-file-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        disabled={busy}
        data-testid="files.menu"
      >
        {busy ? <span className="vt-spinner" aria-hidden="true" /> : null}
        {t('files.menu')}
        <span className="vt-filemenu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id="vt-file-menu"
          className="vt-menu"
          role="menu"
          aria-label={t('files.menuLabel')}
          onKeyDown={onMenuKey}
          data-testid="files.popover"
        >
          <MenuItem testId="files.new" label={t('files.new')} onSelect={() => choose(newDesign)} />
          <MenuItem
            testId="files.designs"
            label={t('files.designs')}
            onSelect={() =>
              choose(() => {
                saveNow(); // the list shows the open design as it is now
                setDialog({ kind: 'designs' });
              })
            }
          />
          <MenuItem
            testId="files.templates"
            label={t('files.templatesMenu')}
            onSelect={() => choose(() => setDialog({ kind: 'templates', kept: currentIsKept() }))}
          />
          <div className="vt-menu__sep" role="separator" />
          <MenuItem testId="files.open" label={t('files.open')} onSelect={() => choose(pickFile)} />
          <MenuItem testId="files.save" label={t('files.save')} hint=".json" onSelect={() => choose(saveJson)} />
          <div className="vt-menu__sep" role="separator" />
          <MenuItem
            testId="files.exportPng"
            label={t('files.exportPng')}
            hint="2×"
            onSelect={() => choose(() => exportImage('png'))}
          />
          <MenuItem
            testId="files.exportSvg"
            label={t('files.exportSvg')}
            onSelect={() => choose(() => exportImage('svg'))}
          />
          <div className="vt-menu__group" role="group" aria-label={t('files.background')}>
            <span className="vt-menu__label" aria-hidden="true">
              {t('files.background')}
            </span>
            <div className="vt-menu__seg">
              {(['white', 'transparent'] as const).map((bg) => (
                <button
                  key={bg}
                  type="button"
                  role="menuitemradio"
                  aria-checked={background === bg}
                  className="vt-menu__segitem"
                  tabIndex={-1}
                  onClick={() => setBackground(bg)}
                  data-testid={`files.bg.${bg}`}
                >
                  <span className={`vt-swatch vt-swatch--${bg}`} aria-hidden="true" />
                  {t(bg === 'white' ? 'files.bgWhite' : 'files.bgTransparent')}
                </button>
              ))}
            </div>
          </div>
          <div className="vt-menu__sep" role="separator" />
          <MenuItem testId="files.share" label={t('files.share')} onSelect={() => choose(copyLink)} />
        </div>
      ) : null}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="files.openInput"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be picked again
          if (file) void openFile(file);
        }}
      />
      {createPortal(
        <>
          <SharedBanner />
          <StorageStrip
            onExport={saveJson}
            onManage={() => {
              saveNow();
              setDialog({ kind: 'designs' });
            }}
          />
          {dragging ? (
            <div className="vt-dropzone" data-testid="files.dropzone">
              <div className="vt-dropzone__card">{t('files.drop')}</div>
            </div>
          ) : null}
          <Suspense fallback={null}>
            {dialog?.kind === 'designs' ? <DesignsDialog onClose={() => setDialog(null)} onNew={newDesign} /> : null}
            {dialog?.kind === 'templates' ? (
              <TemplatesDialog onClose={() => setDialog(null)} onPick={pickTemplate} currentKept={dialog.kept} />
            ) : null}
            {dialog?.kind === 'error' ? (
              <OpenErrorDialog title={dialog.title} errors={dialog.errors} onClose={() => setDialog(null)} />
            ) : null}
            {dialog?.kind === 'link' ? <LinkDialog url={dialog.url} onClose={() => setDialog(null)} /> : null}
            {dialog?.kind === 'sameName' ? (
              <SameNameDialog
                name={dialog.design.name}
                copyName={dialog.copyName}
                match={dialog.match}
                onReplace={() => sameNameChoice('replace')}
                onKeepBoth={() => sameNameChoice('both')}
                onClose={() => setDialog(null)}
              />
            ) : null}
            <PendingLeave />
          </Suspense>
        </>,
        document.body,
      )}
    </div>
  );
}

/** The question "this design is not saved: save it as JSON first?", whichever path asked to leave it. */
function PendingLeave() {
  const leaving = useLibraryStore((s) => s.leaving);
  return leaving ? <LeaveDialog reason={leaving.reason} design={leaving.design} /> : null;
}

/** "You are viewing a shared design": keep a copy, or go back to your own. */
function SharedBanner() {
  const { t } = useTranslation();
  const shared = useLibraryStore((s) => s.shared);
  const edited = useDesignStore((s) => shared !== null && s.design !== shared);
  // The confirmation belongs to one shared design: a new one starts unconfirmed.
  const [confirmingFor, setConfirmingFor] = useState<Design | null>(null);
  const confirming = shared !== null && confirmingFor === shared;
  const setConfirming = (on: boolean) => setConfirmingFor(on ? shared : null);
  const rf = useReactFlow();
  useEffect(() => {
    if (!shared) return;
    // Frame the shared design below the banner, once its nodes are measured.
    const h = setTimeout(() => void rf.fitView({ padding: { top: '96px', bottom: '4%', x: '4%' }, maxZoom: 1 }), 120);
    return () => clearTimeout(h);
  }, [shared, rf]);
  if (!shared) return null;
  const keep = () => {
    const name = useDesignStore.getState().design.name;
    const r = keepSharedCopy();
    notify(r.ok ? t('files.shared.kept', { name }) : t('files.notSaved'), r.ok ? 'info' : 'error');
  };
  return (
    <div className="vt-banner" role="region" aria-label={t('files.shared.banner')} data-testid="files.sharedBanner">
      <span className="vt-banner__icon" aria-hidden="true">
        <svg
          width="16"
          height="16"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
          <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
        </svg>
      </span>
      <div className="vt-banner__text">
        <strong>{confirming ? t('files.shared.discard') : t('files.shared.banner')}</strong>
        {confirming ? null : <span>{t('files.shared.detail')}</span>}
      </div>
      <div className="vt-banner__actions">
        <button type="button" className="vt-btn vt-btn--primary" onClick={keep} data-testid="files.keepCopy">
          {t('files.shared.keep')}
        </button>
        {confirming ? (
          <button
            type="button"
            className="vt-btn vt-btn--danger"
            onClick={() => dismissShared(t('app.untitled'))}
            data-testid="files.discardShared"
          >
            {t('files.shared.discardConfirm')}
          </button>
        ) : (
          <button
            type="button"
            className="vt-btn"
            onClick={() => (edited ? setConfirming(true) : dismissShared(t('app.untitled')))}
            data-testid="files.dismissShared"
          >
            {t('files.shared.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Saving failed: say so until a save succeeds, and offer the way out (a file). */
function StorageStrip({ onExport, onManage }: { onExport: () => void; onManage: () => void }) {
  const { t } = useTranslation();
  const problem = useLibraryStore((s) => s.storageProblem);
  const shared = useLibraryStore((s) => s.shared);
  if (!problem || shared) return null;
  return (
    <div className="vt-banner vt-banner--error" role="alert" data-testid="files.storageProblem">
      <span className="vt-banner__icon" aria-hidden="true">
        !
      </span>
      <div className="vt-banner__text">
        <strong>{t(problem === 'quota' ? 'files.storage.full' : 'files.storage.unavailable')}</strong>
      </div>
      <div className="vt-banner__actions">
        <button type="button" className="vt-btn vt-btn--primary" onClick={onExport} data-testid="files.storageExport">
          {t('files.storage.exportNow')}
        </button>
        {problem === 'quota' ? (
          <button type="button" className="vt-btn" onClick={onManage}>
            {t('files.storage.manage')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export const FileMenu = memo(FileMenuImpl);
