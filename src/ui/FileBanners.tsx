/**
 * The banners above the canvas that belong to the File actions: "you are viewing a shared design"
 * (keep a copy, or go back to your own) and "not saved in this browser" (save as JSON now).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { useDesignStore } from '../store/designStore.ts';
import { dismissShared, keepSharedCopy, useLibraryStore } from '../store/library.ts';
import type { Design } from '../model/index.ts';
import { notify } from './actions/notify.ts';

/** "You are viewing a shared design": keep a copy, or go back to your own. */
export function SharedBanner() {
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
export function StorageStrip({ onExport, onManage }: { onExport: () => void; onManage: () => void }) {
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
