import { useTranslation } from 'react-i18next';
import { useLibraryStore, resolveConflict } from '../store/library.ts';

/** Shown when another tab saved the design open here; this tab saves nothing until the user chooses. */
export function ConflictBanner() {
  const { t } = useTranslation();
  const conflict = useLibraryStore((s) => s.conflict);
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
