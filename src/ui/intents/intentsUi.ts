/**
 * View state of the intents panel (never saved, never in the undo history): which tab of the side
 * pane shows, which intent is open with which violating pair, and what is being edited.
 */
import { create } from 'zustand';

export interface IntentsUi {
  tab: 'inspector' | 'intents';
  /** The intent whose violations are listed, and the pair whose witness is shown. */
  open: { readonly intentId: string; readonly pair: number } | null;
  /** The intent being edited: an id, `new`, or nothing. */
  editing: string | null;
  setTab(tab: IntentsUi['tab']): void;
  show(intentId: string, pair?: number): void;
  close(): void;
  edit(id: string | null): void;
}

export const useIntentsUi = create<IntentsUi>()((set) => ({
  tab: 'inspector',
  open: null,
  editing: null,
  setTab: (tab) => set({ tab }),
  show: (intentId, pair = 0) => set({ tab: 'intents', open: { intentId, pair } }),
  close: () => set({ open: null }),
  edit: (editing) => set({ editing, ...(editing ? { tab: 'intents' as const } : {}) }),
}));
