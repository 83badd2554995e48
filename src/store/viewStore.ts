/**
 * View state: what is selected, transient drag positions, messages. Never saved with the design
 * and never in the undo history.
 */
import { create } from 'zustand';
import type { Position, ResourceId } from '../model/index.ts';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** Screen point to show the message at (a refused drop), or null for the status bar. */
  readonly at: { x: number; y: number } | null;
}

export interface ViewState {
  /** Selected resource ids and flow ids. */
  selection: readonly string[];
  /** Absolute positions of nodes being dragged; committed to the design at drag end. */
  dragging: ReadonlyMap<ResourceId, Position> | null;
  /** A container being resized: its live box (position relative to its parent); committed at resize end. */
  resizing: {
    readonly id: ResourceId;
    readonly width: number;
    readonly height: number;
    readonly position: Position | null;
  } | null;
  notice: Notice | null;
  /** Show the town analogy for everything on the canvas (teaching mode). */
  explainMode: boolean;
  /** An image export is running: render every node, not just those on screen. */
  exporting: boolean;
  setExporting(on: boolean): void;
  select(ids: readonly string[]): void;
  setDragging(d: ReadonlyMap<ResourceId, Position> | null): void;
  setResizing(r: ViewState['resizing']): void;
  notify(text: string, tone?: Notice['tone'], at?: Notice['at']): void;
  dismissNotice(): void;
  setExplainMode(on: boolean): void;
  /** Flows still being routed a slice at a time (canvas/useFlowRoutes.ts): how many of how many. */
  routing: { readonly done: number; readonly total: number } | null;
  setRouting(r: ViewState['routing']): void;
  /**
   * Containers the user collapsed to one box (canvas/lod.ts). View state of the open design, saved
   * beside it in the browser (store/collapsed.ts), never in the design file.
   */
  collapsed: ReadonlySet<ResourceId>;
  setCollapsed(ids: ReadonlySet<ResourceId>): void;
}

let noticeSeq = 0;

export const useViewStore = create<ViewState>()((set) => ({
  selection: [],
  dragging: null,
  resizing: null,
  notice: null,
  explainMode: false,
  exporting: false,
  setExporting: (exporting) => set({ exporting }),
  select: (ids) =>
    set((s) =>
      s.selection.length === ids.length && s.selection.every((x, i) => x === ids[i]) ? s : { selection: ids },
    ),
  setDragging: (dragging) => set({ dragging }),
  setResizing: (resizing) => set({ resizing }),
  notify: (text, tone = 'info', at = null) => set({ notice: { id: ++noticeSeq, text, tone, at } }),
  dismissNotice: () => set({ notice: null }),
  setExplainMode: (explainMode) => set({ explainMode }),
  routing: null,
  setRouting: (routing) => set({ routing }),
  collapsed: new Set(),
  setCollapsed: (collapsed) => set({ collapsed }),
}));
