import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { useFindingsSummary, useFlowStatus } from '../store/analysis.ts';
import {
  type Position,
  type ResourceId,
  type ContainerKind,
  type ResourceKind,
  absolutePosition,
  absoluteRect,
  dropTargetAt,
  indexDesign,
} from '../model/index.ts';
import { CATALOG, PALETTE_MIME, sizeOf } from '../catalog/index.ts';
import { createNodeProjector, projectEdges } from './project.ts';
import { MapLabels } from './MapLabels.tsx';
import { useFlowRoutes } from './useFlowRoutes.ts';
import { ContainerNode } from './nodes/ContainerNode.tsx';
import { InternetNode, ResourceNodeView, SpanNode } from './nodes/ResourceNode.tsx';
import { EdgeMarkers, FlowEdge, RelationEdge } from './edges/edges.tsx';
import { refusalText } from '../i18n/refusal.ts';
import { CanvasTip } from './CanvasTip.tsx';
import { useCanvasView } from './useCanvasView.ts';
import { useRevealer, useRevealSlices } from './useRevealSlices.ts';
import { minimapSize } from './viewport.ts';
import { LodBoxNode } from './nodes/LodBoxNode.tsx';
import type { BoxText, LodLayerProps, LodLine } from './LodLayer.tsx';
import { dragInPlace, lodAt, planLod, rerouteEdges, summarise, type ContainerSummary, type LodPlan } from './lod.ts';
import { followCollapsed } from '../store/collapsed.ts';
import type { ResourceNodeData } from './project.ts';

// Module level: React Flow re-mounts every node when these objects change identity.
const nodeTypes = {
  container: ContainerNode,
  resource: ResourceNodeView,
  internet: InternetNode,
  span: SpanNode,
  lodbox: LodBoxNode,
};
const edgeTypes = { flow: FlowEdge, relation: RelationEdge };

const GRID = 16;
const MINIMAP_MAX_NODES = 400;
const COMPACT_ZOOM = 0.35;
const TEXT_ZOOM = 0.2;
const NO_COLLAPSED: ReadonlySet<ResourceId> = new Set();
// The level-of-detail layer is a chunk of its own, started at boot (not counted in the first load:
// BENCHMARKS.md, "Load"); until it arrives a large design's boxes are there to click, unpainted.
const lodLayerChunk = import('./LodLayer.tsx');
// Once the chunk is there (it has, by the time main.tsx renders a saved design) the layer is
// rendered directly, in the same commit as the boxes it paints: through lazy(), a first render
// suspends whatever the chunk's state, and the layer came a render and several tasks later.
let LodLayerLoaded: (typeof import('./LodLayer.tsx'))['LodLayer'] | null = null;
void lodLayerChunk.then(
  (m) => (LodLayerLoaded = m.LodLayer),
  () => undefined,
);
const LodLayerLazy = lazy(() => lodLayerChunk.then((m) => ({ default: m.LodLayer })));
const NO_SUMMARIES: ReadonlyMap<ResourceId, ContainerSummary> = new Map();
const FIRST_NODES_FIT = { padding: 0.15, maxZoom: 1 };

