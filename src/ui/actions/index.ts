/**
 * The registry: every action of the app, once. The File menu, the toolbar and the keyboard
 * (useShortcuts) read it, so each label, shortcut and behaviour is written in one place: the
 * action's own file. To add a command, write `actionSomething.ts` and list it here.
 */
import { matchKeyBindingPress, parseKeybinding, type KeyBindingPress } from 'tinykeys';
import type { Action, RegisteredAction } from './types.ts';
import { actionNewDesign } from './actionNewDesign.ts';
import { actionDesigns } from './actionDesigns.ts';
import { actionTemplates } from './actionTemplates.ts';
import { actionOpenFile } from './actionOpenFile.ts';
import { actionImportAws } from './actionImportAws.ts';
import { actionSaveJson } from './actionSaveJson.ts';
import { actionExportPng } from './actionExportPng.ts';
import { actionExportSvg } from './actionExportSvg.ts';
import { actionShareLink } from './actionShareLink.ts';
import { actionExportCfn, actionExportTerraform } from './actionExportIac.ts';
import { actionUndo } from './actionUndo.ts';
import { actionRedo } from './actionRedo.ts';
import { actionCopy } from './actionCopy.ts';
import { actionPaste } from './actionPaste.ts';
import { actionDuplicate } from './actionDuplicate.ts';
import { actionDelete } from './actionDelete.ts';
import { actionClearSelection } from './actionClearSelection.ts';
import { actionAutoLayout } from './actionAutoLayout.ts';
import { actionFitView } from './actionFitView.ts';
import { actionMatrix } from './actionMatrix.ts';
import { actionCompare } from './actionCompare.ts';

/** `keyTest` from an action's key bindings: the same matching tinykeys does (exact modifiers). */
export function keyTestFor(keys: readonly string[] = []): (event: KeyboardEvent) => boolean {
  const presses: KeyBindingPress[] = keys.map((k) => {
    const sequence = parseKeybinding(k);
    if (sequence.length !== 1) throw new Error(`"${k}": a shortcut is one key press, not a sequence`);
    return sequence[0]!;
  });
  return (event) => presses.some((p) => matchKeyBindingPress(event, p));
}

const register = (a: Action): RegisteredAction => ({ ...a, keyTest: keyTestFor(a.keys) });

export const ACTIONS = {
  newDesign: register(actionNewDesign),
  designs: register(actionDesigns),
  templates: register(actionTemplates),
  openFile: register(actionOpenFile),
  importAws: register(actionImportAws),
  saveJson: register(actionSaveJson),
  compare: register(actionCompare),
  exportPng: register(actionExportPng),
  exportSvg: register(actionExportSvg),
  exportCfn: register(actionExportCfn),
  exportTerraform: register(actionExportTerraform),
  shareLink: register(actionShareLink),
  undo: register(actionUndo),
  redo: register(actionRedo),
  copy: register(actionCopy),
  paste: register(actionPaste),
  duplicate: register(actionDuplicate),
  delete: register(actionDelete),
  clearSelection: register(actionClearSelection),
  autoLayout: register(actionAutoLayout),
  fitView: register(actionFitView),
  matrix: register(actionMatrix),
} as const satisfies Record<string, RegisteredAction>;

export type ActionName = keyof typeof ACTIONS;

export const ACTION_LIST: readonly RegisteredAction[] = Object.values(ACTIONS);

/** The action whose shortcut this key press is, if any (at most one: actions.test.ts). */
export function actionForKey(event: KeyboardEvent): RegisteredAction | undefined {
  return ACTION_LIST.find((a) => a.keyTest(event));
}

export type { Action, ActionContext, RegisteredAction } from './types.ts';
