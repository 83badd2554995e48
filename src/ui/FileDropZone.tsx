/**
 * A design file dragged over the window, anywhere: an overlay says it will open as a new design,
 * and dropping it opens it (actionOpenFile's openFiles); a CloudFormation template or Terraform
 * files (several, or a folder) open the import dialog. A palette item dragged onto the canvas is
 * not a file drop. Pasting a template anywhere but in a field opens it too.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_MIME } from '../catalog/index.ts';
import type { ActionContext } from './actions/index.ts';
import { openFiles } from './actions/actionOpenFile.ts';
import { setDialog } from './actions/state.ts';
import { fromDataTransfer } from './awsImport/inputs.ts';
import { detectIac } from '../io/iac/detect.ts';

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
      // Several files or a folder (Terraform's .tf files) are walked to their files.
      if (e.dataTransfer) void fromDataTransfer(e.dataTransfer).then((files) => openFiles(ctx, files));
    };
    // A CloudFormation template or Terraform pasted anywhere but in a field opens the import dialog.
    const paste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      const kind = text ? detectIac('', text) : null;
      if (kind !== 'cfn' && kind !== 'terraform-hcl' && kind !== 'terraform-json') return;
      e.preventDefault();
      setDialog({ kind: 'importIac', inputs: [{ path: t('iacImport.pastedName'), text }] });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('paste', paste);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [ctx, t]);

  return dragging ? (
    <div className="vt-dropzone" data-testid="files.dropzone">
      <div className="vt-dropzone__card">{t('files.drop')}</div>
    </div>
  ) : null;
}