export function Canvas({ snap }: { snap: boolean }) {
  const { t, i18n } = useTranslation();
  const explain = useViewStore((s) => s.explainMode);
  const design = useDesignStore((s) => s.design);
  const selectionList = useViewStore((s) => s.selection);
  const dragging = useViewStore((s) => s.dragging);
  const resizing = useViewStore((s) => s.resizing);
  const exporting = useViewStore((s) => s.exporting);
  const findings = useFindingsSummary();
  const flowStatus = useFlowStatus();
  const [dropTarget, setDropTarget] = useState<ResourceId | null>(null);
  const rf = useReactFlow();
  const view = useCanvasView();
  // The legend of explain mode narrows the canvas: frame the diagram again in what is left (and
  // again when the legend goes), once the canvas has its new size.
  // Only the toggle re-arms it: a re-render in between (a large design drawn a slice at a time)
  // must not cancel the pending fit, so the latest `view` is read through a ref.
  const explainSeen = useRef(explain);
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  useEffect(() => {
    if (explainSeen.current === explain) return;
    explainSeen.current = explain;
    let inner = 0;
    const outer = requestAnimationFrame(
      () => (inner = requestAnimationFrame(() => viewRef.current.fit({ duration: 200 }))),
    );
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [explain]);
  // One projector (and its node cache) per mounted canvas.
  const [project] = useState(createNodeProjector);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);

  // The resources on the path of a selected flow light up, so the hop list can be read on the diagram.
  const highlight = useMemo(() => {
    const ids = new Set<string>();
    for (const id of selection) {
      const answer = (flowStatus as ReadonlyMap<string, { hops?: readonly { resource: string }[] }>).get(id);
      for (const h of answer?.hops ?? []) ids.add(h.resource);
    }
    return ids;
  }, [selection, flowStatus]);
  // Node texts are translated here, once, rather than by a hook in each of a thousand nodes.
  // Below this zoom a node's detail line and chips are a few pixels high: render icon and name only.
  // Also while the first fit-to-view is pending, so a large design is not first mounted in full
  // detail at zoom 1 only to be re-rendered compact a frame later. Never in an exported picture,
  // which is drawn at zoom 1 whatever the zoom on screen.
  // "Pending" from the first render on: React Flow takes its nodes only in an effect after that
  // render (the store comes from App's provider), so a large design must not be projected in full
  // detail at zoom 1 in the meantime (issue #17). Pending until the first fit below.
  const [firstFit, setFirstFit] = useState(true);
  // The first fit, clear of the overlays, in the same flush of effects as React Flow takes the
  // nodes, its pan-zoom and the pane's size (they are this component's children: their effects
  // run first), so the first frame that shows nodes shows them framed. React Flow's own `fitView`
  // waited for the nodes to be mounted and measured, and the overlay-aware fit (a task and a frame
  // after onInit) moved the view again after a large design's boxes had been drawn: its first
  // render was done only at that second move (BENCHMARKS.md, "Level of detail").
  // Framed again on the next frame, once the minimap (sized from the pane React Flow has just
  // measured, so absent from this first commit) is there: a small design moves clear of it; a
  // large one, which has no minimap, gets the same viewport again and does not move.
  useEffect(() => {
    if (viewRef.current.fit()) setFirstFit(false);
    const frame = requestAnimationFrame(() => {
      viewRef.current.fit();
      setFirstFit(false);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const zoomedOut = useStore((s) => firstFit || s.fitViewQueued || s.transform[2] < COMPACT_ZOOM);
  // Many resources arriving at once (a large design opened) mount a slice per task (reveal.ts),
  // compact meanwhile: the zoom such a design is fitted to.
  // Level of detail (lod.ts): zoomed out, what could not be read is summarised and drawn on one
  // layer (LodLayer.tsx); while the first fit is pending, a large design is planned at the coarsest
  // level, the zoom it is fitted to. An export draws everything, collapsed boxes included.
  const size = design.resources.length;
  const level = useStore((s) => (exporting ? 'detail' : lodAt(firstFit || s.fitViewQueued ? 0 : s.transform[2], size)));
  const collapsedByHand = useViewStore((s) => s.collapsed);
  const collapsed = exporting ? NO_COLLAPSED : collapsedByHand;
  useEffect(() => followCollapsed(), []);
  const plan = useMemo(() => planLod(design, level, collapsed), [design, level, collapsed]);
  const reveal = useRevealer(design, exporting, plan.hidden);
  const compact = (zoomedOut || reveal.revealing) && !exporting;
  // Further out still, text is under 2.5 px high: it is not drawn at all (styles.css, .vt-lod-tiny),
  // which keeps panning a large estate as smooth as bare React Flow (BENCHMARKS.md). A class on the
  // canvas, so no node re-renders; names return when zooming in, and always in an export.
  const tiny = useStore((s) => s.transform[2] < TEXT_ZOOM) && !exporting;
  const texts = useMemo(
    () => ({ t: t as (k: string, p?: Record<string, unknown>) => string, lang: i18n.language, explain, compact }),
    [t, i18n.language, explain, compact],
  );
  // Zoomed out, a drag moves a few boxes among a few dozen nodes: the projection (a pass over every
  // resource) is left as it was and only the dragged nodes are moved (dragInPlace), so a mouse
  // move costs what React Flow holds, not what the design holds (issue #17).
  const projectDrag = level === 'detail' ? dragging : null;
  const projected = useMemo(
    () => project(design, selection, projectDrag, findings, dropTarget, highlight, texts, resizing, plan.hidden),
    [project, design, selection, projectDrag, findings, dropTarget, highlight, texts, resizing, plan.hidden],
  );
  // Showing VPC summaries, the crossing to subnet summaries is one wheel notch away: describe the
  // boxes it would mount while the page is idle, so the notch only builds their nodes (issue #17).
  useEffect(() => {
    if (level !== 'vpcs') return;
    const index = indexDesign(design);
    const shownAtSubnets = (r: { parent?: ResourceId | null }) => !r.parent || index.get(r.parent)?.kind !== 'subnet';
    const idle: (f: (d: { timeRemaining(): number }) => void) => number =
      typeof requestIdleCallback === 'function'
        ? (f) => requestIdleCallback(f, { timeout: 2000 })
        : (f) => window.setTimeout(() => f({ timeRemaining: () => 8 }), 50);
    const cancelIdle = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;
    let handle = 0;
    const slice = (d: { timeRemaining(): number }) => {
      const until = performance.now() + Math.max(4, Math.min(10, d.timeRemaining()));
      if (project.prewarm(design, texts, shownAtSubnets, until)) handle = idle(slice);
    };
    handle = idle(slice);
    return () => cancelIdle(handle);
  }, [level, design, texts, project]);
  const [asBox] = useState(() => new WeakMap<Node, Node>());
  const nodes = useMemo(() => lodNodes(projected, plan, asBox), [projected, plan, asBox]);
  const placed = useMemo(
    () => (level !== 'detail' && dragging ? dragInPlace(nodes, dragging, design) : nodes),
    [level, dragging, nodes, design],
  );
  // Counted once per design and findings, whatever is summarised: crossing from VPC summaries to
  // subnet summaries must not count 20,000 resources again in the frame that crosses.
  const anySummary = plan.summarised.size > 0;
  const summaries = useMemo(
    () => (anySummary ? summarise(design, findings) : NO_SUMMARIES),
    [design, findings, anySummary],
  );
  const boxText = useMemo(() => {
    const m = new Map<ResourceId, BoxText>();
    for (const n of nodes)
      if (n.type === 'lodbox') {
        const d = n.data as ResourceNodeData;
        m.set(n.id, { subtitle: d.text.subtitle, variant: d.variant });
      }
    return m;
  }, [nodes]);
  const shown = useRevealSlices(placed, reveal);
  // A canvas that starts empty (a first visit) leaves the fit to React Flow's `fitView`, which stays
  // queued until the first nodes arrive (the first drop, a template) and frames them then.
  const [fitFirstNodes] = useState(() => shown.length === 0);
  // A small canvas (a narrow window, a wide side pane) gets a smaller minimap, or none (viewport.ts).
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const minimap = useMemo(() => minimapSize({ width: paneWidth, height: paneHeight }), [paneWidth, paneHeight]);
  const root = useRef<HTMLDivElement>(null);
  // Flows are routed around the other nodes, following a drag live.
  // Many flows (a large design just opened) are routed a slice at a time (useFlowRoutes.ts).
  // Zoomed out, flows are straight lines between boxes (LodLayer.tsx): a drag needs no routing.
  const routes = useFlowRoutes(design, level === 'detail' ? dragging : null);
  // The ids React Flow holds: the same set during a drag (only positions change), so the edges
  // are not projected again on every frame of it.
  const idsKey = useMemo(() => nodes.map((n) => n.id).join('\n'), [nodes]);
  const allEdges = useMemo(() => {
    const index = indexDesign(design);
    const kindOf = (id: string) => index.get(id)?.kind;
    const ids = new Set(idsKey.split('\n'));
    return rerouteEdges(projectEdges(design, selection, flowStatus, routes), plan, kindOf).filter(
      (e) => ids.has(e.source) && ids.has(e.target),
    );
  }, [design, selection, flowStatus, routes, plan, idsKey]);
  // Zoomed out, the flows between boxes are painted on the level-of-detail layer with the boxes.
  const edges = useMemo(() => (level === 'detail' ? allEdges : []), [level, allEdges]);
  const lines = useMemo<LodLine[]>(
    () =>
      level === 'detail'
        ? []
        : allEdges.map((e) => {
            const d = e.data as { verdict?: string; tone?: string } | undefined;
            return { source: e.source, target: e.target, tone: d?.tone ?? d?.verdict ?? 'pending' };
          }),
    [level, allEdges],
  );
  const kindName = useCallback((kind: ResourceKind, count: number) => t(`lod.kind.${kind}`, { count }), [t]);
  const more = useCallback((count: number) => t('lod.more', { count }), [t]);
  const lodProps: LodLayerProps = {
    design,
    plan,
    summaries,
    boxText,
    lines,
    dragging,
    kindName,
    more,
    lang: i18n.language,
  };

  const onNodesChange = useCallback((changes: NodeChange<Node>[]) => {
    const view = useViewStore.getState();
    let sel: Set<string> | null = null;
    let drag: Map<ResourceId, Position> | null = null;
    const design = useDesignStore.getState().design;
    for (const c of changes) {
      if (c.type === 'select') {
        sel ??= new Set(view.selection);
        if (c.selected) sel.add(c.id);
        else sel.delete(c.id);
      } else if (c.type === 'dimensions' && c.resizing && c.dimensions) {
        // A container's resize handle is being dragged: its box follows in view state
        // (ContainerNode commits the size once, at the end: one undo step).
        const cur = useViewStore.getState().resizing;
        view.setResizing({
          id: c.id,
          width: c.dimensions.width,
          height: c.dimensions.height,
          position: cur?.id === c.id ? cur.position : null,
        });
      } else if (c.type === 'position' && c.position && !c.dragging && useViewStore.getState().resizing?.id === c.id) {
        // Resizing from the top or left edge moves the box too.
        const cur = useViewStore.getState().resizing!;
        view.setResizing({ ...cur, position: c.position });
      } else if (c.type === 'position' && c.position && c.dragging) {
        drag ??= new Map(view.dragging ?? []);
        const r = indexDesign(design).get(c.id);
        const pa = r?.parent ? absolutePosition(indexDesign(design), r.parent) : { x: 0, y: 0 };
        drag.set(c.id, { x: c.position.x + pa.x, y: c.position.y + pa.y });
      }
    }
    if (sel) view.select([...sel]);
    if (drag) {
      view.setDragging(drag);
      // Highlight the container a single dragged node would land in.
      if (drag.size === 1) {
        const [id, abs] = [...drag][0]!;
        const r = indexDesign(design).get(id);
        if (r) {
          const s = sizeOf(r);
          const target = dropTargetAt(
            design,
            r.kind,
            { x: abs.x + s.width / 2, y: abs.y + s.height / 2 },
            sizeOf,
            new Set([id]),
          );
          setDropTarget(target.allowed && target.parent && target.parent.id !== r.parent ? target.parent.id : null);
        }
      }
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const view = useViewStore.getState();
    let sel: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'select') {
        sel ??= new Set(view.selection);
        if (c.selected) sel.add(c.id);
        else sel.delete(c.id);
      }
    }
    if (sel) view.select([...sel]);
  }, []);

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent) => {
      const view = useViewStore.getState();
      const moves = view.dragging;
      setDropTarget(null);
      if (!moves || moves.size === 0) return;
      const { refused } = useDesignStore.getState().commitMove(moves);
      view.setDragging(null);
      if (refused.length) {
        const r = indexDesign(useDesignStore.getState().design).get(refused[0]!.id);
        const pt = 'clientX' in event ? event : event.changedTouches[0];
        if (r)
          view.notify(refusalText(t, r.kind, refused[0]!.needs), 'error', pt ? { x: pt.clientX, y: pt.clientY } : null);
      }
    },
    [t],
  );

  // A database's marker in another subnet of its group stands for the database: select that.
  const onNodeClick = useCallback((event: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean }, node: Node) => {
    if (node.type === 'span') useViewStore.getState().select([(node.data as { resourceId: string }).resourceId]);
    // A plain click selects only this node, also what is selected but no longer mounted (a
    // resource summarised away by zooming out), which React Flow cannot unselect itself.
    else if (!event.shiftKey && !event.metaKey && !event.ctrlKey) useViewStore.getState().select([node.id]);
  }, []);

  // A box drawn zoomed out (or collapsed): a double click zooms to it.
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type !== 'lodbox') return;
      const r = absoluteRect(indexDesign(useDesignStore.getState().design), node.id, sizeOf);
      if (r) void rf.fitBounds(r, { padding: 0.1, duration: 300 });
    },
    [rf],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const result = useDesignStore.getState().connect(c.source, c.target);
      if (!result.ok) useViewStore.getState().notify(t(`connect.${result.reason}`), 'error');
      // A new target: select the load balancer, whose inspector shows the listener and target ports.
      else if (result.effect === 'add-target') {
        const lb = [c.source, c.target].find((id) => indexDesign(result.design).getKind(id, 'loadBalancer'));
        if (lb) useViewStore.getState().select([lb]);
      }
    },
    [t],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME) as ResourceKind;
      if (!kind || !(kind in CATALOG)) return;
      e.preventDefault();
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const result = useDesignStore.getState().addAt(kind, at);
      const views = useViewStore.getState();
      if (result.ok) {
        views.select([result.id]);
        // A drop next to the minimap would put the node (or the part its container grew) under it.
        requestAnimationFrame(() => view.reveal(result.id));
      } else views.notify(refusalText(t, kind, result.needs), 'error', { x: e.clientX, y: e.clientY });
    },
    [rf, t, view],
  );

  return (
    <div
      className={tiny ? 'vt-canvas vt-lod-tiny' : 'vt-canvas'}
      data-testid="canvas"
      // While a large arrival is still being mounted (reveal.ts): for tests and the benchmark.
      data-revealing={reveal.revealing || undefined}
      onDragOver={onDragOver}
      onDrop={onDrop}
      ref={root}
    >
      <EdgeMarkers />
      <CanvasTip root={root} />
      <ReactFlow
        nodes={shown}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        snapToGrid={snap}
        snapGrid={[GRID, GRID]}
        minZoom={0.1}
        maxZoom={2.5}
        proOptions={{ hideAttribution: false }}
        elevateNodesOnSelect={false}
        colorMode="system"
        fitView={fitFirstNodes}
        fitViewOptions={FIRST_NODES_FIT}
        onlyRenderVisibleElements={size > 400 && !exporting}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} color="#c9d1dc" />
        {!exporting && <LodLayerSlot {...lodProps} />}
        {/* The minimap subscribes one component per node to React Flow's store: above a few hundred
            nodes it costs more per frame than it is worth (BENCHMARKS.md). */}
        {size <= MINIMAP_MAX_NODES && minimap && (
          <MiniMap pannable zoomable nodeStrokeWidth={2} nodeColor={minimapColor} ariaLabel="Minimap" style={minimap} />
        )}
        <Controls showInteractive={false} />
        {/* Zoomed out, the containers' names on a layer above the nodes, readable (MapLabels.tsx). */}
        {!exporting && level === 'detail' && <MapLabels design={design} />}
      </ReactFlow>
      <RoutingNote />
    </div>
  );
}

