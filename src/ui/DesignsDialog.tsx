/**
 * The dialogs of the File menu: the list of designs saved in this browser, the templates, an
 * error that says what is wrong with a file and where, and the share link when the clipboard
 * refused it. All are native modal `<dialog>`s: focus is trapped, Escape closes, the page behind
 * is inert.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteEntry,
  duplicateEntry,
  leaveThen,
  openEntry,
  resolveLeave,
  rawEntryText,
  renameEntry,
  useLibraryStore,
  type LeaveProblem,
  type LibraryEntry,
} from '../store/library.ts';
import type { Design } from '../model/index.ts';
import { serializeDesign } from '../io/json/write.ts';
import { formatRelative } from './relativeTime.ts';
import { useViewStore } from '../store/viewStore.ts';
import { TEMPLATES, type TemplateId } from '../io/templates.ts';
import { downloadText } from '../io/export/download.ts';
import { exportFileName } from '../io/export/frame.ts';
import type { ReadError } from '../io/json/read.ts';

export function Modal({
  title,
  onClose,
  children,
  testId,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`vt-modal${wide ? ' vt-modal--wide' : ''}`}
      aria-labelledby={`${testId}.title`}
      data-testid={testId}
      onClose={onClose}
      onKeyDown={(e) => {
        // Escape closes the dialog; it must not also clear the canvas selection (App's shortcut).
        if (e.key === 'Escape') e.nativeEvent.stopPropagation();
      }}
      onMouseDown={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === ref.current) {
          const r = ref.current.getBoundingClientRect();
          if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom)
            ref.current.close();
        }
      }}
    >
      <header className="vt-modal__head">
        <h2 id={`${testId}.title`}>{title}</h2>
        <button type="button" className="vt-modal__x" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="vt-modal__body">{children}</div>
    </dialog>
  );
}

/* ------------------------------------------------------------------ designs */

function formatDate(ms: number, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  } catch {
    return new Date(ms).toLocaleString();
  }
}

/** "5 minutes ago"; the exact date and time are in the row's tooltip. */
function useWhen(ms: number): { when: string; exact: string } {
  const { t, i18n } = useTranslation();
  // "Now" is when the dialog opened; a list open for a long while may lag by a few minutes.
  const [now] = useState(() => Date.now());
  return {
    when: formatRelative(ms, now, i18n.language, t('files.library.justNow')),
    exact: formatDate(ms, i18n.language),
  };
}

type RowMode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'delete' };

