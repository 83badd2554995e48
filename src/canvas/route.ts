/**
 * A small orthogonal edge router for traffic flows, and a label placer. Pure: no React, no DOM.
 *
 * A flow leaves its source's right handle and enters its target's left handle. Bezier curves
 * (React Flow's default) cut straight through whatever lies between, and their midpoint label lands
 * on top of nodes (issue #11). Here every other resource on the canvas is an obstacle: the route is
 * a shortest path with few bends over the orthogonal grid spanned by the obstacles' edges (a sparse
 * "orthogonal visibility graph", as in libavoid or yFiles), and the label goes on a stretch of the
 * route where it covers no node, no container header and no other label.
 *
 * Libraries considered: @tisoap/react-flow-smart-edge subscribes every edge to all nodes
 * (useNodes) and searches a pixel grid over the whole canvas, which a 1,000-resource design cannot
 * afford on every drag frame (BENCHMARKS.md); libavoid-js is a multi-megabyte WASM build.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Clearance kept between a route and the nodes it passes. */
const CLEARANCE = 10;
/** Length of the straight piece leaving the source handle and entering the target handle. */
const STUB = 12;
/** Cost of one bend, in pixels of length: a route takes a detour of up to this much to save a turn. */
const BEND = 48;
/** Cost per pixel run inside a soft area (a container header). */
const SOFT = 2;
/** Cost per pixel of a stretch another route already takes. */
const SHARED = 0.5;
/** Above this many obstacles, only those near the two ends are considered. */
const MAX_OBSTACLES = 80;

type Dir = 0 | 1 | 2 | 3; // right, down, left, up
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

function inflate(r: Rect, m: number): Rect {
  return { x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m };
}

/** Strictly inside (touching the border is allowed: routes run along inflated borders). */
function inside(p: Point, r: Rect): boolean {
  return p.x > r.x + 0.5 && p.x < r.x + r.width - 0.5 && p.y > r.y + 0.5 && p.y < r.y + r.height - 0.5;
}

