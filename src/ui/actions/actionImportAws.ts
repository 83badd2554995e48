/**
 * File › Import from AWS…: the dialog (ui/awsImport) reads describe outputs and previews them;
 * confirming lays the design out (layout/nested.ts, elkjs loaded now and not before) and opens it as
 * a new design through the same path as File › Open, so the design on screen is saved first.
 */
import { analyseAhead } from '../../store/analysis.ts';
import { uniqueName, useLibraryStore } from '../../store/library.ts';
import { serializeDesign } from '../../io/json/write.ts';
import type { Design } from '../../model/index.ts';
import type { Action, ActionContext } from './types.ts';
import { openDesign } from './openDesign.ts';
import { setDialog } from './state.ts';

export const actionImportAws: Action = {
  name: 'importAws',
  label: 'awsImport.menu',
  perform: () => setDialog({ kind: 'importAws' }),
};

/** "Import" in the dialog: check, lay out, open. A design the reader refuses opens nothing and says why. */
export async function confirmImportAws(ctx: ActionContext, imported: Design) {
  const { t } = ctx;
  // Marks for the benchmark (scripts/bench.mjs): from Import to laid out and checked, ready to open.
  performance.mark('vt-import:start');
  const [{ layoutNested }, { parseDesignJson }] = await Promise.all([
    import('../../layout/nested.ts'),
    import('../../io/json/read.ts'),
  ]);
  // Packed to the canvas's shape, so fit view fills it (a narrow canvas beside a wide inspector too).
  const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  const laid = await layoutNested(
    imported,
    canvas && canvas.height > 0 ? { aspect: canvas.width / canvas.height } : {},
  );
  // Through the design reader, as every file that opens: the store only ever holds a valid design.
  const checked = parseDesignJson(serializeDesign(laid));
  if (!checked.ok) {
    setDialog({ kind: 'error', title: t('awsImport.title'), errors: checked.errors });
    return;
  }
  performance.mark('vt-import:laid-out');
  const taken = useLibraryStore.getState().entries.map((e) => e.name);
  const design = { ...checked.design, name: uniqueName(checked.design.name, taken) };
  await analyseAhead(design);
  setDialog(null);
  openDesign(ctx, design, t('awsImport.opened', { name: design.name, count: design.resources.length }));
}
