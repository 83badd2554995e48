/** The whole diagram as a PNG or SVG file (actionExportPng, actionExportSvg). */
import { useDesignStore } from '../../store/designStore.ts';
import { useViewStore } from '../../store/viewStore.ts';
import { exportFileName } from '../../io/export/frame.ts';
import { exportFailure } from '../../io/export/errors.ts';
import type { ImageFormat } from '../../io/export/image.ts';
import { downloadBlob } from '../../io/export/download.ts';
import type { ActionContext } from './types.ts';
import { useFileUi } from './state.ts';
import { notify } from './notify.ts';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export async function exportImage({ t, rf }: ActionContext, format: ImageFormat) {
  const nodes = rf.getNodes();
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!nodes.length || !viewport) {
    notify(t('files.exportEmpty'));
    return;
  }
  const { background, setBusy } = useFileUi.getState();
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
    const { renderDiagram } = await import('../../io/export/image.ts');
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
}
