/** File › New design (and "New" in Designs…): an empty design, opened as a new one in the list. */
import { emptyDesign } from '../../store/designStore.ts';
import { leaveThen, openBlank } from '../../store/library.ts';
import type { Action } from './types.ts';
import { openedText } from './openDesign.ts';
import { setDialog } from './state.ts';
import { notify } from './notify.ts';

export const actionNewDesign: Action = {
  name: 'newDesign',
  label: 'files.new',
  perform: ({ t }) => {
    setDialog(null);
    leaveThen((previous) => {
      const name = t('app.untitled');
      openBlank(emptyDesign(name));
      notify(openedText(t, name, previous));
    });
  },
};
