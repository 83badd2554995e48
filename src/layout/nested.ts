/**
 * The nested layout of an imported network (issue #13): region › VPC › AZ › subnet › resources,
 * drawn as an AWS diagram. Pure (no React, no DOM); elkjs is loaded on first use, so the app's first
 * load does not carry it.
 *
 * The choice, and the measurements behind it (2,000-resource generated design, 25 VPCs; CPU time):
 * - Not elkjs `layered` with `elk.hierarchyHandling: INCLUDE_CHILDREN`. A network diagram's
 *   structure is containment, not edges: layered ranks nodes along edges, and an imported estate has
 *   almost none worth ranking by (associations show inside the subnet, security groups on the
 *   instance), so each container's children collapse into one layer: VPCs in one long column, AZs
 *   stacked instead of side by side.
 * - elkjs `rectpacking`, container by container bottom-up (ELK's default SEPARATE_CHILDREN), keeps
 *   the given order and packs boxes of different sizes towards an aspect ratio. That is what the
 *   VPCs of a region need: a grid shaped like the screen, tall and short VPCs stacked into blocks,
 *   which is what keeps 10 VPCs and 100 subnets readable at fit view. Run on every container it cost
 *   0.4–2 s for the 1,800 boxes inside the subnets and AZs (even the no-op `fixed` algorithm costs
 *   ~55 µs a box to pass through ELK), over the 2 s for import + convert + layout.
 * - So ELK packs what it is good at, the VPCs of each region and the regions (a few dozen boxes, one
 *   call each), and the regular parts are plain rows and columns computed here: a subnet's
 *   resources in rows of four, an AZ's subnets in a column (public first), a VPC's gateways in a row
 *   along its top edge, its AZs side by side (one height) and its route tables, NACLs and security
 *   groups grouped below. Loading ELK costs about half a second once per process; BENCHMARKS.md has
 *   the figures (`npm run bench`).
 */
import type { ELK, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import {
  type Design,
  type DesignIndex,
  type Position,
  type Resource,
  type ResourceId,
  type Size,
  cidrOrNull,
  effectiveNacl,
  effectiveRouteTable,
  indexDesign,
  isContainer,
  isPublicSubnet,
} from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING, GAP, LEAF_SIZE, sizeOf } from '../catalog/index.ts';

/** Screen-shaped: the aspect ratio rectpacking aims at for the VPCs of a region and for the regions. */
const SCREEN_ASPECT = 1.6;
/** Between VPCs and between regions: wider than inside a VPC, so the towns read as separate. */
const OUTER_GAP = 2 * GAP;
/** Resources per row in a subnet: four, more in a crowded one so it stays roughly square. */
const rowLength = (n: number) => Math.max(1, Math.min(n, Math.max(4, Math.ceil(Math.sqrt(n)))));
/** The width of `n` leaves in a row. */
const leavesWidth = (n: number) => n * LEAF_SIZE.width + (n - 1) * GAP;
/** The least a container is, whatever it holds. */
const MIN_CONTAINER: Size = { width: 200, height: 120 };

export interface NestedLayoutOptions {
  /** An ELK instance to use instead of the bundled one (the app may pass one that runs in a worker). */
  readonly elk?: ELK;
  /**
   * The width-to-height ratio the VPCs of a region and the regions are packed towards: the canvas's
   * (the app passes the shape of the canvas on screen, so fit view fills it); default 1.6, a screen.
   */
  readonly aspect?: number;
}

let elkPromise: Promise<ELK> | null = null;
/** One ELK per process, loaded on first use (the bundled build: runs in Node and in the browser). */
function loadElk(): Promise<ELK> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const Elk = (m.default ?? m) as unknown as new () => ELK;
    return new Elk();
  });
  return elkPromise;
}

// ---------------------------------------------------------------------------------------- order