/** An axis-parallel segment crossing a rectangle's interior. */
export function segmentHits(a: Point, b: Point, r: Rect): boolean {
  const x0 = Math.min(a.x, b.x);
  const x1 = Math.max(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const y1 = Math.max(a.y, b.y);
  return x0 < r.x + r.width - 0.5 && x1 > r.x + 0.5 && y0 < r.y + r.height - 0.5 && y1 > r.y + 0.5;
}

/** Side of a cell of the rectangle grids below, in canvas pixels (a leaf is 80–200 px wide). */
const CELL = 256;
/** A rectangle spanning more cells than this (or not finite) is checked by every query instead. */
const MAX_CELLS = 4096;

/**
 * A uniform grid over a list of rectangles: which of them may touch a box, among thousands,
 * without looking at each. Answers indices in ascending order, so a caller that filters or sums
 * over the answer sees the rectangles in the list's own order, as a scan of the whole list would.
 */
export class RectGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly always: number[] = [];
  private readonly stamp: Uint32Array;
  private query = 0;
  constructor(readonly rects: readonly Rect[]) {
    this.stamp = new Uint32Array(rects.length);
    rects.forEach((r, k) => {
      const x0 = Math.floor(r.x / CELL);
      const x1 = Math.floor((r.x + r.width) / CELL);
      const y0 = Math.floor(r.y / CELL);
      const y1 = Math.floor((r.y + r.height) / CELL);
      if (![x0, x1, y0, y1].every(Number.isFinite) || (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
        this.always.push(k);
        return;
      }
      for (let cy = y0; cy <= y1; cy++)
        for (let cx = x0; cx <= x1; cx++) {
          const key = cellKey(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(k);
          else this.cells.set(key, [k]);
        }
    });
  }

  /** Indices (ascending) of every rectangle that may overlap the box [x0, x1] × [y0, y1], and maybe a few more. */
  near(x0: number, y0: number, x1: number, y1: number): number[] {
    const out = [...this.always];
    const q = ++this.query;
    for (const k of out) this.stamp[k] = q;
    const cx0 = Math.floor(x0 / CELL);
    const cx1 = Math.floor(x1 / CELL);
    const cy0 = Math.floor(y0 / CELL);
    const cy1 = Math.floor(y1 / CELL);
    if (![cx0, cx1, cy0, cy1].every(Number.isFinite) || (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > this.cells.size) {
      // A box covering more cells than are filled: every filled cell is nearer to hand.
      for (const list of this.cells.values()) collect(list, this.stamp, q, out);
    } else
      for (let cy = cy0; cy <= cy1; cy++)
        for (let cx = cx0; cx <= cx1; cx++) {
          const list = this.cells.get(cellKey(cx, cy));
          if (list) collect(list, this.stamp, q, out);
        }
    return out.sort((a, b) => a - b);
  }
}

function cellKey(cx: number, cy: number): number {
  return (cx + 2 ** 24) * 2 ** 26 + (cy + 2 ** 24);
}

function collect(list: readonly number[], stamp: Uint32Array, q: number, out: number[]) {
  for (const k of list)
    if (stamp[k] !== q) {
      stamp[k] = q;
      out.push(k);
    }
}

/** Lists this long are looked up through a grid (built once per list: callers pass the same array). */
const GRID_ABOVE = 64;
const grids = new WeakMap<readonly Rect[], RectGrid>();

function gridOf(rects: readonly Rect[]): RectGrid {
  let g = grids.get(rects);
  if (!g) grids.set(rects, (g = new RectGrid(rects)));
  return g;
}

function nearest(obstacles: readonly Rect[], a: Point, b: Point): Rect[] {
  if (obstacles.length <= MAX_OBSTACLES) return [...obstacles];
  const pad = 400;
  const box = {
    x: Math.min(a.x, b.x) - pad,
    y: Math.min(a.y, b.y) - pad,
    width: Math.abs(a.x - b.x) + 2 * pad,
    height: Math.abs(a.y - b.y) + 2 * pad,
  };
  const hits = (r: Rect) => segmentHits({ x: box.x, y: box.y }, { x: box.x + box.width, y: box.y + box.height }, r);
  const near: Rect[] = [];
  for (const k of gridOf(obstacles).near(box.x, box.y, box.x + box.width, box.y + box.height)) {
    const r = obstacles[k]!;
    if (hits(r)) near.push(r);
  }
  if (near.length <= MAX_OBSTACLES) return near;
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  const d = (r: Rect) => Math.abs(r.x + r.width / 2 - cx) + Math.abs(r.y + r.height / 2 - cy);
  return near.sort((p, q) => d(p) - d(q)).slice(0, MAX_OBSTACLES);
}

/** A binary min-heap keyed by number, enough for A* on a few thousand vertices. */
class Heap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, val: number) {
    const k = this.keys;
    const v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }
  pop(): number {
    const k = this.keys;
    const v = this.vals;
    const top = v[0]!;
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k.length) break;
        const c = l + 1 < k.length && k[l + 1]! < k[l]! ? l + 1 : l;
        if (k[c]! >= lastK) break;
        k[i] = k[c]!;
        v[i] = v[c]!;
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}

/**
 * An orthogonal route from `from` (leaving rightwards) to `to` (entering rightwards), around
 * `obstacles`. Returns the polyline's corner points, first `from`, last `to`; consecutive points
 * differ in x or y only. Falls back to a three-segment step when no route exists.
 */
export function routeOrthogonal(
  from: Point,
  to: Point,
  obstacles: readonly Rect[],
  options: {
    /** Places to cross rather than follow (container headers, with their names and chips): a cost per pixel inside. */
    readonly soft?: readonly Rect[];
    /** Stretches earlier routes took ("x0,y0,x1,y1"): sharing them costs more, so parallel flows separate. */
    readonly used?: Set<string>;
  } = {},
): Point[] {
  const s = { x: from.x + STUB, y: from.y };
  const e = { x: to.x - STUB, y: to.y };
  const soft = nearest(options.soft ?? [], s, e);
  const used = options.used;
  const obs = nearest(obstacles, s, e)
    .map((r) => inflate(r, CLEARANCE))
    // An obstacle covering an end (nodes packed tighter than the clearance) would make it unreachable.
    .filter((r) => !inside(s, r) && !inside(e, r));
  const xsSet = new Set<number>([s.x, e.x]);
  const ysSet = new Set<number>([s.y, e.y]);
  let minX = Math.min(s.x, e.x);
  let maxX = Math.max(s.x, e.x);
  let minY = Math.min(s.y, e.y);
  let maxY = Math.max(s.y, e.y);
  for (const r of obs) {
    xsSet.add(r.x);
    xsSet.add(r.x + r.width);
    ysSet.add(r.y);
    ysSet.add(r.y + r.height);
    minX = Math.min(minX, r.x);
    maxX = Math.max(maxX, r.x + r.width);
    minY = Math.min(minY, r.y);
    maxY = Math.max(maxY, r.y + r.height);
  }
  for (const r of soft) {
    // Lines just outside a header, so a route can run beside it instead of along it.
    ysSet.add(r.y - 6);
    ysSet.add(r.y + r.height + 6);
  }
  // A ring around everything, so a route can always go round.
  xsSet.add(minX - 24).add(maxX + 24);
  ysSet.add(minY - 24).add(maxY + 24);
  const xs = [...xsSet].sort((a, b) => a - b);
  const ys = [...ysSet].sort((a, b) => a - b);
  const nx = xs.length;
  const ny = ys.length;
  // Which grid points lie inside an obstacle, which links between neighbours cross one, and what
  // crossing the soft areas costs: each rectangle marks the run of grid lines it covers (the same
  // tests as `inside` and `segmentHits`, point by point), instead of every point asking every rectangle.
  const free = new Uint8Array(nx * ny).fill(1);
  const blockR = new Uint8Array(nx * ny);
  const blockD = new Uint8Array(nx * ny);
  for (const r of obs) {
    const lo = r.x + 0.5;
    const hi = r.x + r.width - 0.5;
    const top = r.y + 0.5;
    const bottom = r.y + r.height - 0.5;
    const [i0, i1] = strictlyBetween(xs, lo, hi);
    const [j0, j1] = strictlyBetween(ys, top, bottom);
    const [li0, li1] = linksAcross(xs, lo, hi);
    const [lj0, lj1] = linksAcross(ys, top, bottom);
    for (let j = j0; j < j1; j++) {
      for (let i = i0; i < i1; i++) free[j * nx + i] = 0;
      for (let i = li0; i < li1; i++) blockR[j * nx + i] = 1;
    }
    for (let j = lj0; j < lj1; j++) for (let i = i0; i < i1; i++) blockD[j * nx + i] = 1;
  }
  // Extra cost of a link: the length it runs inside soft areas (summed in the areas' order), and
  // whether an earlier route took it.
  const softR = new Float64Array(nx * ny);
  const softD = new Float64Array(nx * ny);
  for (const r of soft) {
    const lo = r.x + 0.5;
    const hi = r.x + r.width - 0.5;
    const top = r.y + 0.5;
    const bottom = r.y + r.height - 0.5;
    const [i0, i1] = strictlyBetween(xs, lo, hi);
    const [j0, j1] = strictlyBetween(ys, top, bottom);
    const [li0, li1] = linksAcross(xs, lo, hi);
    const [lj0, lj1] = linksAcross(ys, top, bottom);
    for (let j = j0; j < j1; j++)
      for (let i = li0; i < li1; i++) softR[j * nx + i]! += softCost(xs[i]!, ys[j]!, xs[i + 1]!, ys[j]!, r);
    for (let j = lj0; j < lj1; j++)
      for (let i = i0; i < i1; i++) softD[j * nx + i]! += softCost(xs[i]!, ys[j]!, xs[i]!, ys[j + 1]!, r);
  }
  const usedR = new Uint8Array(nx * ny);
  const usedD = new Uint8Array(nx * ny);
  if (used?.size) {
    const col = new Map(xs.map((x, i) => [x, i]));
    const row = new Map(ys.map((y, j) => [y, j]));
    const t = usedTuples(used);
    for (let k = 0; k < t.length; k += 4) {
      const [x0, y0, x1, y1] = [t[k]!, t[k + 1]!, t[k + 2]!, t[k + 3]!];
      const i = col.get(x0);
      const j = row.get(y0);
      if (i === undefined || j === undefined) continue;
      if (y0 === y1 && xs[i + 1] === x1) usedR[j * nx + i] = 1;
      if (x0 === x1 && ys[j + 1] === y1) usedD[j * nx + i] = 1;
    }
  }
  // Open links to the right (i -> i+1) and down (j -> j+1): both ends free, the segment crosses no obstacle.
  const openR = new Uint8Array(nx * ny);
  const openD = new Uint8Array(nx * ny);
  const extraR = new Float64Array(nx * ny);
  const extraD = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const v = j * nx + i;
      if (!free[v]) continue;
      if (i + 1 < nx && free[v + 1] && !blockR[v]) {
        openR[v] = 1;
        extraR[v] = usedR[v] ? softR[v]! + SHARED * (xs[i + 1]! - xs[i]!) : softR[v]!;
      }
      if (j + 1 < ny && free[v + nx] && !blockD[v]) {
        openD[v] = 1;
        extraD[v] = usedD[v] ? softD[v]! + SHARED * (ys[j + 1]! - ys[j]!) : softD[v]!;
      }
    }
  const si = xs.indexOf(s.x) + ys.indexOf(s.y) * nx;
  const ei = xs.indexOf(e.x) + ys.indexOf(e.y) * nx;
  // A* over (vertex, heading). Heading into the start is "right" (out of the source handle).
  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const prev = new Int32Array(states).fill(-1);
  const heap = new Heap();
  const h = (v: number) => Math.abs(xs[v % nx]! - e.x) + Math.abs(ys[(v / nx) | 0]! - e.y);
  const start = si * 4 + 0;
  cost[start] = 0;
  heap.push(h(si), start);
  let goal = -1;
  while (heap.size) {
    const st = heap.pop();
    const v = st >> 2;
    const d = (st & 3) as Dir;
    const c = cost[st]!;
    if (v === ei) {
      // Arriving heading anywhere but right means one more bend into the target.
      const total = c + (d === 0 ? 0 : BEND);
      if (goal === -1 || total < cost[goal]! + (((goal & 3) as Dir) === 0 ? 0 : BEND)) goal = st;
      if (d === 0) break;
      continue;
    }
    const i = v % nx;
    const j = (v / nx) | 0;
    for (let nd = 0 as Dir; nd < 4; nd = (nd + 1) as Dir) {
      if (nd === ((d + 2) & 3)) continue; // no U-turn in place
      const ni = i + DX[nd];
      const nj = j + DY[nd];
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const open = nd === 0 ? openR[v] : nd === 2 ? openR[v - 1] : nd === 1 ? openD[v] : openD[v - nx];
      if (!open) continue;
      const nv = nj * nx + ni;
      const len = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const ns = nv * 4 + nd;
      const more = nd === 0 ? extraR[v]! : nd === 2 ? extraR[v - 1]! : nd === 1 ? extraD[v]! : extraD[v - nx]!;
      const nc = c + len + more + (nd === d ? 0 : BEND);
      if (nc < cost[ns]!) {
        cost[ns] = nc;
        prev[ns] = st;
        heap.push(nc + h(nv), ns);
      }
    }
  }
  if (goal === -1) {
    const mx = (s.x + e.x) / 2;
    return simplify([from, s, { x: mx, y: s.y }, { x: mx, y: e.y }, e, to]);
  }
  const pts: Point[] = [];
  for (let st = goal; st !== -1; st = prev[st]!) {
    const v = st >> 2;
    pts.push({ x: xs[v % nx]!, y: ys[(v / nx) | 0]! });
  }
  pts.reverse();
  if (used) {
    const tuples = usedTuples(used);
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1]!;
      const b = pts[k]!;
      // Keyed the way the grid walks it (left to right, top to bottom).
      const [p, q] = a.x < b.x || a.y < b.y ? [a, b] : [b, a];
      const key = `${p.x},${p.y},${q.x},${q.y}`;
      if (used.has(key)) continue;
      used.add(key);
      tuples.push(p.x, p.y, q.x, q.y);
    }
  }
  return simplify([from, ...pts, to]);
}

