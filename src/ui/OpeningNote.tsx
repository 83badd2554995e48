/**
 * While a file is being read for opening (File › Open, a drop): how far it got, and Cancel. The
 * design on screen stays and keeps answering meanwhile (the reading runs in a worker for a large
 * file, store/openInBackground.ts). Styled like the canvas's routing note (canvas/Canvas.tsx).
 */
import { useTranslation } from 'react-i18next';
import { useFileUi } from './actions/state.ts';

export function OpeningNote() {
  const { t, i18n } = useTranslation();
  const opening = useFileUi((s) => s.opening);
  if (!opening) return null;
  const { file, progress } = opening;
  const n = (v: number) => v.toLocaleString(i18n.language);
  const text =
    progress.stage === 'flows'
      ? t('files.opening.flows', { file, done: n(progress.done), total: n(progress.total) })
      : t(`files.opening.${progress.stage}`, { file });
  return (
    <div className="vt-canvas-progress vt-opening" role="status" data-testid="files.opening">
      <span>
        {text} {t('files.opening.note')}
      </span>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        onClick={() => opening.controller.abort()}
        data-testid="files.openingCancel"
      >
        {t('files.opening.cancel')}
      </button>
    </div>
  );
}
