/**
 * Mounting a large design on the canvas a slice at a time (issue #11: a 20,000-resource design
 * opens without freezing the tab). React Flow mounts, in one task, every node in view that it is
 * given: at the zoom a 20,000-resource design is fitted to, about 1,900 nodes, whose render,
 * commit, styles and layout took one 2.8 s task and another of 1.3 s (BENCHMARKS.md, "Opening
 * large designs"). When many resources arrive at once (a design opened, imported or reloaded),
 * they are handed to React Flow hidden (`hidden: true`, which it neither mounts nor measures)
 * and revealed in later tasks: at most `slice` nodes inside the viewport per task, and every node
 * outside it (culling keeps those unmounted) once the viewport has held still for a step, so the
 * fit that follows an open cannot bring a bulk of them into view. Pure: no React, no DOM.
 */
import type { Node } from '@xyflow/react';

/** More new resources than this at once are revealed in slices; fewer mount as they come. */
export const REVEAL_ABOVE = 400;
/** Nodes in view revealed per task: their mount stays well under 100 ms on a quiet machine. */
export const REVEAL_SLICE = 250;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What a step needs to know of a node React Flow holds: its box in canvas coordinates. */
export interface PlacedNode {
  readonly measured?: { readonly width?: number; readonly height?: number };
  readonly width?: number;
  readonly height?: number;
  readonly internals: { readonly positionAbsolute: { readonly x: number; readonly y: number } };
}

export interface Revealer {
  /**
   * Note the resources of the design about to be drawn (`ids`, the same array object while the
   * design's resources are unchanged). New ones above `above` at once join the pending; true while
   * any is pending. Those in `hidden` (summarised away by the level of detail, lod.ts) are never
   * given to React Flow as nodes: they neither count nor wait, so a large design opened zoomed out
   * (a few dozen summary boxes) mounts at once instead of a slice per task (issue #17).
   */
  arrive(ids: readonly { readonly id: string }[], hidden?: ReadonlySet<string>): boolean;
  /** `nodes` with the pending ones (and nodes inside a pending parent) hidden. */
  hide(nodes: Node[]): Node[];
  /**
   * Reveal some pending nodes: up to `slice` of those overlapping `view` (canvas coordinates),
   * and, when `outside`, every one outside it. Nodes React Flow no longer holds are dropped.
   * Returns how many were revealed.
   */
  step(lookup: ReadonlyMap<string, PlacedNode>, view: Rect, outside: boolean): number;
  /** Reveal everything now (an export needs every node). */
  revealAll(): void;
  readonly pending: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function createRevealer(options: { above?: number; slice?: number } = {}): Revealer {
  const above = options.above ?? REVEAL_ABOVE;
  const slice = options.slice ?? REVEAL_SLICE;
  // Insertion order is the design's (parents first): containers appear before what they hold.
  let pending = new Set<string>();
  let known = new Set<string>();
  let seen: readonly { readonly id: string }[] | null = null;
  // Hidden copies, per node object of the projection: unchanged nodes keep their identity, so
  // React Flow's adoptUserNodes keeps its internal nodes (and revealing one re-creates only it).
  let hiddenOf = new WeakMap<Node, Node>();

  return {
    arrive(ids, hidden) {
      if (ids === seen) return pending.size > 0;
      seen = ids;
      const next = new Set<string>();
      const fresh: string[] = [];
      for (const { id } of ids) {
        next.add(id);
        if (!known.has(id) && !hidden?.has(id)) fresh.push(id);
      }
      known = next;
      if (fresh.length > above) for (const id of fresh) pending.add(id);
      return pending.size > 0;
    },
    hide(nodes) {
      if (pending.size === 0) return nodes;
      return nodes.map((n) => {
        if (!pending.has(n.id) && !(n.parentId && pending.has(n.parentId))) return n;
        let h = hiddenOf.get(n);
        if (!h) hiddenOf.set(n, (h = { ...n, hidden: true }));
        return h;
      });
    },
    step(lookup, view, outside) {
      let inView = 0;
      let revealed = 0;
      for (const id of pending) {
        const n = lookup.get(id);
        if (!n) {
          pending.delete(id);
          continue;
        }
        const { x, y } = n.internals.positionAbsolute;
        const box = {
          x,
          y,
          width: n.measured?.width ?? n.width ?? 0,
          height: n.measured?.height ?? n.height ?? 0,
        };
        if (overlaps(box, view)) {
          if (inView >= slice) continue;
          inView++;
        } else if (!outside) continue;
        pending.delete(id);
        revealed++;
      }
      if (pending.size === 0) hiddenOf = new WeakMap();
      return revealed;
    },
    revealAll() {
      pending = new Set();
      hiddenOf = new WeakMap();
    },
    get pending() {
      return pending.size;
    },
  };
}