/** The range [k0, k1) of the sorted `lines` strictly between lo and hi. */
function strictlyBetween(lines: readonly number[], lo: number, hi: number): [number, number] {
  let k0 = 0;
  while (k0 < lines.length && !(lines[k0]! > lo)) k0++;
  let k1 = k0;
  while (k1 < lines.length && lines[k1]! < hi) k1++;
  return [k0, k1];
}

/** The range [k0, k1) of links k -> k+1 between the sorted `lines` that overlap (lo, hi). */
function linksAcross(lines: readonly number[], lo: number, hi: number): [number, number] {
  let k0 = 0;
  while (k0 + 1 < lines.length && !(lines[k0 + 1]! > lo)) k0++;
  let k1 = k0;
  while (k1 + 1 < lines.length && lines[k1]! < hi) k1++;
  return [k0, k1];
}

/** What running from p to q inside the soft area r costs (the segment crosses r). */
function softCost(px: number, py: number, qx: number, qy: number, r: Rect): number {
  const w = Math.min(Math.max(px, qx), r.x + r.width) - Math.max(Math.min(px, qx), r.x);
  const h = Math.min(Math.max(py, qy), r.y + r.height) - Math.max(Math.min(py, qy), r.y);
  return SOFT * Math.max(w, h, 0);
}