const byName = (a: Resource, b: Resource) =>
  a.name.localeCompare(b.name, 'en', { numeric: true }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Where a kind goes in a subnet, in a VPC's table group, on a VPC's edge (lower first). */
const SUBNET_ORDER: Readonly<Record<string, number>> = { nat: 0, loadBalancer: 1, instance: 2, rds: 3, external: 4 };
const TABLE_ORDER: Readonly<Record<string, number>> = { routeTable: 0, nacl: 1, securityGroup: 2 };
/** On a VPC's edge: its gateways (the internet gateway, and what the import kept as external there). */
const EDGE_ORDER: Readonly<Record<string, number>> = { igw: 0, external: 1 };
const rank = (order: Readonly<Record<string, number>>, r: Resource) => order[r.kind] ?? 99;
/** The defaults first among the tables (main route table, default NACL, default security group). */
const isDefaultTable = (r: Resource) =>
  (r.kind === 'routeTable' && r.main) || ((r.kind === 'nacl' || r.kind === 'securityGroup') && r.isDefault);

/** The VPC a region-level attachment (peering, external) is drawn beside, if that VPC is in `region`. */
function anchorVpc(index: DesignIndex, r: Resource, region: ResourceId): ResourceId | null {
  const candidates: readonly (string | null)[] =
    r.kind === 'peering'
      ? [r.requesterVpcId, r.accepterVpcId]
      : 'vpcIds' in r && Array.isArray(r.vpcIds)
        ? (r.vpcIds as readonly string[])
        : [];
  for (const id of candidates) {
    const v = index.getKind(id, 'vpc');
    if (v && v.parent === region) return v.id;
  }
  return null;
}

// --------------------------------------------------------------------------------- label widths

/** Rough text widths of the canvas's container headers (styles.css `.vt-group__*`). */
const NAME_PX = 7.8; // 13px bold
const SUB_PX = 6.7; // 11px monospace
const CHIP_PX = 6.1; // 10px
const HEADER_CHROME = 32 + 6 + 2 + 8 + 30; // icon, gap, name padding, right padding, a finding badge

/** The least width that shows a container's header whole: name, CIDR / zone / code, a subnet's table chips. */
export function headerWidth(index: DesignIndex, r: Resource): number {
  const sub =
    r.kind === 'region'
      ? r.code
      : r.kind === 'vpc'
        ? r.cidrBlocks.join(', ')
        : r.kind === 'az'
          ? r.zone
          : r.kind === 'subnet'
            ? r.cidr
            : '';
  const line = r.name.length * NAME_PX + (sub && sub !== r.name ? 6 + sub.length * SUB_PX : 0);
  let chips = 0;
  if (r.kind === 'subnet') {
    const names = [effectiveRouteTable(index, r.id)?.name, effectiveNacl(index, r.id)?.name].filter(
      (n): n is string => !!n,
    );
    chips = names.reduce((w, n) => w + 24 + n.length * CHIP_PX, 0) + 6 * Math.max(0, names.length - 1);
  }
  return Math.ceil(HEADER_CHROME + Math.max(line, chips));
}

// ------------------------------------------------------------------------- rows and columns

/** Boxes placed relative to a block's top left, and the block's extent. */
interface Block {
  readonly at: Map<ResourceId, Position>;
  readonly width: number;
  readonly height: number;
}
type Sizes = Map<ResourceId, Size>;

/** Rows, left to right, wrapping before a box would pass `maxWidth` (a row holds at least one box). */
function rows(items: readonly Resource[], size: (r: Resource) => Size, maxWidth: number, gap = GAP): Block {
  const at = new Map<ResourceId, Position>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const r of items) {
    const s = size(r);
    if (x > 0 && x + s.width > maxWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    at.set(r.id, { x, y });
    width = Math.max(width, x + s.width);
    rowHeight = Math.max(rowHeight, s.height);
    x += s.width + gap;
  }
  return { at, width, height: items.length ? y + rowHeight : 0 };
}

/** Blocks one under the other (`dir: 'down'`) or side by side, top-aligned. */
function join(blocks: readonly Block[], dir: 'down' | 'right', gap = GAP): Block {
  const at = new Map<ResourceId, Position>();
  let offset = 0;
  let width = 0;
  let height = 0;
  for (const b of blocks) {
    if (!b.at.size) continue;
    const [dx, dy] = dir === 'down' ? [0, offset] : [offset, 0];
    for (const [id, p] of b.at) at.set(id, { x: p.x + dx, y: p.y + dy });
    offset += (dir === 'down' ? b.height : b.width) + gap;
    width = dir === 'down' ? Math.max(width, b.width) : offset - gap;
    height = dir === 'down' ? offset - gap : Math.max(height, b.height);
  }
  return { at, width, height };
}

/** The children of a subnet, an AZ or a VPC (or any other container but a region), arranged. */
function arrange(index: DesignIndex, c: Resource, size: (r: Resource) => Size): Block {
  const kids = [...index.children(c.id)];
  if (c.kind === 'subnet') {
    kids.sort((x, y) => rank(SUBNET_ORDER, x) - rank(SUBNET_ORDER, y) || byName(x, y));
    return rows(kids, size, leavesWidth(rowLength(kids.length)));
  }
  if (c.kind === 'az') {
    // Public subnets first, then by address.
    const key = new Map(
      kids.map((k) => [
        k.id,
        k.kind === 'subnet' ? [isPublicSubnet(index, k.id) ? 0 : 1, cidrOrNull(k.cidr)?.base ?? 0] : [2, 0],
      ]),
    );
    kids.sort((x, y) => {
      const [a, b] = [key.get(x.id)!, key.get(y.id)!];
      return a[0]! - b[0]! || a[1]! - b[1]! || byName(x, y);
    });
    return rows(kids, size, 0);
  }
  if (c.kind === 'vpc') {
    const edge = kids.filter((k) => k.kind in EDGE_ORDER);
    const azs = kids.filter((k) => isContainer(k));
    const tables = kids.filter((k) => !(k.kind in EDGE_ORDER) && !isContainer(k));
    edge.sort((x, y) => rank(EDGE_ORDER, x) - rank(EDGE_ORDER, y) || byName(x, y));
    azs.sort((x, y) => (x.kind === 'az' && y.kind === 'az' ? x.zone.localeCompare(y.zone) : 0) || byName(x, y));
    tables.sort(
      (x, y) =>
        rank(TABLE_ORDER, x) - rank(TABLE_ORDER, y) ||
        Number(isDefaultTable(y)) - Number(isDefaultTable(x)) ||
        byName(x, y),
    );
    const azRow = rows(azs, size, Infinity);
    // The gateways and the tables wrap to the width of the AZ row (at least four to a row).
    const width = Math.max(azRow.width, leavesWidth(4));
    return join([rows(edge, size, width), azRow, rows(tables, size, width)], 'down');
  }
  kids.sort(byName);
  return rows(kids, size, leavesWidth(4));
}

// ----------------------------------------------------------------------------------- ELK parts

const packOptions = (spacing: number, padding: string, aspect: number): LayoutOptions => ({
  'elk.algorithm': 'rectpacking',
  'elk.aspectRatio': String(aspect),
  'elk.spacing.nodeNode': String(spacing),
  'elk.padding': padding,
});
const CONTAINER_PAD = `[top=${CONTAINER_HEADER},left=${CONTAINER_PADDING},bottom=${CONTAINER_PADDING},right=${CONTAINER_PADDING}]`;
const NEW_ROW: LayoutOptions = { 'elk.rectpacking.inNewRow': 'true' };
/** ELK ids for blocks of several resources; no resource id holds a control character. */
const BLOCK = '\u0001';

/** A block as one box for ELK to pack, and how to read its members' positions back. */
function blockNode(id: string, b: Block, extra?: LayoutOptions): ElkNode {
  return { id: `${BLOCK}${id}`, width: b.width, height: b.height, ...(extra ? { layoutOptions: extra } : {}) };
}

/**
 * A region: each VPC in a cell with what attaches to it at the region level (its peerings, the
 * externals the import kept) in columns along its right edge; the cells packed by ELK; the rest
 * (prefix lists, attachments of VPCs elsewhere) in a last row.
 */
function regionGraph(
  index: DesignIndex,
  region: Resource,
  size: (r: Resource) => Size,
  blocks: Map<string, Block>,
  aspect: number,
) {
  const kids = index.children(region.id);
  const vpcs = kids.filter((k) => k.kind === 'vpc').sort(byName);
  const attached = new Map<ResourceId, Resource[]>();
  const loose: Resource[] = [];
  for (const k of kids) {
    if (k.kind === 'vpc') continue;
    const v = anchorVpc(index, k, region.id);
    if (v) attached.set(v, [...(attached.get(v) ?? []), k]);
    else loose.push(k);
  }
  const children: ElkNode[] = vpcs.map((v) => {
    const side = (attached.get(v.id) ?? []).sort(byName);
    const vpcBlock: Block = { at: new Map([[v.id, { x: 0, y: 0 }]]), ...size(v) };
    const perColumn = Math.max(1, Math.floor((size(v).height + GAP) / (LEAF_SIZE.height + GAP)));
    const columns = Array.from({ length: Math.ceil(side.length / perColumn) }, (_, i) =>
      rows(side.slice(i * perColumn, (i + 1) * perColumn), size, 0),
    );
    const cell = join([vpcBlock, ...columns], 'right');
    blocks.set(v.id, cell);
    return blockNode(v.id, cell);
  });
  if (loose.length) {
    const rest = rows(loose.sort(byName), size, Math.max(leavesWidth(4), 0));
    blocks.set(`${region.id}:rest`, rest);
    children.push(blockNode(`${region.id}:rest`, rest, vpcs.length ? NEW_ROW : undefined));
  }
  return { id: region.id, layoutOptions: packOptions(OUTER_GAP, CONTAINER_PAD, aspect), children };
}

/** Members' positions from ELK's placement of blocks (relative to the node ELK laid out). */
function readBlocks(n: ElkNode, blocks: Map<string, Block>, out: Map<ResourceId, Position>) {
  for (const k of n.children ?? []) {
    const b = blocks.get(k.id.slice(BLOCK.length));
    if (!b) continue;
    for (const [id, p] of b.at) out.set(id, { x: Math.round((k.x ?? 0) + p.x), y: Math.round((k.y ?? 0) + p.y) });
  }
}

// ------------------------------------------------------------------------------------- the pass

/**
 * Lay out the whole design: region › VPC › AZ › subnet › resources, public subnets first, gateways
 * on the VPC's edge, VPCs in a screen-shaped grid. Returns a new design; ids, parents and semantics
 * are untouched, only positions and container sizes change. Deterministic.
 */
export async function layoutNested(design: Design, options: NestedLayoutOptions = {}): Promise<Design> {
  const aspect =
    options.aspect !== undefined && Number.isFinite(options.aspect) && options.aspect > 0
      ? Math.min(4, Math.max(0.25, options.aspect))
      : SCREEN_ASPECT;
  const index = indexDesign(design);
  // Depth in the containment tree; a resource whose parent is missing, or in a cycle, counts as top level.
  const depthOf = new Map<ResourceId, number>();
  for (const r of index.byId.values()) {
    let d = 0;
    let p = index.get(r.parent);
    const seen = new Set([r.id]);
    while (p && !seen.has(p.id)) {
      seen.add(p.id);
      d++;
      p = index.get(p.parent);
    }
    depthOf.set(r.id, p ? 0 : d);
  }
  const kidsOf = new Map<ResourceId | null, Resource[]>();
  for (const r of index.byId.values()) {
    const p = depthOf.get(r.id) ? r.parent : null;
    let list = kidsOf.get(p);
    if (!list) kidsOf.set(p, (list = []));
    list.push(r);
  }
  const view: DesignIndex = { ...index, children: (id) => kidsOf.get(id) ?? [] };

  const sizes: Sizes = new Map();
  const size = (r: Resource): Size => sizes.get(r.id) ?? (isContainer(r) ? MIN_CONTAINER : sizeOf(r));
  const positions = new Map<ResourceId, Position>();
  const fit = (c: Resource, content: { width: number; height: number }, empty: boolean) =>
    sizes.set(c.id, {
      width: Math.ceil(Math.max(empty ? 0 : content.width, MIN_CONTAINER.width, headerWidth(view, c))),
      height: Math.ceil(Math.max(empty ? 0 : content.height, MIN_CONTAINER.height)),
    });

  const containers = [...index.byId.values()].filter(isContainer);
  const levels = [...new Set(containers.map((c) => depthOf.get(c.id)!))].sort((a, b) => b - a);
  for (const d of levels) {
    const level = containers.filter((c) => depthOf.get(c.id) === d);
    evenOut(view, level, sizes, size);
    const regions: ElkNode[] = [];
    const blocks = new Map<string, Block>();
    for (const c of level) {
      if (c.kind === 'region') {
        regions.push(regionGraph(view, c, size, blocks, aspect));
        continue;
      }
      const b = arrange(view, c, size);
      for (const [id, p] of b.at) positions.set(id, { x: p.x + CONTAINER_PADDING, y: p.y + CONTAINER_HEADER });
      fit(
        c,
        { width: b.width + 2 * CONTAINER_PADDING, height: b.height + CONTAINER_HEADER + CONTAINER_PADDING },
        !b.at.size,
      );
    }
    if (regions.length) {
      const elk = options.elk ?? (await loadElk());
      const out = await elk.layout({
        id: `${BLOCK}regions`,
        layoutOptions: { 'elk.algorithm': 'fixed' },
        children: regions,
      });
      for (const g of out.children ?? []) {
        const c = index.get(g.id)!;
        readBlocks(g, blocks, positions);
        fit(c, { width: g.width ?? 0, height: g.height ?? 0 }, view.children(c.id).length === 0);
      }
    }
  }

  // The top level: regions packed towards the screen's shape, anything else in a row below.
  const top = view.children(null);
  if (top.length) {
    const regions = top.filter((r) => r.kind === 'region').sort(byName);
    const rest = top.filter((r) => r.kind !== 'region').sort(byName);
    const blocks = new Map<string, Block>();
    const children: ElkNode[] = regions.map((r) => {
      const b: Block = { at: new Map([[r.id, { x: 0, y: 0 }]]), ...size(r) };
      blocks.set(r.id, b);
      return blockNode(r.id, b);
    });
    if (rest.length) {
      const b = rows(rest, size, Math.max(leavesWidth(4), ...regions.map((r) => size(r).width)));
      blocks.set('top:rest', b);
      children.push(blockNode('top:rest', b, regions.length ? NEW_ROW : undefined));
    }
    if (children.length === 1)
      readBlocks({ id: 'top', children: [{ ...children[0]!, x: 0, y: 0 }] }, blocks, positions);
    else {
      const elk = options.elk ?? (await loadElk());
      readBlocks(
        await elk.layout({
          id: `${BLOCK}top`,
          layoutOptions: packOptions(OUTER_GAP, '[top=0,left=0,bottom=0,right=0]', aspect),
          children,
        }),
        blocks,
        positions,
      );
    }
  }

  return {
    ...design,
    resources: design.resources.map((r) => {
      if (index.get(r.id) !== r) return r;
      const p = positions.get(r.id);
      const s = sizes.get(r.id);
      if (!p && !s) return r;
      return { ...r, ...(p ? { position: p } : {}), ...(s && isContainer(r) ? { size: s } : {}) } as Resource;
    }),
  };
}

/**
 * Before a level is laid out: the subnets of each AZ get one width and the AZs of each VPC one height
 * (their own children are placed already, from the top left, so a wider box moves nothing).
 */
function evenOut(index: DesignIndex, level: readonly Resource[], sizes: Sizes, size: (r: Resource) => Size) {
  for (const c of level) {
    const kind = c.kind === 'az' ? 'subnet' : c.kind === 'vpc' ? 'az' : null;
    if (!kind) continue;
    const kids = index.children(c.id).filter((k) => k.kind === kind);
    if (kids.length < 2) continue;
    if (kind === 'subnet') {
      const w = Math.max(...kids.map((k) => size(k).width));
      for (const k of kids) sizes.set(k.id, { width: w, height: size(k).height });
    } else {
      const h = Math.max(...kids.map((k) => size(k).height));
      for (const k of kids) sizes.set(k.id, { width: size(k).width, height: h });
    }
  }
}
