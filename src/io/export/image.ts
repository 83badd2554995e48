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
import { toBlob, toSvg } from 'html-to-image';
import { getViewportForBounds, type Rect } from '@xyflow/react';
import { ExportError } from './errors.ts';
import { exportFrame } from './frame.ts';
import { xmlSafe } from './xml.ts';

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
 * The CSS properties worth copying onto the picture: every property some author rule declares
 * (our stylesheet and React Flow's, longhands, inside @media/@supports/@layer/nesting too) or an
 * element of the picture sets inline. Everything else has the same value in the picture as on
 * screen anyway: the browser's defaults, which apply inside the picture as well.
 *
 * html-to-image copies every computed property of every element by default (about 350 each): for
 * a 500-resource diagram that was 4 s of cloning and a 30 MB SVG to rasterise. With this list it
 * copies a few dozen (the `includeStyleProperties` option, patched into the pinned 1.11.11 from
 * 1.11.13: patches/html-to-image+1.11.11.patch).
 */
function authorStyleProperties(doc: Document, root?: Element): string[] {
  // Each property with whether some declaration gives it a real value. One declared only as
  // `initial`/`inherit`/`unset`/`revert` (shorthands such as `font: inherit` reset a dozen
  // longhands that way) has its default everywhere, in the picture too, so it is not copied.
  const names = new Map<string, boolean>();
  const addStyle = (style: CSSStyleDeclaration) => {
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      if (!name || name.startsWith('--')) continue;
      const real = !CSS_WIDE_KEYWORDS.has(style.getPropertyValue(name).trim());
      names.set(name, (names.get(name) ?? false) || real);
    }
  };
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) addStyle(rule.style);
      if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; the app has none.
    }
  }
  if (root) {
    const inline = [root, ...Array.from(root.querySelectorAll('[style]'))];
    for (const el of inline) if (el instanceof HTMLElement || el instanceof SVGElement) addStyle(el.style);
  }
  return [...names]
    .filter(([, real]) => real)
    .map(([name]) => name)
    .sort();
}

const CSS_WIDE_KEYWORDS = new Set(['initial', 'inherit', 'unset', 'revert', 'revert-layer']);

/** Properties that only matter to a pointer or over time, never to a still picture. */
const NOT_IN_A_PICTURE =
  /^(animation|transition|scroll-|cursor$|pointer-events$|touch-action$|user-select$|will-change$|caret-color$|resize$)/;

/**
 * The whole diagram as a PNG or SVG file, or null when it is empty. `bounds` are the absolute bounds of
 * all nodes (React Flow's getNodesBounds).
 */
export async function renderDiagram(
  viewport: HTMLElement,
  bounds: Rect,
  format: ImageFormat,
  background: ImageBackground,
): Promise<Blob | null> {
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
      includeStyleProperties: authorStyleProperties(document, viewport).filter((p) => !NOT_IN_A_PICTURE.test(p)),
      filter: keep,
      // Names are free text; XML 1.0 cannot hold some of it (the sanitizeXml patch, xml.ts).
      sanitizeXml: xmlSafe,
      style: {
        width: `${frame.width}px`,
        height: `${frame.height}px`,
        transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
      },
    };
    // PNG straight from the canvas to a Blob: no base64 data URL of several megabytes on the way.
    if (format === 'png') {
      const png = await toBlob(viewport, options);
      // canvas.toBlob gives null when the browser cannot hold the picture.
      if (!png) throw new ExportError('memory');
      return png;
    }
    return await (await fetch(await toSvg(viewport, options))).blob();
  } catch (e) {
    // The browser reports an SVG it cannot draw as a bare Event (img.onerror): say it in words.
    if (e instanceof Error) throw e;
    throw new ExportError('draw', { cause: e });
  } finally {
    giveBack();
    if (light) viewport.classList.remove('vt-export-light');
  }
}
