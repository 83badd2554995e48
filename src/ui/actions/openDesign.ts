/**
 * Opening a design (a file, a template, a new one) opens it as a NEW design in the list, as
 * desktop tools open a document: the design on screen is saved first and stays in Designs…, so
 * nothing the user made is ever replaced by an import. When it cannot be saved (storage full,
 * another tab), the user is asked first (leaveThen and the leave dialog), and a notice only says
 * the previous design is in the list when it is.
 */
import type { TFunction } from 'i18next';
import { leaveThen, openAsNew, type Previous } from '../../store/library.ts';
import type { Design } from '../../model/index.ts';
import type { ActionContext } from './types.ts';
import { notify } from './notify.ts';

/** The notice of a file that needed repairs, or null. */
export function repairedText(t: TFunction, name: string, warnings: readonly string[]): string | null {
  return warnings.length ? t('files.openedRepaired', { name, count: warnings.length, first: warnings[0] }) : null;
}

/** "Opened …", saying where the design that was left went only when it is true. */
export function openedText(t: TFunction, name: string, previous: Previous): string {
  if (previous === 'kept') return t('files.opened', { name });
  if (previous === 'downloaded') return t('files.openedDownloaded', { name });
  return t('files.openedFresh', { name });
}

/** Fit the view once the opened design's nodes are rendered. */
export function fitSoon({ view }: ActionContext) {
  requestAnimationFrame(() => requestAnimationFrame(() => view.fit()));
}

/** Open as a new design once the one on screen is safe to leave; `message` null: the "Opened …" notice. */
export function openDesign(
  ctx: ActionContext,
  design: Design,
  message: string | null,
  options: { deferSave?: boolean } = {},
) {
  const { t } = ctx;
  leaveThen((previous) => {
    const saved = openAsNew(design, options);
    fitSoon(ctx);
    if (!saved.ok) notify(t('files.notSaved'), 'error');
    else notify(message ?? openedText(t, design.name, previous));
  });
}