/** The stretches of a `used` set as numbers (x0, y0, x1, y1, ...), kept beside it as routes add to it. */
const usedNumbers = new WeakMap<Set<string>, number[]>();
function usedTuples(used: Set<string>): number[] {
  let t = usedNumbers.get(used);
  if (!t || t.length !== used.size * 4) {
    t = [];
    for (const key of used) t.push(...key.split(',').map(Number));
    usedNumbers.set(used, t);
  }
  return t;
}

/** Drop repeated points and the middle of three collinear ones. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to put a label of `size` on the route: centred on the line, on the longest stretches
 * first, at the first spot where it covers nothing in `avoid`. When every spot covers something,
 * the one covering least. Returns the label's centre. `more`: further boxes to avoid, after
 * `avoid` (a long `avoid` passed again for every label is looked up through a grid; `more` is scanned).
 */
export function placeLabel(
  points: readonly Point[],
  size: { width: number; height: number },
  avoid: readonly Rect[],
  more: readonly Rect[] = [],
): Point {
  const grid = avoid.length > GRID_ABOVE ? gridOf(avoid) : null;
  const segs: { a: Point; b: Point; len: number }[] = [];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    segs.push({ a, b, len: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) });
  }
  // Not on the stubs at the ends: a label there would sit on the handle and the arrowhead.
  const inner = segs.length > 2 ? segs.slice(1, -1) : segs;
  const ordered = [...inner].sort((p, q) => q.len - p.len);
  let best: Point | null = null;
  let bestCover = Infinity;
  const rectAt = (c: Point): Rect => ({
    x: c.x - size.width / 2 - 2,
    y: c.y - size.height / 2 - 2,
    width: size.width + 4,
    height: size.height + 4,
  });
  for (const s of ordered) {
    const horizontal = s.a.y === s.b.y;
    const room = horizontal ? size.width : size.height;
    const steps = Math.max(1, Math.min(12, Math.floor(s.len / 12)));
    // From the middle outwards.
    const fractions = [0.5];
    for (let k = 1; k <= steps; k++) fractions.push(0.5 - k / (2 * steps), 0.5 + k / (2 * steps));
    for (const f of fractions) {
      const c = { x: s.a.x + (s.b.x - s.a.x) * f, y: s.a.y + (s.b.y - s.a.y) * f };
      // The label stays on its own segment.
      const along = horizontal ? Math.abs(c.x - s.a.x) : Math.abs(c.y - s.a.y);
      if (s.len >= room && (along < room / 2 || s.len - along < room / 2)) continue;
      const r = rectAt(c);
      let cover = 0;
      // Only boxes that overlap add anything, so summing those in the list's order is the same sum.
      if (grid) for (const k of grid.near(r.x, r.y, r.x + r.width, r.y + r.height)) cover += overlapArea(r, avoid[k]!);
      else for (const o of avoid) cover += overlapArea(r, o);
      for (const o of more) cover += overlapArea(r, o);
      if (cover === 0) return c;
      if (cover < bestCover) {
        bestCover = cover;
        best = c;
      }
    }
  }
  if (best) return best;
  const a = points[0] ?? { x: 0, y: 0 };
  const b = points[points.length - 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The approximate box of a flow label (styles.css .vt-flow-label: 11 px bold, 7 px padding). */
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(text.length * 7 + 18), height: 19 };
}
