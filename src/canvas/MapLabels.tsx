/**
 * Map labels: zoomed out far enough that a container's own name is a few pixels high (an imported
 * estate of ten VPCs and a hundred subnets at fit view), the names of the regions, VPCs, subnets and
 * zones are drawn on a layer above the nodes at a size that stays readable on screen, as a map labels
 * its towns. A label shows only where it fits its box and does not cover a label placed before it
 * (regions, then VPCs, subnets, zones), so the picture never turns into a heap of text. Never in an
 * export, which is drawn at zoom 1 with every name in place.
 */
import { memo, useMemo } from 'react';
import { ViewportPortal, useStore } from '@xyflow/react';
import { sizeOf } from '../catalog/index.ts';
import { absolutePosition, indexDesign, type Design, type ResourceKind } from '../model/index.ts';

/** Below this zoom the map labels show (the nodes' own names are compact or hidden: Canvas.tsx). */
export const MAP_LABEL_ZOOM = 0.35;
/** The labels' height on screen, in pixels: regions and VPCs, then subnets and zones (styles.css). */
const LABEL_PX: Partial<Record<ResourceKind, number>> = { region: 12, vpc: 12, subnet: 10, az: 10 };
/** Which container names are labelled, first placed first. */
const ORDER: readonly ResourceKind[] = ['region', 'vpc', 'subnet', 'az'];

export interface MapLabel {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly name: string;
  /** Where the label's top-left goes, in diagram coordinates. */
  readonly x: number;
  readonly y: number;
  /** The room it has, in diagram coordinates (the box's width less a margin). */
  readonly maxWidth: number;
}

/**
 * The labels to draw at `zoom`: each container whose box is wide enough on screen for a short name,
 * unless its label would cover one already placed. A region's label sits just above its box (its
 * first VPC starts at its top-left corner), the others inside their box's top-left corner. Pure.
 */
export function mapLabels(design: Design, zoom: number): MapLabel[] {
  const index = indexDesign(design);
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const out: MapLabel[] = [];
  for (const kind of ORDER) {
    const boxes = index.ofKind(kind).map((r) => ({ r, p: absolutePosition(index, r.id), s: sizeOf(r) }));
    // Big boxes first: when two labels compete, the larger container's name wins.
    boxes.sort((a, b) => b.s.width * b.s.height - a.s.width * a.s.height || a.p.y - b.p.y || a.p.x - b.p.x);
    const px = LABEL_PX[kind] ?? 10;
    const h = px / zoom; // a label's height in diagram coordinates
    const charW = (px * 0.62) / zoom; // a character's width, roughly (the label font is bold)
    for (const { r, p, s } of boxes) {
      const pad = 3 / zoom;
      const maxWidth = s.width - 2 * pad;
      if (maxWidth * zoom < 30 || s.height * zoom < px + 4) continue; // too small on screen to name
      const w = Math.min(maxWidth, (r.name.length + 1) * charW);
      const x = p.x + pad;
      const y = kind === 'region' ? p.y - h - pad : p.y + pad;
      if (placed.some((q) => x < q.x + q.w && q.x < x + w && y < q.y + q.h && q.y < y + h)) continue;
      placed.push({ x, y, w, h });
      out.push({ id: r.id, kind, name: r.name, x, y, maxWidth });
    }
  }
  return out;
}

/** The zoom rounded to steps of 10 %, so labels are placed again only when it changes that much. */
const stepped = (z: number) => Math.pow(1.1, Math.round(Math.log(z) / Math.log(1.1)));

function MapLabelsImpl({ design }: { design: Design }) {
  const zoom = useStore((s) => (s.transform[2] < MAP_LABEL_ZOOM ? stepped(s.transform[2]) : 0));
  const labels = useMemo(() => (zoom ? mapLabels(design, zoom) : []), [design, zoom]);
  if (!zoom) return null;
  return (
    <ViewportPortal>
      <div className="vt-map-labels" data-testid="map.labels" aria-hidden="true">
        {labels.map((l) => (
          <span
            key={l.id}
            className={`vt-map-label vt-map-label--${l.kind}`}
            data-testid="map.label"
            data-id={l.id}
            data-kind={l.kind}
            style={{
              transform: `translate(${l.x}px, ${l.y}px) scale(${1 / zoom})`,
              maxWidth: `${l.maxWidth * zoom}px`,
            }}
          >
            {l.name}
          </span>
        ))}
      </div>
    </ViewportPortal>
  );
}

export const MapLabels = memo(MapLabelsImpl);
