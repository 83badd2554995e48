/**
 * File › Copy share link: a link that carries the whole design in its fragment, copied to the
 * clipboard. A link too long for some chat tools, or a browser without clipboard access, shows the
 * link in a dialog instead.
 */
import { useDesignStore } from '../../store/designStore.ts';
import type { Action } from './types.ts';
import { setDialog } from './state.ts';
import { notify } from './notify.ts';

export const actionShareLink: Action = {
  name: 'shareLink',
  label: 'files.share',
  perform: async ({ t }) => {
    // lz-string loads with the first link, not with the app (first-load budget).
    const { encodeShareFragment } = await import('../../io/share/link.ts');
    const url = `${location.origin}${location.pathname}${encodeShareFragment(useDesignStore.getState().design)}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      if (url.length > 8000) setDialog({ kind: 'link', url });
      else notify(t('files.link.copied'));
    } catch {
      setDialog({ kind: 'link', url });
    }
  },
};
