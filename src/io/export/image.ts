/**
 * The DOM part of image export: draw React Flow's viewport element (nodes, edges, flow labels,
 * badges) into a PNG or SVG with html-to-image, framed around the whole diagram rather than
 * what is on screen. This is React Flow's download-image example
 * (https://reactflow.dev/examples/misc/download-image) with the size and transform from frame.ts.
 *
 * html-to-image is pinned to exactly 1.11.11: later versions drop edges whose stroke comes from
 * CSS (html-to-image #516, xyflow #5194), and every flow edge here is coloured by CSS. The e2e
 * test "exports the whole diagram as a PNG…" counts edge pixels to catch an upgrade that breaks it.
 */
import { toPng, toSvg } from 'html-to-image';
import { getViewportForBounds, type Rect } from '@xyflow/react';
import { exportFrame } from './frame.ts';

export type ImageFormat = 'png' | 'svg';
export type ImageBackground = 'white' | 'transparent';

/** The elements left out of the picture: connection handles are editing affordances, not diagram. */
function keep(node: HTMLElement): boolean {
  const cls = node.classList;
  return !cls || !(cls.contains('react-flow__handle') || cls.contains('react-flow__resize-control'));
}

/**
 * Edge arrowheads are `<marker>`s defined in an SVG outside the viewport (EdgeMarkers), so a copy
 * of the viewport alone would lose them. Lend the viewport a copy of their definitions while the
 * picture is taken.
 */
function lendMarkers(viewport: HTMLElement): () => void {
  const owners = new Set<SVGSVGElement>();
  for (const marker of document.querySelectorAll<SVGMarkerElement>('svg marker')) {
    const svg = marker.ownerSVGElement;
    if (svg && !viewport.contains(svg)) owners.add(svg);
  }
  const copies = [...owners].map((svg) => {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('aria-hidden', 'true');
    copy.style.position = 'absolute';
    copy.style.width = '0';
    copy.style.height = '0';
    viewport.prepend(copy);
    return copy;
  });
  return () => copies.forEach((c) => c.remove());
}

/**
 * A data URL of the whole diagram, or null when it is empty. `bounds` are the absolute bounds of
 * all nodes (React Flow's getNodesBounds).
 */
export async function renderDiagram(viewport: HTMLElement, bounds: Rect, format: ImageFormat, background: ImageBackground): Promise<string | null> {
  const frame = exportFrame(bounds);
  if (!frame) return null;
  const vp = getViewportForBounds(bounds, frame.width, frame.height, frame.viewport.zoom, frame.viewport.zoom, 0);
  const giveBack = lendMarkers(viewport);
  // A picture on white uses the light palette even when the app is in dark mode.
  const light = background === 'white';
  if (light) viewport.classList.add('vt-export-light');
  try {
    const options = {
      backgroundColor: background === 'white' ? '#ffffff' : undefined,
      width: frame.width,
      height: frame.height,
      pixelRatio: frame.pixelRatio,
      // The app uses system fonts only: nothing to embed, and reading every stylesheet is slow.
      skipFonts: true,
      filter: keep,
      style: {
        width: `${frame.width}px`,
        height: `${frame.height}px`,
        transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
      },
    };
    return format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  } finally {
    giveBack();
    if (light) viewport.classList.remove('vt-export-light');
  }
}
