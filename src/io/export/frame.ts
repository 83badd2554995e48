/**
 * The pure part of image export: how big the picture of the whole diagram is, where the diagram
 * sits in it, and what the file is called. The DOM part (image.ts) feeds React Flow's node bounds
 * in and hands the result to html-to-image.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space around the diagram, in diagram pixels: edges and flow labels may stick out of the node boxes. */
export const EXPORT_PADDING = 48;
/** Sharp on high-density screens and in slides. */
const EXPORT_PIXEL_RATIO = 2;
/**
 * Above this many device pixels the picture steps down from EXPORT_PIXEL_RATIO towards 1× (never
 * below 1× for this reason): a 500-resource estate at 2× is a 108-megapixel, 4 MB PNG that takes
 * seconds to rasterise and encode and that no slide or wiki needs. At 1× its text is still sharp
 * at 100 % zoom.
 */
export const EXPORT_MAX_PIXELS = 16_000_000;
/** Canvas limits: Chromium and Firefox refuse a side over 32767 px; Safari an area over 16.7 M px on iOS. We stay well inside. */
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = (16384 * 16384) / 2;

export interface ExportFrame {
  /** Image size in CSS pixels (the diagram at zoom 1 plus padding). */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel; below EXPORT_PIXEL_RATIO only when the diagram is big (EXPORT_MAX_PIXELS). */
  readonly pixelRatio: number;
  /** The viewport transform that puts the diagram `padding` px from the top-left corner. */
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
}

export interface FrameOptions {
  readonly padding?: number;
  readonly pixelRatio?: number;
  readonly maxSide?: number;
  readonly maxArea?: number;
  readonly maxPixels?: number;
}

/**
 * Frame the whole diagram at zoom 1 (what the user drew, not what is on screen). Null when there is
 * nothing to draw. Huge diagrams keep their layout and lose resolution (a lower pixel ratio)
 * instead of being clipped.
 */
export function exportFrame(bounds: Rect, options: FrameOptions = {}): ExportFrame | null {
  const {
    padding = EXPORT_PADDING,
    pixelRatio = EXPORT_PIXEL_RATIO,
    maxSide = MAX_CANVAS_SIDE,
    maxArea = MAX_CANVAS_AREA,
    maxPixels = EXPORT_MAX_PIXELS,
  } = options;
  const finite = [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite);
  if (!finite || bounds.width <= 0 || bounds.height <= 0) return null;
  const width = Math.ceil(bounds.width + 2 * padding);
  const height = Math.ceil(bounds.height + 2 * padding);
  // Full resolution while the picture is modest, then down towards 1× (not below) for big estates,
  // then whatever the canvas limits allow for huge ones.
  const preferred = Math.min(pixelRatio, Math.max(Math.min(1, pixelRatio), Math.sqrt(maxPixels / (width * height))));
  const ratio = Math.min(preferred, maxSide / width, maxSide / height, Math.sqrt(maxArea / (width * height)));
  return {
    width,
    height,
    // Two decimals: canvas sizes are whole pixels anyway, and a stable number is easier to test.
    pixelRatio: Math.floor(ratio * 100) / 100,
    viewport: { x: padding - bounds.x, y: padding - bounds.y, zoom: 1 },
  };
}

/**
 * A file name from a design name: letters of any script and digits kept (a Korean name stays
 * Korean), everything else a single dash, lower case, at most 80 characters.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...slug].slice(0, 80).join('').replace(/-+$/, '');
  return cut || 'vpc-town-design';
}

export function exportFileName(designName: string, ext: 'png' | 'svg' | 'json' | 'yaml' | 'csv'): string {
  return `${slugify(designName)}.${ext}`;
}
