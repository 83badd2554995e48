/** Where the access matrix view opens: over the canvas, beside the inspector; loaded when first opened. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDialogTexts } from '../../i18n/index.ts';
import { useMatrixUi } from './matrixUi.ts';

const MatrixView = lazy(() =>
  Promise.all([import('./MatrixView.tsx'), loadDialogTexts()]).then(([m]) => ({ default: m.MatrixView })),
);

export function MatrixHost() {
  const { t } = useTranslation();
  const open = useMatrixUi((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={<p className="vt-matrix-loading vt-muted">{t('matrix.loading')}</p>}>
      <MatrixView />
    </Suspense>
  );
}
