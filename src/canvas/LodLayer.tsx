/**
 * The level of detail's one layer (lod.ts): a single 2D canvas under React Flow's nodes, repainted
 * in screen pixels whenever the viewport moves, that draws what is zoomed out (regions, VPCs and
 * zones as AWS group boxes, summarised subnets and VPCs with their counts and worst finding, the
 * small leaves left outside a summary, the flows between boxes) instead of thousands of DOM nodes.
 * At the detail level it draws only the containers collapsed by hand. React Flow keeps one
 * transparent node per box on screen (nodes/LodBoxNode.tsx) for clicks, drags and selection.
 * Never in an export, which draws every resource as DOM.
 */
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Design, Position, ResourceId, ResourceKind } from '../model/index.ts';
import { KIND_ICON, SUBNET_ICON } from './icons.ts';
import type { ContainerSummary, LodPlan } from './lod.ts';
import { absoluteBoxes, boxLookup, moves, paintList, parentsOf, type Box, type PaintItem } from './lodPaint.ts';

/** What the projection knows of a box: its subtitle (CIDR) and, for a subnet, public or private. */
export interface BoxText {
  readonly subtitle: string;
  readonly variant: 'public' | 'private' | null;
}

/** A line between two boxes: a flow (coloured by its verdict) or a peering. */
export interface LodLine {
  readonly source: string;
  readonly target: string;
  readonly tone: string;
}

export interface LodLayerProps {
  readonly design: Design;
  readonly plan: LodPlan;
  readonly summaries: ReadonlyMap<ResourceId, ContainerSummary>;
  readonly boxText: ReadonlyMap<ResourceId, BoxText>;
  readonly lines: readonly LodLine[];
  readonly dragging: ReadonlyMap<ResourceId, Position> | null;
  /** Translated texts: a kind's name, "N more". */
  readonly kindName: (kind: ResourceKind, count: number) => string;
  readonly more: (count: number) => string;
  readonly lang: string;
}

