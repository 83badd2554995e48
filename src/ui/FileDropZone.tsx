/**
 * A design file dragged over the window, anywhere: an overlay says it will open as a new design,
 * and dropping it opens it (actionOpenFile's openFile). A palette item dragged onto the canvas is
 * not a file drop.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_MIME } from '../catalog/index.ts';
import type { ActionContext } from './actions/index.ts';
import { openFile } from './actions/actionOpenFile.ts';

function isFileDrag(e: DragEvent): boolean {
  const types = e.dataTransfer?.types;
  return !!types && Array.from(types).includes('Files') && !Array.from(types).includes(PALETTE_MIME);
}

export function FileDropZone({ ctx }: { ctx: ActionContext }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when it left the window.
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
      if (file) void openFile(ctx, file);
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
  }, [ctx]);

  return dragging ? (
    <div className="vt-dropzone" data-testid="files.dropzone">
      <div className="vt-dropzone__card">{t('files.drop')}</div>
    </div>
  ) : null;
}
