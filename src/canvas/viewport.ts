/**
 * Viewport math that keeps the diagram clear of what floats over the canvas (the minimap, the zoom
 * controls): React Flow's fitView frames the nodes in the whole pane, so the minimap hid a corner
 * of the diagram and a fresh node could land under it (issue #11). Pure: no React, no DOM.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface FitOptions {
  /** Space kept around the diagram, in screen pixels. */
  readonly padding?: number;
  /** Space kept between the diagram and an overlay, in screen pixels. */
  readonly margin?: number;
  readonly minZoom?: number;
  readonly maxZoom?: number;
}

type Side = 0 | 1 | 2 | 3; // left of, right of, above, below

/** The free rectangles of the pane: for each overlay, the part of the pane on one side of it. */
function freeAreas(pane: { width: number; height: number }, overlays: readonly Box[], padding: number, margin: number) {
  const out: Box[] = [];
  const n = overlays.length;
  const combos = 4 ** n;
  for (let c = 0; c < combos; c++) {
    let l = padding;
    let t = padding;
    let r = pane.width - padding;
    let b = pane.height - padding;
    let code = c;
    for (const o of overlays) {
      const side = (code % 4) as Side;
      code = Math.floor(code / 4);
      if (side === 0) r = Math.min(r, o.x - margin);
      else if (side === 1) l = Math.max(l, o.x + o.width + margin);
      else if (side === 2) b = Math.min(b, o.y - margin);
      else t = Math.max(t, o.y + o.height + margin);
    }
    if (r - l > 0 && b - t > 0) out.push({ x: l, y: t, width: r - l, height: b - t });
  }
  return out;
}

/**
 * The viewport that shows `bounds` (canvas coordinates) as large as it can be shown in a part of
 * the pane no overlay covers (overlays in pane coordinates), centred there.
 */
export function fitViewport(
  bounds: Box,
  pane: { width: number; height: number },
  overlays: readonly Box[],
  options: FitOptions = {},
): Viewport {
  const { padding = 24, margin = 12, minZoom = 0.1, maxZoom = 1 } = options;
  // Only overlays that are inside the pane matter; at most four (4^n side choices).
  const inPane = overlays
    .filter(
      (o) =>
        o.width > 0 && o.height > 0 && o.x < pane.width && o.y < pane.height && o.x + o.width > 0 && o.y + o.height > 0,
    )
    .slice(0, 4);
  const areas = freeAreas(pane, inPane, padding, margin);
  if (areas.length === 0) areas.push({ x: 0, y: 0, width: pane.width, height: pane.height });
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  let best: { area: Box; zoom: number } | null = null;
  for (const area of areas) {
    const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(area.width / bw, area.height / bh)));
    if (
      !best ||
      zoom > best.zoom + 1e-9 ||
      (Math.abs(zoom - best.zoom) <= 1e-9 && area.width * area.height > best.area.width * best.area.height)
    )
      best = { area, zoom };
  }
  const { area, zoom } = best!;
  return {
    x: area.x + (area.width - bw * zoom) / 2 - bounds.x * zoom,
    y: area.y + (area.height - bh * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The smallest pan (screen pixels) that brings `rect` (pane coordinates) inside the pane and off
 * every overlay; {0, 0} when it already is.
 */
export function revealPan(
  rect: Box,
  pane: { width: number; height: number },
  overlays: readonly Box[],
  margin = 16,
): { dx: number; dy: number } {
  const clampInto = (lo: number, size: number, max: number) =>
    size + 2 * margin > max
      ? margin - lo
      : lo < margin
        ? margin - lo
        : lo + size > max - margin
          ? max - margin - (lo + size)
          : 0;
  const base = { dx: clampInto(rect.x, rect.width, pane.width), dy: clampInto(rect.y, rect.height, pane.height) };
  const at = (d: { dx: number; dy: number }) => ({ ...rect, x: rect.x + d.dx, y: rect.y + d.dy });
  const clear = (d: { dx: number; dy: number }) => {
    const r = at(d);
    return (
      r.x >= margin - 0.5 &&
      r.y >= margin - 0.5 &&
      r.x + r.width <= pane.width - margin + 0.5 &&
      r.y + r.height <= pane.height - margin + 0.5 &&
      overlays.every(
        (o) =>
          !intersects(r, {
            x: o.x - margin,
            y: o.y - margin,
            width: o.width + 2 * margin,
            height: o.height + 2 * margin,
          }),
      )
    );
  };
  if (clear(base)) return base;
  const candidates: { dx: number; dy: number }[] = [];
  for (const o of overlays) {
    const r = at(base);
    candidates.push(
      { dx: base.dx + (o.x - margin - (r.x + r.width)), dy: base.dy },
      { dx: base.dx + (o.x + o.width + margin - r.x), dy: base.dy },
      { dx: base.dx, dy: base.dy + (o.y - margin - (r.y + r.height)) },
      { dx: base.dx, dy: base.dy + (o.y + o.height + margin - r.y) },
    );
  }
  const ok = candidates.filter(clear).sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
  return ok[0] ?? base;
}

/** React Flow's minimap size, the largest it is drawn at. */
export const MINIMAP = { width: 200, height: 150 } as const;

/**
 * The minimap's size in a pane of this size, or null: none. It takes at most a quarter of the
 * pane's width and of its height (a 1024×700 window with the side pane widened left a canvas the
 * full-size minimap covered a third of), and is left out when that would draw it under half size,
 * too small to find anything on.
 */
export function minimapSize(pane: { width: number; height: number }): { width: number; height: number } | null {
  const ratio = MINIMAP.height / MINIMAP.width;
  const width = Math.min(MINIMAP.width, pane.width / 4, pane.height / 4 / ratio);
  if (width < MINIMAP.width / 2) return null;
  return { width: Math.round(width), height: Math.round(width * ratio) };
}