function DesignRow({ entry, current, onOpened }: { entry: LibraryEntry; current: boolean; onOpened: () => void }) {
  const { t } = useTranslation();
  const { when, exact } = useWhen(entry.updatedAt);
  const [mode, setMode] = useState<RowMode>({ kind: 'idle' });
  const [name, setName] = useState(entry.name);
  const open = () => {
    if (current) {
      onOpened();
      return;
    }
    // The design on screen is saved first; when it cannot be, the user is asked (leave dialog).
    leaveThen(() => {
      const r = openEntry(entry.id);
      if (r.ok) onOpened();
      else
        useViewStore.getState().notify(t('files.library.openFailed', { name: entry.name, reason: r.message }), 'error');
    });
  };
  const label = entry.name || t('app.untitled');
  return (
    <li
      className={`vt-design${current ? ' vt-design--current' : ''}${entry.damaged ? ' vt-design--damaged' : ''}`}
      data-testid="files.design"
      data-name={entry.name}
    >
      <div className="vt-design__main">
        {mode.kind === 'rename' ? (
          <form
            className="vt-design__rename"
            onSubmit={(e) => {
              e.preventDefault();
              const v = name.trim();
              if (v) renameEntry(entry.id, v);
              setMode({ kind: 'idle' });
            }}
          >
            <input
              autoFocus
              value={name}
              aria-label={t('files.library.renameLabel', { name: label })}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setMode({ kind: 'idle' });
                }
              }}
              data-testid="files.design.nameInput"
            />
            <button type="submit" className="vt-btn vt-btn--primary">
              {t('files.library.save')}
            </button>
            <button type="button" className="vt-btn" onClick={() => setMode({ kind: 'idle' })}>
              {t('files.library.cancel')}
            </button>
          </form>
        ) : (
          <>
            <button
              type="button"
              className="vt-design__name"
              onClick={open}
              disabled={!!entry.damaged}
              data-testid="files.design.open"
            >
              {label}
            </button>
            <div className="vt-design__meta">
              {current ? <span className="vt-tag">{t('files.library.current')}</span> : null}
              <time dateTime={new Date(entry.updatedAt).toISOString()} title={exact} data-testid="files.design.when">
                {t('files.library.updated', { when })}
              </time>
            </div>
            {entry.damaged ? (
              <div className="vt-design__damaged">{t('files.library.damaged', { reason: entry.damaged })}</div>
            ) : null}
          </>
        )}
        {mode.kind === 'delete' ? (
          <div className="vt-design__confirm" role="alert">
            <span>{t('files.library.confirmDelete', { name: label })}</span>
            <button
              type="button"
              className="vt-btn vt-btn--danger"
              autoFocus
              onClick={() => deleteEntry(entry.id, t('app.untitled'))}
              data-testid="files.design.confirmDelete"
            >
              {t('files.library.confirm')}
            </button>
            <button type="button" className="vt-btn" onClick={() => setMode({ kind: 'idle' })}>
              {t('files.library.cancel')}
            </button>
          </div>
        ) : null}
      </div>
      {mode.kind === 'idle' ? (
        <div className="vt-design__actions">
          {entry.damaged ? (
            <button
              type="button"
              className="vt-btn vt-btn--quiet"
              onClick={() => {
                const text = rawEntryText(entry.id);
                if (text !== null) downloadText(text, exportFileName(entry.name || entry.id, 'json'));
              }}
            >
              {t('files.library.download')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="vt-btn vt-btn--quiet"
                onClick={() => {
                  setName(entry.name);
                  setMode({ kind: 'rename' });
                }}
                data-testid="files.design.rename"
              >
                {t('files.library.rename')}
              </button>
              <button
                type="button"
                className="vt-btn vt-btn--quiet"
                onClick={() => duplicateEntry(entry.id, t('files.library.copyName', { name: label }))}
                data-testid="files.design.duplicate"
              >
                {t('files.library.duplicate')}
              </button>
            </>
          )}
          <button
            type="button"
            className="vt-btn vt-btn--quiet vt-btn--danger-text"
            onClick={() => setMode({ kind: 'delete' })}
            data-testid="files.design.delete"
          >
            {t('files.library.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

export function DesignsDialog({ onClose, onNew }: { onClose: () => void; onNew: () => void }) {
  const { t } = useTranslation();
  const entries = useLibraryStore((s) => s.entries);
  const currentId = useLibraryStore((s) => s.currentId);
  const shared = useLibraryStore((s) => s.shared);
  return (
    <Modal title={t('files.library.title')} onClose={onClose} testId="files.designsDialog" wide>
      <div className="vt-modal__bar">
        <p className="vt-muted">{t('files.library.intro')}</p>
        <button type="button" className="vt-btn vt-btn--primary" onClick={onNew} data-testid="files.designs.new">
          + {t('files.library.new')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="vt-empty">{t('files.library.empty')}</p>
      ) : (
        <ul className="vt-designs">
          {entries.map((e) => (
            <DesignRow key={e.id} entry={e} current={!shared && e.id === currentId} onOpened={onClose} />
          ))}
        </ul>
      )}
    </Modal>
  );
}

/* ------------------------------------------------------------------ templates */

export function TemplatesDialog({
  onClose,
  onPick,
  currentKept,
}: {
  onClose: () => void;
  onPick: (id: TemplateId) => void;
  /** The open design is saved in the list: only then does the intro say it stays there. */
  currentKept: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={t('files.templates.title')} onClose={onClose} testId="files.templatesDialog" wide>
      <p className="vt-muted vt-modal__intro" data-testid="files.templates.intro">
        {t(currentKept ? 'files.templates.intro' : 'files.templates.introNew')}
      </p>
      <ul className="vt-templates">
        {TEMPLATES.map((tpl) => (
          <li key={tpl.id}>
            <button
              type="button"
              className="vt-template"
              onClick={() => onPick(tpl.id)}
              data-testid={`files.template.${tpl.id}`}
            >
              <span className="vt-template__name">{t(`files.templates.items.${tpl.id}.name`)}</span>
              <span className="vt-template__desc">{t(`files.templates.items.${tpl.id}.description`)}</span>
              <span className="vt-template__meta">
                {t('files.templates.counts', { resources: tpl.resources, flows: tpl.flows })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

/* ------------------------------------------------------------------ errors and the link */

export const SHOWN_ERRORS = 5;

export function OpenErrorDialog({
  title,
  errors,
  onClose,
}: {
  title: string;
  errors: readonly ReadError[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = errors.slice(0, SHOWN_ERRORS);
  return (
    <Modal title={title} onClose={onClose} testId="files.error">
      <ul className="vt-errors">
        {shown.map((e, i) => (
          <li key={i}>
            {e.path ? <code className="vt-errors__path">{e.path}</code> : null}
            <span>{e.message}</span>
          </li>
        ))}
        {errors.length > SHOWN_ERRORS ? (
          <li className="vt-muted">{t('files.openError.more', { count: errors.length - SHOWN_ERRORS })}</li>
        ) : null}
      </ul>
      <p className="vt-modal__note">{t('files.openError.kept')}</p>
      <div className="vt-modal__actions">
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          autoFocus
          onClick={onClose}
          data-testid="files.error.ok"
        >
          {t('files.openError.ok')}
        </button>
      </div>
    </Modal>
  );
}

/** Shown when the clipboard refused the link (no permission, not a secure context). */
export function LinkDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.select(), []);
  return (
    <Modal title={t('files.link.title')} onClose={onClose} testId="files.linkDialog">
      <p>{t('files.link.body')}</p>
      <div className="vt-link-field">
        <input
          ref={ref}
          readOnly
          value={url}
          onFocus={(e) => e.target.select()}
          aria-label={t('files.link.title')}
          data-testid="files.linkField"
        />
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          onClick={() => {
            ref.current?.select();
            const clipboard = navigator.clipboard as Clipboard | undefined;
            if (clipboard) clipboard.writeText(url).catch(() => document.execCommand('copy'));
            else document.execCommand('copy');
          }}
        >
          {t('files.link.copy')}
        </button>
      </div>
      {url.length > 8000 ? <p className="vt-modal__note">{t('files.link.long', { count: url.length })}</p> : null}
      <div className="vt-modal__actions">
        <button type="button" className="vt-btn" onClick={onClose}>
          {t('files.link.close')}
        </button>
      </div>
    </Modal>
  );
}

/* ------------------------------------------------------------------ leaving an unsaved design */

/**
 * The open design is about to be left (New, a template, a file, another design, a share link)
 * but is not saved in this browser: say why, and let the user take it along as a file first,
 * stay, or leave it on purpose. Closing the dialog (Escape, ×) stays.
 */
export function LeaveDialog({ reason, design }: { reason: LeaveProblem; design: Design }) {
  const { t } = useTranslation();
  const label = design.name || t('app.untitled');
  const download = () => {
    downloadText(serializeDesign(design), exportFileName(label, 'json'));
    resolveLeave('downloaded');
  };
  return (
    <Modal
      title={t('files.leave.title', { name: label })}
      onClose={() => resolveLeave('stay')}
      testId="files.leave"
      wide
    >
      <p data-testid="files.leave.reason">{t(`files.leave.${reason}`)}</p>
      <p className="vt-modal__note">{t('files.leave.kept')}</p>
      <div className="vt-modal__actions">
        <button
          type="button"
          className="vt-btn vt-btn--quiet vt-btn--danger-text vt-modal__aside"
          onClick={() => resolveLeave('discarded')}
          data-testid="files.leave.discard"
        >
          {t('files.leave.discard')}
        </button>
        <button type="button" className="vt-btn" onClick={() => resolveLeave('stay')} data-testid="files.leave.stay">
          {t('files.leave.stay')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          autoFocus
          onClick={download}
          data-testid="files.leave.download"
        >
          {t('files.leave.download')}
        </button>
      </div>
    </Modal>
  );
}

/* ------------------------------------------------------------------ a file named like a saved design */

/** Opening a file whose name a design of the list already has: replace that design, or keep both. */
export function SameNameDialog({
  name,
  copyName,
  match,
  onReplace,
  onKeepBoth,
  onClose,
}: {
  name: string;
  copyName: string;
  match: LibraryEntry;
  onReplace: () => void;
  onKeepBoth: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { when, exact } = useWhen(match.updatedAt);
  return (
    <Modal title={t('files.sameName.title', { name })} onClose={onClose} testId="files.sameName">
      <p title={exact}>{t('files.sameName.body', { when })}</p>
      <p className="vt-modal__note">{t('files.sameName.choices', { copy: copyName })}</p>
      <div className="vt-modal__actions">
        <button type="button" className="vt-btn vt-modal__aside" onClick={onClose} data-testid="files.sameName.cancel">
          {t('files.sameName.cancel')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--danger"
          onClick={onReplace}
          data-testid="files.sameName.replace"
        >
          {t('files.sameName.replace')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          autoFocus
          onClick={onKeepBoth}
          data-testid="files.sameName.keepBoth"
        >
          {t('files.sameName.keepBoth')}
        </button>
      </div>
    </Modal>
  );
}
