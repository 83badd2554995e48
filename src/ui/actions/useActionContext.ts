import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { useCanvasView } from '../../canvas/useCanvasView.ts';
import type { ActionContext } from './types.ts';

/** What actions need from the React tree (inside the ReactFlowProvider). */
export function useActionContext(): ActionContext {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const { fit, reveal } = useCanvasView();
  return useMemo(() => ({ t, rf, view: { fit, reveal } }), [t, rf, fit, reveal]);
}
