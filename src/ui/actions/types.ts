/**
 * What an action is. Every command a user can give from the File menu, the toolbar or the keyboard
 * is one `Action` in its own file (actionSaveJson.ts, actionUndo.ts, …), listed once in the registry
 * (index.ts). The menu, the toolbar and the keyboard handler read the registry, so a label, a
 * shortcut and what the command does are each written in one place.
 */
import type { TFunction } from 'i18next';
import type { ReactFlowInstance } from '@xyflow/react';
import type { useCanvasView } from '../../canvas/useCanvasView.ts';

/** What an action may use to do its work; built by useActionContext() from the React tree. */
export interface ActionContext {
  t: TFunction;
  /** The React Flow instance: its nodes and their bounds (image export). */
  rf: ReactFlowInstance;
  /** Fit view and reveal, clear of the canvas overlays. */
  view: ReturnType<typeof useCanvasView>;
}

/**
 * How a shortcut treats a key pressed while the user types in a field:
 * - 'ignored' (the default): the field gets the key (Backspace deletes a character, not the selection);
 * - 'works': the action runs anyway (Ctrl+O);
 * - 'commitsField': the field is committed first (by blurring it), then the action runs (Ctrl+S saves
 *   the name being typed).
 */
export type WhileTyping = 'ignored' | 'works' | 'commitsField';

export interface Action {
  /** The action's name in the registry. */
  readonly name: string;
  /** The i18n key of its label (src/i18n/locales/en.ts and ko.ts). */
  readonly label: string;
  /**
   * Its shortcuts as tinykeys key bindings (`$mod+z`: Ctrl on Windows and Linux, Cmd on a Mac).
   * Declared here and nowhere else; the registry derives `keyTest` from them.
   */
  readonly keys?: readonly string[];
  /** The shortcut as the toolbar's tooltip shows it, e.g. "Ctrl+Z". */
  readonly shortcutLabel?: string;
  /** What the File menu shows on the right of the label (".json", "2×"). */
  readonly menuHint?: string;
  readonly whileTyping?: WhileTyping;
  /** Do it. A shortcut's key press has already been handled (preventDefault) when this runs. */
  perform(ctx: ActionContext): void | Promise<void>;
}

/** An action in the registry: with `keyTest`, true when a key press is one of its shortcuts. */
export interface RegisteredAction extends Action {
  keyTest(event: KeyboardEvent): boolean;
}
