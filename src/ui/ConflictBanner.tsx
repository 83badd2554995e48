import { useTranslation } from 'react-i18next';
import { useLibraryStore, resolveConflict, resolveDeleted } from '../store/library.ts';

/**
 * Shown when another tab saved, or deleted, the design open here; this tab saves nothing until
 * the user chooses (a deleted design is never silently brought back, nor silently dropped).
 */
export function ConflictBanner() {
  const { t } = useTranslation();
  const conflict = useLibraryStore((s) => s.conflict);
  const deleted = useLibraryStore((s) => s.deletedElsewhere);
  if (deleted) {
    return (
      <div className="vt-conflict" role="alert" data-testid="deleted">
        <span>{t('storage.deleted')}</span>
        <button
          type="button"
          className="vt-btn vt-btn--small"
          data-testid="deleted.keep"
          onClick={() => resolveDeleted('keep', t('app.untitled'))}
        >
          {t('storage.deletedKeep')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--small"
          data-testid="deleted.close"
          onClick={() => resolveDeleted('close', t('app.untitled'))}
        >
          {t('storage.deletedClose')}
        </button>
      </div>
    );
  }
  if (!conflict) return null;
  return (
    <div className="vt-conflict" role="alert" data-testid="conflict">
      <span>{t('storage.conflict')}</span>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid="conflict.theirs"
        onClick={() => resolveConflict('theirs')}
      >
        {t('storage.conflictTheirs')}
      </button>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid="conflict.mine"
        onClick={() => resolveConflict('mine')}
      >
        {t('storage.conflictMine')}
      </button>
    </div>
  );
}