/** The level-of-detail layer: directly once its chunk has loaded, else through Suspense until it does. */
function LodLayerSlot(props: LodLayerProps) {
  const Loaded = LodLayerLoaded;
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={null}>
      <LodLayerLazy {...props} />
    </Suspense>
  );
}

/** While a large design's flows are being routed (useFlowRoutes.ts): how far it got. Its own component, so progress re-renders only it. */
function RoutingNote() {
  const { t, i18n } = useTranslation();
  const routing = useViewStore((s) => s.routing);
  if (!routing) return null;
  return (
    <div className="vt-canvas-progress" role="status" data-testid="canvas.routing">
      {t('canvas.routing', {
        done: routing.done.toLocaleString(i18n.language),
        total: routing.total.toLocaleString(i18n.language),
      })}
    </div>
  );
}

/** Containers tint the minimap in their AWS group colours (the compiler names a new container kind); leaves are grey. */
const MINIMAP_TINT: Record<ContainerKind, string> = {
  region: 'rgba(0,164,166,0.08)',
  vpc: 'rgba(140,79,255,0.12)',
  az: 'rgba(20,126,186,0.08)',
  subnet: 'rgba(122,161,22,0.25)',
};

function minimapColor(n: Node): string {
  const kind = (n.data as { resource?: { kind: ResourceKind } })?.resource?.kind;
  return (kind && (MINIMAP_TINT as Partial<Record<ResourceKind, string>>)[kind]) || '#8c96a3';
}

/**
 * The nodes React Flow gets at a level of detail: a container drawn on the level-of-detail layer
 * (summarised, or zoomed out) becomes a transparent box (`lodbox`); a database's marker in a
 * summarised subnet goes with the subnet. The box copies are kept per projected node, so an
 * unchanged node keeps its identity across renders.
 */
function lodNodes(projected: Node[], plan: LodPlan, cache: WeakMap<Node, Node>): Node[] {
  if (plan.summarised.size === 0 && plan.level === 'detail') return projected;
  const out: Node[] = [];
  for (const n of projected) {
    if (n.parentId && plan.summarised.has(n.parentId)) continue;
    const summary = plan.summarised.has(n.id);
    if (n.type !== 'container' || (!summary && plan.level === 'detail')) {
      out.push(n);
      continue;
    }
    let box = cache.get(n);
    if (!box || (box.data as { summary?: boolean }).summary !== summary) {
      box = { ...n, type: 'lodbox', data: { ...n.data, summary } };
      cache.set(n, box);
    }
    out.push(box);
  }
  return out;
}