const VARS = [
  '--region',
  '--vpc',
  '--az',
  '--public',
  '--public-fill',
  '--private',
  '--private-fill',
  '--node',
  '--text',
  '--muted',
  '--border',
  '--panel',
  '--bad',
  '--warn',
  '--info',
  '--ok',
  '--canvas',
] as const;
type Colors = Record<(typeof VARS)[number], string>;
/** Group names darkened for contrast, as the DOM's (styles.css). */
const NAME_LIGHT: Partial<Record<string, string>> = {
  region: '#00797b',
  vpc: '#6a35d9',
  az: '#0d5f8f',
  public: '#4b6800',
  private: '#00696b',
};
const NAME_DARK: Partial<Record<string, string>> = {
  region: '#4fd1d3',
  vpc: '#b69cff',
  az: '#6cb4ff',
  public: '#a9cf45',
  private: '#4fd1d3',
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif";
const MONO = "ui-monospace, 'SF Mono', Menlo, Consolas, monospace";

/** A text painted, in screen pixels: what tests read (`__vtRecordPaint`), as the canvas has no DOM to query. */
export interface PaintedText {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly role: 'title' | 'label' | 'detail';
  readonly text: string;
  /** The text shown in full (not cut with an ellipsis). */
  readonly whole: boolean;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
type PaintWindow = { __vtRecordPaint?: boolean; __vtPainted?: PaintedText[] };

/** Icons as images, loaded once; a repaint is asked for when one arrives. */
const images = new Map<string, HTMLImageElement>();
let onImage: (() => void) | null = null;
function icon(src: string): HTMLImageElement | null {
  let img = images.get(src);
  if (!img) {
    img = new Image();
    img.onload = () => onImage?.();
    img.src = src;
    images.set(src, img);
  }
  if (img.complete && img.naturalWidth > 0) return img;
  iconMissed = true;
  return null;
}
/** Set when a paint asked for an icon still loading: a picture painted then is not kept. */
let iconMissed = false;
/** A frame's time for making new summary pictures (ms); what is left waits for the next frame. */
const SPRITE_BUDGET_MS = 12;
/** Boxes larger than this on screen (px) are painted directly, not kept as pictures. */
const SPRITE_MAX = 640;

/** Per design: every resource's box and parent; per design and plan: what is painted. */
const boxesOf = new WeakMap<Design, { boxes: Map<ResourceId, Box>; parents: Map<ResourceId, ResourceId | null> }>();
function geometry(design: Design) {
  let g = boxesOf.get(design);
  if (!g) boxesOf.set(design, (g = { boxes: absoluteBoxes(design), parents: parentsOf(design) }));
  return g;
}
const listsOf = new WeakMap<LodPlan, { design: Design; items: PaintItem[] }>();
function itemsOf(design: Design, plan: LodPlan): PaintItem[] {
  let l = listsOf.get(plan);
  if (!l || l.design !== design) listsOf.set(plan, (l = { design, items: paintList(design, plan) }));
  return l.items;
}

function LodLayerImpl(props: LodLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const propsRef = useRef(props);
  const paintRef = useRef<() => void>(() => {});

  useLayoutEffect(() => {
    propsRef.current = props;
    paintRef.current();
  });

  useEffect(() => {
    const canvas = ref.current!;
    const maybe = canvas.getContext('2d');
    if (!maybe) return;
    const main: CanvasRenderingContext2D = maybe;
    // The context painted now: the layer's, or (when a drag starts) the picture of what stays still.
    let ctx: CanvasRenderingContext2D = main;
    let still: HTMLCanvasElement | null = null;
    let pic: {
      design: Design;
      plan: LodPlan;
      lines: readonly LodLine[];
      summaries: LodLayerProps['summaries'];
      boxText: LodLayerProps['boxText'];
      view: string;
      dragged: string;
      items: PaintItem[];
      lines2: LodLine[];
      painted: PaintedText[];
    } | null = null;
    // Each summary's picture, kept while its size on screen and its content stay the same: a pan
    // draws pictures instead of painting every summary's text again (issue #17: at 20,000
    // resources a pan frame spent most of its time laying out and translating summary text), and
    // each small leaf box's, shared by kind and size.
    interface Sprite {
      key: string;
      sum: ContainerSummary | undefined;
      texts: LodLayerProps['kindName'];
      canvas: HTMLCanvasElement;
      rec: PaintedText[];
      w: number;
      h: number;
    }
    const sprites = new Map<ResourceId, Sprite>();
    const leafSprites = new Map<string, HTMLCanvasElement | null>();
    // Where painted texts are recorded (a test asked for them), or null.
    let recordTo: PaintedText[] | null = null;
    /** A picture `sw`×`sh` px painted by `draw` (its box at 1,1), or null when the canvas has no 2D context. */
    const picture = (
      sw: number,
      sh: number,
      dpr: number,
      draw: () => void,
      reuse?: HTMLCanvasElement,
    ): HTMLCanvasElement | null => {
      const cv = reuse ?? document.createElement('canvas');
      cv.width = Math.round(sw * dpr);
      cv.height = Math.round(sh * dpr);
      const sctx = cv.getContext('2d');
      if (!sctx) return null;
      const keep = ctx;
      ctx = sctx;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      try {
        draw();
      } finally {
        ctx = keep;
      }
      return cv;
    };
    let colors: Colors | null = null;
    let dark = false;
    const widths = new Map<string, number>();
    const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const readColors = () => {
      const cs = getComputedStyle(canvas);
      colors = Object.fromEntries(VARS.map((v) => [v, cs.getPropertyValue(v).trim() || '#888'])) as Colors;
      dark = !!media?.matches;
    };
    const measure = (font: string, text: string) => {
      const key = `${font}|${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        if (widths.size > 20_000) widths.clear();
        ctx.font = font;
        widths.set(key, (w = ctx.measureText(text).width));
      }
      return w;
    };
    /** `text` cut with an ellipsis to `max` px. */
    const fit = (font: string, text: string, max: number) => {
      if (measure(font, text) <= max) return text;
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (measure(font, `${text.slice(0, mid)}…`) <= max) lo = mid;
        else hi = mid - 1;
      }
      return lo > 0 ? `${text.slice(0, lo)}…` : '';
    };

    let frame = 0;
    const paint = () => {
      frame = 0;
      const p = propsRef.current;
      const s = store.getState();
      const [tx, ty, k] = s.transform;
      const W = s.width;
      const H = s.height;
      const dpr = globalThis.devicePixelRatio || 1;
      if (canvas.width !== Math.round(W * dpr) || canvas.height !== Math.round(H * dpr)) {
        canvas.width = Math.round(W * dpr);
        canvas.height = Math.round(H * dpr);
      }
      ctx = main;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, W, H);
      if (!colors) readColors();
      const c = colors!;
      const names = dark ? NAME_DARK : NAME_LIGHT;
      const { design, plan, summaries, boxText, dragging } = p;
      if (plan.summarised.size === 0 && plan.hidden.size === 0) {
        pic = null;
        return;
      }
      const { boxes: base, parents } = geometry(design);
      const items = itemsOf(design, plan);
      const screen = (b: Box) => ({ x: b.x * k + tx, y: b.y * k + ty, w: b.w * k, h: b.h * k });
      const onScreen = (b: { x: number; y: number; w: number; h: number }) =>
        b.x < W && b.y < H && b.x + b.w > 0 && b.y + b.h > 0;
      const w = globalThis as unknown as PaintWindow;
      const painted: PaintedText[] | null = w.__vtRecordPaint ? [] : null;
      if (painted) w.__vtPainted = painted;
      recordTo = painted;
      // New summary pictures are made for up to SPRITE_BUDGET_MS a frame; the rest follow.
      const budgetEnd = performance.now() + SPRITE_BUDGET_MS;
      let more = false;
      /** `sb` snapped to device pixels, a pixel out (a picture's border is painted 1 px in). */
      const at = (v: number) => Math.round((v - 1) * dpr) / dpr;
      let current: { id: string; kind: ResourceKind } = { id: '', kind: 'region' };
      /** Paint `text` cut to `max` px at (x, y middle), `px` high; recorded when a test asks. */
      const text = (
        font: string,
        px: number,
        s: string,
        max: number,
        x: number,
        y: number,
        role: PaintedText['role'],
      ) => {
        const t = fit(font, s, max);
        if (!t) return;
        ctx.font = font;
        ctx.fillText(t, x, y);
        recordTo?.push({ ...current, role, text: t, whole: t === s, x, y: y - px / 2, w: measure(font, t), h: px });
      };

      /** Paint `list` and the lines `ls`, each box where `boxOf` puts it; group names last, over the borders. */
      const scene = (list: readonly PaintItem[], ls: readonly LodLine[], boxOf: (id: ResourceId) => Box | undefined) => {
        const labels: (() => void)[] = [];
        for (const { r, as } of list) {
          const b = boxOf(r.id);
          if (!b) continue;
          const sb = screen(b);
          if (!onScreen(sb)) continue;
          if (as === 'leaf') {
            // A leaf zoomed out of legibility outside any summary: a small box with its icon.
            const sw = Math.ceil(sb.w) + 2;
            const sh = Math.ceil(sb.h) + 2;
            if (sw > SPRITE_MAX || sh > SPRITE_MAX) {
              paintLeaf(r.kind, sb);
              continue;
            }
            const key = `${r.kind}|${sw}|${sh}|${dpr}|${dark}`;
            let sp = leafSprites.get(key);
            if (sp === undefined) {
              iconMissed = false;
              sp = picture(sw, sh, dpr, () => paintLeaf(r.kind, { x: 1, y: 1, w: sb.w, h: sb.h }));
              if (leafSprites.size > 2000) leafSprites.clear();
              if (!iconMissed) leafSprites.set(key, sp);
            }
            if (sp) ctx.drawImage(sp, at(sb.x), at(sb.y), sw, sh);
            else paintLeaf(r.kind, sb);
            continue;
          }
          const bt = boxText.get(r.id);
          const variant = r.kind === 'subnet' ? (bt?.variant ?? 'private') : null;
          if (plan.summarised.has(r.id)) {
            current = { id: r.id, kind: r.kind };
            const sum = summaries.get(r.id);
            const sub = bt?.subtitle ?? '';
            const sw = Math.ceil(sb.w) + 2;
            const sh = Math.ceil(sb.h) + 2;
            if (sw > SPRITE_MAX || sh > SPRITE_MAX) {
              paintSummary(r.kind, r.name, sub, variant, sum, sb);
              continue;
            }
            const key = `${sw}|${sh}|${dpr}|${r.name}|${sub}|${variant}|${p.lang}|${dark}`;
            let sp = sprites.get(r.id);
            if (!sp || sp.key !== key || sp.sum !== sum || sp.texts !== p.kindName) {
              if (performance.now() > budgetEnd) {
                // Out of this frame's time (a zoom brings a new size for every box): the box now,
                // its text in a frame that follows.
                paintBox(r.kind, variant, sb);
                more = true;
                continue;
              }
              const rec: PaintedText[] = [];
              const keepRec = recordTo;
              recordTo = rec;
              iconMissed = false;
              const cv = picture(
                sw,
                sh,
                dpr,
                () => paintSummary(r.kind, r.name, sub, variant, sum, { x: 1, y: 1, w: sb.w, h: sb.h }),
                sp?.canvas,
              );
              recordTo = keepRec;
              if (!cv) {
                paintSummary(r.kind, r.name, sub, variant, sum, sb);
                continue;
              }
              sp = { key: iconMissed ? '' : key, sum, texts: p.kindName, canvas: cv, rec, w: sw, h: sh };
              if (sprites.size > 6000) sprites.clear();
              sprites.set(r.id, sp);
            }
            const x0 = at(sb.x);
            const y0 = at(sb.y);
            ctx.drawImage(sp.canvas, x0, y0, sp.w, sp.h);
            if (recordTo) for (const t of sp.rec) recordTo.push({ ...t, x: t.x - 1 + x0, y: t.y - 1 + y0 });
            continue;
          }
          // An AWS group box: Region teal dashed, VPC purple, AZ blue dashed, subnet filled.
          ctx.setLineDash(r.kind === 'region' || r.kind === 'az' ? [6, 4] : []);
          ctx.lineWidth = 1.5;
          if (r.kind === 'subnet') {
            ctx.fillStyle = c[variant === 'public' ? '--public-fill' : '--private-fill'];
            ctx.fillRect(sb.x, sb.y, sb.w, sb.h);
          } else {
            ctx.strokeStyle = c[r.kind === 'region' ? '--region' : r.kind === 'vpc' ? '--vpc' : '--az'];
            ctx.strokeRect(sb.x, sb.y, sb.w, sb.h);
          }
          ctx.setLineDash([]);
          labels.push(() => {
            current = { id: r.id, kind: r.kind };
            label(r.kind, r.name, sb, k);
          });
        }
        // Flows and peerings between the boxes that stand for their ends.
        for (const l of ls) {
          const a = boxOf(l.source);
          const z = boxOf(l.target);
          if (!a || !z) continue;
          const sa = screen(a);
          const sz = screen(z);
          const from = { x: sa.x + sa.w, y: sa.y + sa.h / 2 };
          const to = { x: sz.x, y: sz.y + sz.h / 2 };
          if (Math.max(from.x, to.x) < 0 || Math.min(from.x, to.x) > W) continue;
          if (Math.max(from.y, to.y) < 0 || Math.min(from.y, to.y) > H) continue;
          ctx.strokeStyle =
            l.tone === 'peering'
              ? c['--vpc']
              : l.tone === 'ok'
                ? c['--ok']
                : l.tone === 'blocked' || l.tone === 'leak'
                  ? c['--bad']
                  : c['--muted'];
          ctx.lineWidth = 1.5;
          ctx.setLineDash(l.tone === 'peering' ? [5, 4] : []);
          ctx.beginPath();
          ctx.moveTo(from.x, from.y);
          ctx.lineTo(to.x, to.y);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        for (const f of labels) f();
      };

      if (!dragging || dragging.size === 0) {
        pic = null;
        scene(items, p.lines, (id) => base.get(id));
      } else {
        // A drag: what stays still is painted once, when the drag starts, to a picture of its own;
        // each move draws that picture and paints over it only what moves (issue #17: repainting
        // every box on each mouse move cost three times bare React Flow's frame).
        let view = `${tx}|${ty}|${k}|${W}|${H}|${dpr}`;
        const dragged = [...dragging.keys()].join('\n');
        if (
          !pic ||
          pic.design !== design ||
          pic.plan !== plan ||
          pic.lines !== p.lines ||
          pic.summaries !== summaries ||
          pic.boxText !== boxText ||
          pic.view !== view ||
          pic.dragged !== dragged
        ) {
          const ids = new Set(dragging.keys());
          const movesNow = (id: ResourceId) => moves(id, ids, parents);
          const fixed = items.filter((it) => !movesNow(it.r.id));
          const fixedLines = p.lines.filter((l) => !movesNow(l.source) && !movesNow(l.target));
          still ??= document.createElement('canvas');
          still.width = canvas.width;
          still.height = canvas.height;
          const sctx = still.getContext('2d');
          if (sctx) {
            ctx = sctx;
            ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
            ctx.clearRect(0, 0, W, H);
            scene(fixed, fixedLines, (id) => base.get(id));
            ctx = main;
            // Some text left for a later frame: take the picture again then.
            if (more) view = '';
          }
          pic = {
            design,
            plan,
            lines: p.lines,
            summaries,
            boxText,
            view,
            dragged,
            items: sctx ? items.filter((it) => movesNow(it.r.id)) : items,
            lines2: sctx ? p.lines.filter((l) => movesNow(l.source) || movesNow(l.target)) : [...p.lines],
            painted: painted ? painted.splice(0) : [],
          };
          if (!sctx) still = null;
        }
        if (still) {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.drawImage(still, 0, 0);
          ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        }
        painted?.push(...pic.painted);
        scene(pic.items, pic.lines2, boxLookup(base, parents, dragging));
      }
      if (more) schedule();

      /** A summary's box without its text: fill and border (its picture comes in a later frame). */
      function paintBox(kind: ResourceKind, variant: 'public' | 'private' | null, sb: Box) {
        ctx.fillStyle = kind === 'subnet' ? c[variant === 'public' ? '--public-fill' : '--private-fill'] : c['--node'];
        ctx.fillRect(sb.x, sb.y, sb.w, sb.h);
        ctx.strokeStyle =
          kind === 'subnet'
            ? c[variant === 'public' ? '--public' : '--private']
            : c[kind === 'region' ? '--region' : kind === 'az' ? '--az' : '--vpc'];
        ctx.lineWidth = 1.5;
        ctx.setLineDash(kind === 'region' || kind === 'az' ? [6, 4] : []);
        ctx.strokeRect(sb.x, sb.y, sb.w, sb.h);
        ctx.setLineDash([]);
      }

      function paintLeaf(kind: ResourceKind, sb: Box) {
        ctx.fillStyle = c['--node'];
        ctx.strokeStyle = c['--border'];
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.roundRect(sb.x, sb.y, sb.w, sb.h, Math.min(4, sb.w / 8));
        ctx.fill();
        ctx.stroke();
        const img = sb.h >= 14 ? icon(KIND_ICON[kind]) : null;
        if (img) {
          const side = Math.min(sb.h * 0.6, sb.w * 0.6, 32);
          ctx.drawImage(img, sb.x + (sb.w - side) / 2, sb.y + (sb.h - side) / 2, side, side);
        }
      }

      function label(kind: ResourceKind, name: string, sb: Box, zoom: number) {
        // Inside the box's header band where it fits (a zone's is 44 units; a VPC's first zone
        // starts 44 below its top and that zone's subnets 44 further); a region's name sits on its
        // top border, as a legend. Never over a summary's text.
        const px = kind === 'az' ? 10 : 11;
        const h = px + 3;
        let y: number;
        if (kind === 'region') y = sb.y - h + 4;
        else if (kind === 'vpc' && 88 * zoom >= h + 2) y = sb.y + 2;
        else if (kind === 'az' && 44 * zoom >= h + 1 && 88 * zoom >= 2 * h + 4) y = sb.y + 1;
        else return;
        const font = `700 ${px}px ${FONT}`;
        const t = fit(font, name, sb.w - 16);
        if (!t) return;
        const w = measure(font, t) + 8;
        ctx.fillStyle = c['--panel'];
        ctx.globalAlpha = 0.9;
        ctx.beginPath();
        ctx.roundRect(sb.x + 6, y, w, h, 3);
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.fillStyle = names[kind] ?? c['--text'];
        ctx.textBaseline = 'middle';
        text(font, px, name, sb.w - 16, sb.x + 10, y + h / 2 + 0.5, 'label');
      }

      function paintSummary(
        kind: ResourceKind,
        name: string,
        subtitle: string,
        variant: 'public' | 'private' | null,
        sum: ContainerSummary | undefined,
        sb: Box,
      ) {
        const accent =
          kind === 'subnet'
            ? c[variant === 'public' ? '--public' : '--private']
            : c[kind === 'region' ? '--region' : kind === 'az' ? '--az' : '--vpc'];
        ctx.fillStyle = kind === 'subnet' ? c[variant === 'public' ? '--public-fill' : '--private-fill'] : c['--node'];
        ctx.fillRect(sb.x, sb.y, sb.w, sb.h);
        ctx.strokeStyle = accent;
        ctx.lineWidth = 1.5;
        ctx.setLineDash(kind === 'region' || kind === 'az' ? [6, 4] : []);
        ctx.strokeRect(sb.x, sb.y, sb.w, sb.h);
        ctx.setLineDash([]);
        if (sb.w < 24 || sb.h < 12) return;
        ctx.save();
        ctx.beginPath();
        ctx.rect(sb.x + 1, sb.y + 1, sb.w - 2, sb.h - 2);
        ctx.clip();
        const pad = 5;
        const titlePx = kind === 'subnet' ? 11 : 12;
        const lineH = titlePx + 5;
        let x = sb.x + pad;
        let y = sb.y + 3;
        let right = sb.x + sb.w - pad;
        ctx.textBaseline = 'middle';
        // The worst finding: the badge the DOM nodes carry, at the top right.
        if (sum?.worst && sum.findings > 0) {
          const font = `700 10px ${FONT}`;
          const n = sum.findings.toLocaleString(p.lang);
          const bw = measure(font, n) + 10;
          if (bw < sb.w / 2) {
            ctx.fillStyle = c[sum.worst === 'error' ? '--bad' : sum.worst === 'warning' ? '--warn' : '--info'];
            ctx.beginPath();
            ctx.roundRect(right - bw, y + 1, bw, lineH - 3, (lineH - 3) / 2);
            ctx.fill();
            ctx.fillStyle = '#ffffff';
            ctx.font = font;
            ctx.fillText(n, right - bw + 5, y + lineH / 2);
            right -= bw + 4;
          }
        }
        if (sb.h >= lineH + 6) {
          const img = icon(kind === 'subnet' ? SUBNET_ICON[variant ?? 'private'] : KIND_ICON[kind]);
          if (img && sb.w >= 80) {
            ctx.drawImage(img, x, y + 1, lineH - 3, lineH - 3);
            x += lineH;
          }
        }
        const titleFont = `700 ${titlePx}px ${FONT}`;
        ctx.fillStyle = (kind === 'subnet' ? names[variant ?? 'private'] : names[kind]) ?? c['--text'];
        text(titleFont, titlePx, name, right - x, x, y + lineH / 2, 'title');
        y += lineH;
        x = sb.x + pad;
        const bottom = sb.y + sb.h - 3;
        const rowPx = 10.5;
        const rowH = 14;
        const subFont = `${10}px ${MONO}`;
        if (subtitle && subtitle !== name && y + rowH <= bottom && sb.h >= 3 * rowH) {
          ctx.fillStyle = c['--muted'];
          text(subFont, 10, subtitle, sb.w - 2 * pad, x, y + rowH / 2, 'detail');
          y += rowH;
        }
        if (!sum || sum.counts.length === 0) return ctx.restore();
        const rowFont = `${rowPx}px ${FONT}`;
        const numFont = `700 ${rowPx}px ${FONT}`;
        const rows = Math.floor((bottom - y) / rowH);
        if (rows <= 0) return ctx.restore();
        const entries = sum.counts;
        if (kind !== 'subnet' && rows >= 2) {
          // One kind a row, the count in a column of its own.
          const shown = entries.length > rows ? rows - 1 : entries.length;
          const numW = Math.max(...entries.slice(0, shown).map(([, n]) => measure(numFont, n.toLocaleString(p.lang))));
          for (let i = 0; i < shown; i++) {
            const [kk, n] = entries[i]!;
            const cy = y + rowH * i + rowH / 2;
            ctx.font = numFont;
            ctx.fillStyle = c['--text'];
            const ns = n.toLocaleString(p.lang);
            ctx.fillText(ns, x + numW - measure(numFont, ns), cy);
            ctx.fillStyle = c['--muted'];
            text(rowFont, rowPx, p.kindName(kk, n), sb.w - 2 * pad - numW - 5, x + numW + 5, cy, 'detail');
          }
          if (shown < entries.length) {
            ctx.fillStyle = c['--muted'];
            const rest = entries.slice(shown).reduce((a, [, n]) => a + n, 0);
            text(rowFont, rowPx, p.more(rest), sb.w - 2 * pad, x, y + rowH * shown + rowH / 2, 'detail');
          }
        } else {
          // A subnet: "12 EC2 instance · 1 NAT gateway", wrapped over the rows it has.
          ctx.font = rowFont;
          ctx.fillStyle = c['--text'];
          const max = sb.w - 2 * pad;
          let line = '';
          let row = 0;
          const flush = (t: string) => {
            text(rowFont, rowPx, t, max, x, y + rowH * row + rowH / 2, 'detail');
            row++;
          };
          for (const [kk, n] of entries) {
            const part = `${n.toLocaleString(p.lang)} ${p.kindName(kk, n)}`;
            const next = line ? `${line} · ${part}` : part;
            if (!line || measure(rowFont, next) <= max) line = next;
            else if (row < rows - 1) {
              flush(line);
              line = part;
            } else {
              line = `${line} …`;
              break;
            }
          }
          if (line && row < rows) flush(line);
        }
        ctx.restore();
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    paintRef.current = paint;
    onImage = schedule;
    // The viewport moving (pan, zoom, resize): repaint in this frame.
    let last = store.getState();
    const unsubscribe = store.subscribe((s) => {
      if (s.transform !== last.transform || s.width !== last.width || s.height !== last.height) schedule();
      last = s;
    });
    const onScheme = () => {
      readColors();
      sprites.clear();
      leafSprites.clear();
      schedule();
    };
    media?.addEventListener('change', onScheme);
    paint();
    return () => {
      unsubscribe();
      media?.removeEventListener('change', onScheme);
      cancelAnimationFrame(frame);
      onImage = null;
      paintRef.current = () => {};
    };
  }, [store]);

  return <canvas ref={ref} className="vt-lod-layer" data-testid="lod.layer" aria-hidden="true" />;
}

export const LodLayer = memo(LodLayerImpl);
