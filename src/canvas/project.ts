/**
 * Projection of the design document (plus view state) onto React Flow nodes and edges.
 *
 * Node objects are cached per resource and rebuilt only when their inputs change, so React
 * Flow's adoptUserNodes keeps the internal node and the memoised node component skips rendering:
 * one edit re-renders one node, not a thousand. Every node carries explicit width/height (we know
 * them from the document), so React Flow never hides a node while waiting to measure it.
 */
import { transitEdges } from './transitEdges.ts';
import { Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import {
  type Design,
  type Position,
  type Resource,
  type ResourceId,
  type DetailChip,
  type DetailText,
  absolutePosition,
  detailContext,
  effectiveRouteTable,
  indexDesign,
  isContainer,
  INTERNET,
  kindsWith,
  nestingDepth,
  nodeDetails,
} from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import type { FindingSummary, FlowStatus } from '../store/analysis.ts';
import type { FlowVerdict } from '../validation/reachability/flows.ts';
import { type FlowRoute, flowLabelText, internetPosition } from './flowGeometry.ts';
import { subnetGroupMarkers } from './spans.ts';

/** A database's marker in another subnet of its DB subnet group (spans.ts). */
export interface SpanNodeData extends Record<string, unknown> {
  readonly resourceId: ResourceId;
  readonly name: string;
  readonly subtitle: string;
  readonly tipTitle: string;
  /** Icon and name only (zoomed far out), as the other nodes. */
  readonly compact: boolean;
}

/** The internet's node id: the model's endpoint name (flows and queries say `internet`). */
export const INTERNET_ID = INTERNET;

/** A chip on a node (the kind's `details`, model/kinds/details.ts); the projection translates `textKey`. */
export type Chip = DetailChip;

/** A line of node text: literal (a CIDR, an IP) or an i18n key with params, translated by the projection. */
export type NodeText = DetailText;

export interface ResourceNodeData extends Record<string, unknown> {
  readonly resource: Resource;
  readonly subtitle: NodeText;
  /** Texts already translated by the projector, so node components need no i18n hook. */
  readonly text: NodeTexts;
  readonly chips: readonly Chip[];
  readonly variant: 'public' | 'private' | null;
  readonly severity: 'error' | 'warning' | 'info' | null;
  readonly findingCount: number;
  readonly dropTarget: boolean;
  /** On the path of the selected traffic flow. */
  readonly onPath: boolean;
  /** Icon and name only (zoomed far out). */
  readonly compact: boolean;
  /** Drawn as a summary box (canvas/lod.ts), set on the box React Flow gets for it. */
  readonly summary?: boolean;
}

export interface NodeTexts {
  readonly subtitle: string;
  /** The tooltip's title: kind (and public/private for a subnet) and name. */
  readonly tipTitle: string;
  /** The short analogy shown in explain mode, or null when explain mode is off. */
  readonly explain: string | null;
  readonly badge: string;
}

/** What the projector needs to translate: one `t` for all nodes, the language, explain mode. */
export interface ProjectTexts {
  readonly t: (key: string, params?: Record<string, unknown>) => string;
  readonly lang: string;
  readonly explain: boolean;
  /**
   * Zoomed out below the level where detail can be read: nodes render icon and name only, which
   * keeps mounting cheap while culling mounts nodes during a pan (BENCHMARKS.md).
   */
  readonly compact?: boolean;
}

export type ResourceNode = Node<ResourceNodeData>;

interface CacheEntry {
  readonly node: ResourceNode;
  readonly resource: Resource;
  readonly selected: boolean;
  readonly position: Position;
  readonly dataKey: string;
  /** Drawn at a live (resizing) size: not reusable once the resize ends. */
  readonly live?: boolean;
}

/** The box of a container being resized, position relative to its parent (view state). */
export interface LiveBox {
  readonly id: ResourceId;
  readonly width: number;
  readonly height: number;
  readonly position: Position | null;
}

function samePos(a: Position, b: Position) {
  return a.x === b.x && a.y === b.y;
}

export function createNodeProjector() {
  let cache = new Map<ResourceId, CacheEntry>();
  let internetNode: Node | null = null;
  let spanCache = new Map<string, Node<SpanNodeData>>();
  // Derived text per resource depends only on the document: while a drag runs (view state only),
  // it is computed once, not once per frame.
  let describedFor: Design | null = null;
  let described = new Map<ResourceId, ReturnType<typeof nodeDetails> & { text: NodeTexts }>();
  let describedTexts = '';
  // i18next's t() costs tens of microseconds a call, and most node texts are the same few strings
  // (kind names, labels): remember each (key, params) once per language and mode.
  let memoFor: ProjectTexts | null = null;
  let cachedTexts: ProjectTexts = PLAIN_TEXTS;

  /** The texts' memo and the descriptions for `design` in `texts`, made fresh when either is new. */
  function prepare(design: Design, texts: ProjectTexts): string {
    const textKey = `${texts.lang}|${texts.explain}|${!!texts.compact}`;
    if (memoFor !== texts) {
      // New texts (language, mode or translator): a fresh memo of its t().
      memoFor = texts;
      const memoT = new Map<string, string>();
      cachedTexts = {
        ...texts,
        t: (key, params) => {
          const k = params ? `${key}\u0000${JSON.stringify(params)}` : key;
          let v = memoT.get(k);
          if (v === undefined) memoT.set(k, (v = texts.t(key, params)));
          return v;
        },
      };
    }
    if (describedFor !== design || describedTexts !== textKey) {
      describedFor = design;
      describedTexts = textKey;
      described = new Map();
    }
    return textKey;
  }

  function describe(r: Resource, details: () => ReturnType<typeof detailContext>) {
    let desc = described.get(r.id);
    if (!desc) {
      const d = nodeDetails(r, details());
      // Chips with a text key (a table's "main", a NACL's "default") speak the user's language.
      const chips = d.chips.map((c) => (c.textKey ? { ...c, label: cachedTexts.t(c.textKey) } : c));
      described.set(r.id, (desc = { ...d, chips, text: translate(cachedTexts, r, d) }));
    }
    return desc;
  }

  /**
   * Describe ahead, until `deadline` (performance.now()), the resources `wanted` picks that the
   * next projection of `design` in `texts` would describe: zoomed out, the boxes a crossing to the
   * next level mounts (a 20,000-resource estate's ~2,900 subnets took ~100 ms of the wheel event
   * that crossed, issue #17). True while some are left.
   */
  function prewarm(design: Design, texts: ProjectTexts, wanted: (r: Resource) => boolean, deadline: number): boolean {
    prepare(design, texts);
    let ctx: ReturnType<typeof detailContext> | undefined;
    const details = () => (ctx ??= detailContext(indexDesign(design)));
    let i = 0;
    for (const r of design.resources) {
      if (described.has(r.id) || !wanted(r)) continue;
      // The clock is read every few resources: a description takes a few microseconds.
      if ((++i & 15) === 0 && performance.now() > deadline) return true;
      describe(r, details);
    }
    return false;
  }

  function project(
    design: Design,
    selection: ReadonlySet<string>,
    dragging: ReadonlyMap<ResourceId, Position> | null,
    findings: ReadonlyMap<ResourceId, FindingSummary>,
    dropTarget: ResourceId | null,
    highlight: ReadonlySet<ResourceId> = new Set(),
    texts: ProjectTexts = PLAIN_TEXTS,
    resizing: LiveBox | null = null,
    /** Resources not to project (not mounted at this level of detail: lod.ts). */
    skip: ReadonlySet<ResourceId> = NO_SKIP,
  ): Node[] {
    const index = indexDesign(design);
    const textKey = prepare(design, texts);
    const next = new Map<ResourceId, CacheEntry>();
    const out: Node[] = [];
    // What the kinds' `details` read the design through (made when a node's details are first needed).
    let details: ReturnType<typeof detailContext> | undefined;
    for (const r of design.resources) {
      if (skip.has(r.id)) continue;
      let position = r.position;
      const d = dragging?.get(r.id);
      if (d) {
        const pa = r.parent ? absolutePosition(index, r.parent) : { x: 0, y: 0 };
        position = { x: d.x - pa.x, y: d.y - pa.y };
      }
      const live = resizing?.id === r.id ? resizing : null;
      if (live?.position) position = live.position;
      const desc = describe(r, () => (details ??= detailContext(index)));
      const { subtitle, chips, variant, text } = desc;
      const f = findings.get(r.id);
      const isDrop = dropTarget === r.id;
      const onPath = highlight.has(r.id);
      const dataKey = `${textKey}|${JSON.stringify(subtitle)}|${chips.map((c) => c.label).join(',')}|${variant}|${f?.severity}|${f?.count}|${isDrop}|${onPath}`;
      const selected = selection.has(r.id);
      const prev = cache.get(r.id);
      if (
        !live &&
        prev &&
        prev.resource === r &&
        prev.selected === selected &&
        samePos(prev.position, position) &&
        prev.dataKey === dataKey &&
        !prev.live
      ) {
        next.set(r.id, prev);
        out.push(prev.node);
        continue;
      }
      // While a container is resized its box follows the pointer (view state); the design changes once, at the end.
      const size = live ? { width: live.width, height: live.height } : sizeOf(r);
      const container = isContainer(r);
      const handles = handlesOf(r.kind, container, size.width, size.height);
      const node: ResourceNode = {
        id: r.id,
        type: container ? 'container' : 'resource',
        position,
        width: size.width,
        height: size.height,
        // Known size and handle places: React Flow need not mount every node of a large design
        // off screen to measure it before fitting the view (BENCHMARKS.md, first render). It
        // still measures each node when it mounts, which corrects these if the styles change.
        measured: { width: size.width, height: size.height },
        handles,
        ...(r.parent ? { parentId: r.parent } : {}),
        selected,
        // Containers stay behind leaves and edges; deeper containers above shallower ones.
        zIndex: container ? depthOf(r.kind) : 10,
        data: {
          resource: r,
          subtitle,
          text,
          chips,
          variant,
          severity: f?.severity ?? null,
          findingCount: f?.count ?? 0,
          dropTarget: isDrop,
          onPath,
          compact: !!texts.compact,
        },
        ariaLabel: `${r.kind} ${r.name}`,
      };
      next.set(r.id, { node, resource: r, selected, position, dataKey, live: !!live });
      out.push(node);
    }
    cache = next;
    // Markers of databases that span several subnets, after their subnets (parents first).
    const nextSpans = new Map<string, Node<SpanNodeData>>();
    for (const m of subnetGroupMarkers(design)) {
      const db = index.getKind(m.resourceId, 'rds');
      if (!db || skip.has(m.resourceId) || skip.has(m.subnetId)) continue;
      const subtitle = cachedTexts.t('node.subnetGroup');
      const prev = spanCache.get(m.id);
      if (
        prev &&
        samePos(prev.position, m.position) &&
        prev.data.name === db.name &&
        prev.data.subtitle === subtitle &&
        prev.data.compact === !!texts.compact &&
        prev.parentId === m.subnetId
      ) {
        nextSpans.set(m.id, prev);
        out.push(prev);
        continue;
      }
      const node: Node<SpanNodeData> = {
        id: m.id,
        type: 'span',
        position: m.position,
        parentId: m.subnetId,
        width: 120,
        height: 92,
        measured: { width: 120, height: 92 },
        handles: handlesOf(INTERNET, false, 120, 92),
        draggable: false,
        selectable: false,
        connectable: false,
        deletable: false,
        zIndex: 10,
        data: {
          resourceId: db.id,
          name: db.name,
          subtitle,
          tipTitle: `${cachedTexts.t('kind.rds')} · ${db.name} · ${subtitle}`,
          compact: !!texts.compact,
        },
        ariaLabel: `rds ${db.name} (${subtitle})`,
      };
      nextSpans.set(m.id, node);
      out.push(node);
    }
    spanCache = nextSpans;
    if (design.resources.length > 0) {
      const pos = internetPosition(design);
      const sel = selection.has(INTERNET_ID);
      if (
        !internetNode ||
        !samePos(internetNode.position, pos) ||
        internetNode.selected !== sel ||
        internetNode.data.textKey !== textKey
      ) {
        internetNode = {
          id: INTERNET_ID,
          type: 'internet',
          position: pos,
          width: 120,
          height: 92,
          measured: { width: 120, height: 92 },
          handles: handlesOf(INTERNET, false, 120, 92),
          draggable: false,
          deletable: false,
          selected: sel,
          zIndex: 10,
          data: {
            textKey,
            name: texts.t('kind.internet'),
            explain: texts.explain ? texts.t('analogyShort.internet') : null,
          },
        };
      }
      out.unshift(internetNode);
    }
    return out;
  }
  return Object.assign(project, { prewarm });
}

/** A handle is 9 px square, centred on the node's left or right border (styles.css, .vt-handle). */
const HANDLE = 9;
const handleCache = new Map<string, NodeHandle[]>();

/**
 * The handles a node renders (nodes/ResourceNode.tsx, nodes/ContainerNode.tsx): every leaf has a
 * target on the left and a source on the right; subnets and VPCs a target on the left; regions and
 * AZs none.
 */
export function handlesOf(
  kind: Resource['kind'] | typeof INTERNET,
  container: boolean,
  width: number,
  height: number,
): NodeHandle[] {
  const key = `${kind}|${container}|${width}|${height}`;
  let h = handleCache.get(key);
  if (h) return h;
  const y = height / 2 - HANDLE / 2;
  // A leaf's handles sit inside its 1 px border (.vt-leaf), a container's on its outer edge.
  const inset = container ? 0 : 1;
  const left: NodeHandle = {
    id: null,
    type: 'target',
    position: Side.Left,
    x: inset - HANDLE / 2,
    y,
    width: HANDLE,
    height: HANDLE,
  };
  const right: NodeHandle = {
    id: null,
    type: 'source',
    position: Side.Right,
    x: width - inset - HANDLE / 2,
    y,
    width: HANDLE,
    height: HANDLE,
  };
  h = !container ? [left, right] : kind === 'subnet' || kind === 'vpc' ? [left] : [];
  if (handleCache.size > 500) handleCache.clear();
  handleCache.set(key, h);
  return h;
}

const NO_SKIP: ReadonlySet<ResourceId> = new Set();
const PLAIN_TEXTS: ProjectTexts = { t: (k) => k, lang: '', explain: false };

function translate(texts: ProjectTexts, r: Resource, d: Pick<ResourceNodeData, 'subtitle' | 'variant'>): NodeTexts {
  const { t } = texts;
  const sub = d.subtitle;
  const kind = t(`kind.${r.kind}`);
  return {
    subtitle: typeof sub === 'string' ? sub : t(sub.k, sub.p ?? {}),
    tipTitle: `${r.kind === 'subnet' ? `${t(`inspector.${d.variant ?? 'private'}`)} · ` : ''}${kind} · ${r.name}`,
    explain: texts.explain ? t(`analogyShort.${r.kind}`) : null,
    badge: t('findings.title'),
  };
}

/** How deep a container kind nests (region 0, VPC 1, AZ 2, subnet 3), from the kinds' parents. */
function depthOf(kind: Resource['kind']): number {
  return nestingDepth(kind);
}

export interface FlowEdgeData extends Record<string, unknown> {
  readonly flowId: string;
  readonly label: string;
  /** The user's description of the flow, shown on hover. */
  readonly title: string;
  /** What the flow shows (store/analysis.ts `FlowStatus`); `pending` until it is analysed. */
  readonly verdict: FlowVerdict | 'pending';
  /** The route around the other nodes and the label's place (flowRoutes.ts); absent: a plain step. */
  readonly route?: FlowRoute;
}

/**
 * Edges: traffic flows and peering always; associations (route table, NACL, security group,
 * route targets) only around the selection, so the canvas stays readable.
 */
export function projectEdges(
  design: Design,
  selection: ReadonlySet<string>,
  flowStatus: ReadonlyMap<string, FlowStatus>,
  routes: ReadonlyMap<string, FlowRoute> = new Map(),
): Edge[] {
  const index = indexDesign(design);
  const edges: Edge[] = [];
  for (const f of design.flows) {
    const from = f.from === INTERNET_ID || index.byId.has(f.from) ? f.from : null;
    const to = f.to === INTERNET_ID || index.byId.has(f.to) ? f.to : null;
    if (!from || !to) continue;
    const st = flowStatus.get(f.id);
    edges.push({
      id: f.id,
      source: from,
      target: to,
      type: 'flow',
      selected: selection.has(f.id),
      // Routed around the leaves (flowRoutes.ts), so a flow can sit below them: their handles stay
      // on top, to start the next connection from. Above the containers' boxes.
      zIndex: 5,
      data: {
        flowId: f.id,
        label: flowLabelText(f.protocol, f.port),
        title: f.label,
        verdict: st ? st.verdict : 'pending',
        ...(routes.has(f.id) ? { route: routes.get(f.id)! } : {}),
      } satisfies FlowEdgeData,
    });
  }
  for (const p of index.ofKind('peering')) {
    for (const vpcId of [p.requesterVpcId, p.accepterVpcId]) {
      if (vpcId && index.byId.has(vpcId)) {
        edges.push({
          id: `peer:${p.id}:${vpcId}`,
          source: p.id,
          target: vpcId,
          type: 'relation',
          data: { tone: 'peering' },
          selectable: false,
          zIndex: 15,
        });
      }
    }
  }
  // Transit and VPN connections, always drawn (canvas/transitEdges.ts).
  edges.push(...transitEdges(index));
  // A load balancer and the targets its listeners forward to (through their target groups), and an
  // extra network interface and its owner, always linked.
  for (const lb of index.ofKind('loadBalancer')) {
    const seen = new Set<string>();
    for (const l of lb.listeners ?? []) {
      const tg = l.targetGroupId ? index.getKind(l.targetGroupId, 'targetGroup') : undefined;
      for (const t of tg?.targets ?? []) {
        if (!t.instanceId || !index.byId.has(t.instanceId) || seen.has(t.instanceId)) continue;
        seen.add(t.instanceId);
        edges.push({
          id: `tg:${lb.id}:${t.instanceId}`,
          source: lb.id,
          target: t.instanceId,
          type: 'relation',
          data: { tone: 'target' },
          selectable: false,
          zIndex: 15,
        });
      }
    }
  }
  for (const e of index.ofKind('networkInterface')) {
    if (!e.ownerId || !index.byId.has(e.ownerId)) continue;
    edges.push({
      id: `eni:${e.id}`,
      source: e.ownerId,
      target: e.id,
      type: 'relation',
      data: { tone: 'eni' },
      selectable: false,
      zIndex: 15,
    });
  }
  // A database and its markers in the other subnets of its group, always linked.
  for (const m of subnetGroupMarkers(design)) {
    edges.push({
      id: `${m.id}:link`,
      source: m.resourceId,
      target: m.id,
      type: 'relation',
      data: { tone: 'span' },
      selectable: false,
      zIndex: 15,
    });
  }
  if (selection.size === 0) return edges;
  const rel = (id: string, source: string, target: string, tone: string) =>
    edges.push({ id, source, target, type: 'relation', data: { tone }, selectable: false, zIndex: 15 });
  for (const t of index.ofKind('routeTable')) {
    const selectedSubnets = t.subnetIds.filter((s) => selection.has(s));
    const on = selection.has(t.id);
    for (const s of t.subnetIds)
      if ((on || selectedSubnets.includes(s)) && index.byId.has(s)) rel(`rtb:${t.id}:${s}`, t.id, s, 'rtb');
    if (on)
      for (const r of t.routes)
        if (r.target !== 'local' && index.byId.has(r.target)) rel(`route:${t.id}:${r.id}`, t.id, r.target, 'route');
  }
  for (const a of index.ofKind('nacl')) {
    const on = selection.has(a.id);
    for (const s of a.subnetIds)
      if ((on || selection.has(s)) && index.byId.has(s)) rel(`acl:${a.id}:${s}`, a.id, s, 'acl');
  }
  // A selected subnet without an explicit table shows the main table it falls back to.
  for (const s of index.ofKind('subnet')) {
    if (!selection.has(s.id)) continue;
    const rt = effectiveRouteTable(index, s.id);
    if (rt && !rt.subnetIds.includes(s.id)) rel(`rtb-main:${rt.id}:${s.id}`, rt.id, s.id, 'rtb-main');
  }
  for (const w of kindsWith('securityGroupMember').flatMap((k) => index.ofKind(k))) {
    for (const sg of w.securityGroupIds) {
      if ((selection.has(sg) || selection.has(w.id)) && index.byId.has(sg)) rel(`sg:${sg}:${w.id}`, sg, w.id, 'sg');
    }
  }
  return edges;
}
