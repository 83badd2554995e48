/**
 * The design document store. Only the document is here, and only the document is in the undo
 * history: selection, viewport and drag bookkeeping live in viewStore ("selection and layout
 * bookkeeping are not document edits", strudel-flow). Every action is one undo step; a drag is
 * committed once, at drag end (see canvas/useCanvasHandlers), so one drag is one step.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import {
  type Design,
  type Flow,
  type Position,
  type Resource,
  type ResourceId,
  type ResourceKind,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  indexDesign,
  newRecordId,
  canContain,
} from '../model/index.ts';
import {
  absolutePosition,
  addResource,
  dropTargetAt,
  fitContainers,
  insertCopies,
  isAncestor,
  moveResources,
  removeResources,
  reparent,
  updateResource,
} from '../model/ops.ts';
import {
  CATALOG,
  CONTAINER_HEADER,
  CONTAINER_PADDING,
  GAP,
  LEAF_SIZE,
  createResource,
  followVpcRename,
  placeNew,
  sizeOf,
  vpcDefaults,
} from '../catalog/index.ts';
import { connectResources, type ConnectResult } from './connect.ts';

export function emptyDesign(name = 'Untitled design'): Design {
  return { format: DESIGN_FORMAT, version: DESIGN_VERSION, name, resources: [], flows: [], intents: [] };
}

/** Add a resource and what AWS creates with it (a VPC's main route table and default NACL). */
function withDefaults(design: Design, resource: Resource): Design {
  let next = addResource(design, resource);
  for (const extra of vpcDefaults(design, resource)) next = addResource(next, extra);
  return next;
}

const PAD = { side: CONTAINER_PADDING, top: CONTAINER_HEADER };
const METRICS = { header: CONTAINER_HEADER, padding: CONTAINER_PADDING, gap: GAP, leaf: LEAF_SIZE, sizeOf };

/**
 * Add `kind` in `parent` where auto-layout would put it (catalog/placement.ts), moving the
 * siblings that make room, with what AWS creates with it; containers grow to fit. One undo step.
 */
function place(design: Design, kind: ResourceKind, parent: Resource | null, wanted: Position) {
  const index = indexDesign(design);
  const { position, moves } = placeNew(index, parent, kind, CATALOG[kind].size, wanted, METRICS);
  const base = moves.size ? moveResources(design, moves) : design;
  const resource = createResource(base, kind, parent?.id ?? null, position);
  return { resource, design: fit(withDefaults(base, resource)) };
}
export const fit = (d: Design) => fitContainers(d, sizeOf, PAD);

export type AddResult =
  | { ok: true; id: ResourceId }
  | { ok: false; kind: ResourceKind; parentKind: ResourceKind | null; needs: readonly (ResourceKind | null)[] };

export interface Clipboard {
  readonly resources: readonly Resource[];
  readonly flows: readonly Flow[];
  readonly roots: readonly ResourceId[];
}

export interface DesignState {
  design: Design;
  replaceDesign(design: Design): void;
  rename(name: string): void;
  /** Add a fresh `kind` with its top-left corner at the absolute canvas point `at`. */
  addAt(kind: ResourceKind, at: Position): AddResult;
  /** Add a fresh `kind` inside `parent` at a position relative to it (keyboard and click adds). */
  addInto(kind: ResourceKind, parent: ResourceId | null, position: Position): AddResult;
  update<R extends Resource>(id: ResourceId, patch: Partial<R>): void;
  /**
   * Commit a finished drag: absolute top-left positions of the dragged roots. Each lands in the
   * container under its centre when AWS nesting allows it; otherwise it goes back where it was.
   */
  commitMove(moves: ReadonlyMap<ResourceId, Position>): {
    refused: { id: ResourceId; needs: readonly (ResourceKind | null)[] }[];
  };
  resize(id: ResourceId, size: { width: number; height: number }, position?: Position): void;
  remove(ids: readonly ResourceId[]): void;
  paste(clip: Clipboard, offset: Position): ResourceId[];
  connect(sourceId: string, targetId: string): ConnectResult;
  addFlow(flow: Omit<Flow, 'id'>): string;
  updateFlow(id: string, patch: Partial<Flow>): void;
  removeFlow(id: string): void;
  applyLayout(next: Design): void;
}

