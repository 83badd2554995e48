/** File › Templates…: start from one of the bundled example designs, opened as a new design. */
import { currentIsKept } from '../../store/library.ts';
import type { TemplateId } from '../../io/templates.ts';
import type { Action, ActionContext } from './types.ts';
import { openDesign } from './openDesign.ts';
import { setDialog } from './state.ts';

export const actionTemplates: Action = {
  name: 'templates',
  label: 'files.templatesMenu',
  perform: () => setDialog({ kind: 'templates', kept: currentIsKept() }),
};

/** The template picked in the dialog. */
export async function pickTemplate(ctx: ActionContext, id: TemplateId) {
  const { t } = ctx;
  // The bundled example designs load with the templates, not with the app (first-load budget).
  const { TEMPLATES } = await import('../../io/templates.ts');
  const tpl = TEMPLATES.find((x) => x.id === id)!;
  const r = tpl.load();
  setDialog(null);
  if (!r.ok) {
    setDialog({ kind: 'error', title: t(`files.templates.items.${id}.name`), errors: r.errors });
    return;
  }
  const name = t(`files.templates.items.${id}.name`);
  openDesign(ctx, { ...r.design, name }, null);
}
