import { memo } from 'react';

/** File actions (export, save, open, share, templates, designs). Filled in by the share/export work (issue 5). */
function FileMenuImpl() {
  return null;
}

export const FileMenu = memo(FileMenuImpl);