export const useDesignStore = create<DesignState>()(
  temporal(
    (set, get) => ({
      design: emptyDesign(),
      replaceDesign: (design) => set({ design }),
      rename: (name) => set((s) => ({ design: { ...s.design, name } })),
      addAt: (kind, at) => {
        const { design } = get();
        const size = CATALOG[kind].size;
        // The drop point is where the pointer is; the node's centre goes there.
        const centre = { x: at.x, y: at.y };
        const target = dropTargetAt(design, kind, centre, sizeOf);
        if (!target.allowed) {
          return { ok: false, kind, parentKind: target.parent?.kind ?? null, needs: CATALOG[kind].allowedParents };
        }
        const index = indexDesign(design);
        const parentAbs = target.parent ? absolutePosition(index, target.parent.id) : { x: 0, y: 0 };
        // At the top level the node goes where it was dropped; in a container, in its layout slot.
        const wanted = {
          x: Math.round(centre.x - size.width / 2 - parentAbs.x),
          y: Math.round(centre.y - size.height / 2 - parentAbs.y),
        };
        const placed = place(design, kind, target.parent, wanted);
        set({ design: placed.design });
        return { ok: true, id: placed.resource.id };
      },
      addInto: (kind, parentId, position) => {
        const { design } = get();
        const parent = parentId ? (indexDesign(design).get(parentId) ?? null) : null;
        if (!canContain(parent?.kind ?? null, kind)) {
          return { ok: false, kind, parentKind: parent?.kind ?? null, needs: CATALOG[kind].allowedParents };
        }
        const placed = place(design, kind, parent, position);
        set({ design: placed.design });
        return { ok: true, id: placed.resource.id };
      },
      update: (id, patch) => {
        set((s) => {
          const before = indexDesign(s.design).get(id);
          let next = updateResource(s.design, id, patch);
          // Renaming a VPC renames its generated defaults with it, in the same undo step.
          if (before?.kind === 'vpc' && typeof patch.name === 'string')
            next = followVpcRename(next, id, before.name, patch.name);
          return next === s.design ? s : { design: 'size' in patch ? fit(next) : next };
        });
      },
      commitMove: (moves) => {
        const refused: { id: ResourceId; needs: readonly (ResourceKind | null)[] }[] = [];
        let design = get().design;
        const dragged = new Set(moves.keys());
        for (const [id, abs] of moves) {
          const index = indexDesign(design);
          const r = index.get(id);
          if (!r) continue;
          const size = sizeOf(r);
          const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
          const target = dropTargetAt(design, r.kind, centre, sizeOf, dragged);
          if (!target.allowed) {
            refused.push({ id, needs: CATALOG[r.kind].allowedParents });
            continue;
          }
          const parentId = target.parent?.id ?? null;
          if (parentId !== r.parent && !(parentId && isAncestor(index, id, parentId))) {
            design = reparent(design, id, parentId, abs);
          } else {
            const parentAbs = r.parent ? absolutePosition(index, r.parent) : { x: 0, y: 0 };
            design = moveResources(
              design,
              new Map([[id, { x: Math.round(abs.x - parentAbs.x), y: Math.round(abs.y - parentAbs.y) }]]),
            );
          }
        }
        if (design === get().design) return { refused };
        set({ design: fit(design) });
        return { refused };
      },
      resize: (id, size, position) =>
        set((s) => {
          const patch: Partial<Resource> = position
            ? ({ size, position } as Partial<Resource>)
            : ({ size } as Partial<Resource>);
          return { design: fit(updateResource(s.design, id, patch)) };
        }),
      remove: (ids) =>
        set((s) => {
          const next = removeResources(s.design, ids);
          return next === s.design ? s : { design: next };
        }),
      paste: (clip, offset) => {
        const { design, newRoots } = insertCopies(get().design, clip, offset);
        if (newRoots.length) set({ design: fit(design) });
        return newRoots;
      },
      connect: (sourceId, targetId) => {
        const result = connectResources(get().design, sourceId, targetId, (design, vpcId) => {
          const placed = place(design, 'targetGroup', indexDesign(design).get(vpcId) ?? null, { x: 0, y: 0 });
          return { design: placed.design, id: placed.resource.id };
        });
        if (result.ok) set({ design: result.design });
        return result;
      },
      addFlow: (flow) => {
        const id = newRecordId('flow');
        set((s) => ({ design: { ...s.design, flows: [...s.design.flows, { ...flow, id }] } }));
        return id;
      },
      updateFlow: (id, patch) =>
        set((s) => ({
          design: { ...s.design, flows: s.design.flows.map((f) => (f.id === id ? { ...f, ...patch, id } : f)) },
        })),
      removeFlow: (id) => set((s) => ({ design: { ...s.design, flows: s.design.flows.filter((f) => f.id !== id) } })),
      applyLayout: (next) => set({ design: next }),
    }),
    {
      partialize: (s) => ({ design: s.design }),
      equality: (a, b) => a.design === b.design,
      limit: 200,
    },
  ),
);

export const undo = () => useDesignStore.temporal.getState().undo();
export const redo = () => useDesignStore.temporal.getState().redo();
export const clearHistory = () => useDesignStore.temporal.getState().clear();
