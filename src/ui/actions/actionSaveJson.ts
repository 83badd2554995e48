/**
 * File › Save as JSON and Ctrl/Cmd+S (not the browser's "save page"): download the design as a
 * .json file. A field being typed in is committed first, so the file has what the user sees.
 */
import { useDesignStore } from '../../store/designStore.ts';
import { serializeDesign } from '../../io/json/write.ts';
import { exportFileName } from '../../io/export/frame.ts';
import { downloadText } from '../../io/export/download.ts';
import type { Action } from './types.ts';
import { notify } from './notify.ts';

export const actionSaveJson: Action = {
  name: 'saveJson',
  label: 'files.save',
  menuHint: '.json',
  keys: ['$mod+s'],
  whileTyping: 'commitsField',
  perform: ({ t }) => {
    const design = useDesignStore.getState().design;
    const file = exportFileName(design.name, 'json');
    downloadText(serializeDesign(design), file);
    notify(t('files.saved', { file }));
  },
};
