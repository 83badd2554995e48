import { describe, expect, it } from 'vitest';
import { fitViewport, minimapSize, revealPan, type Box } from './viewport.ts';

const pane = { width: 840, height: 820 };
// React Flow's minimap (bottom right) and zoom controls (bottom left), in pane coordinates.
const minimap = { x: 625, y: 665, width: 200, height: 150 };
const controls = { x: 15, y: 725, width: 27, height: 80 };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onScreen = (b: Box, v: { x: number; y: number; zoom: number }) => ({
  x: b.x * v.zoom + v.x,
  y: b.y * v.zoom + v.y,
  width: b.width * v.zoom,
  height: b.height * v.zoom,
});

describe('fit view clear of the overlays', () => {
  for (const [name, bounds] of [
    ['a wide diagram', { x: -200, y: 0, width: 1300, height: 700 }],
    ['a tall diagram', { x: 0, y: 0, width: 500, height: 1400 }],
    ['a small diagram', { x: 50, y: 80, width: 300, height: 200 }],
  ] as const) {
    it(`shows ${name} whole, under neither the minimap nor the controls`, () => {
      const v = fitViewport(bounds, pane, [minimap, controls], { maxZoom: 1 });
      const b = onScreen(bounds, v);
      expect(intersects(b, minimap)).toBe(false);
      expect(intersects(b, controls)).toBe(false);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(pane.width);
      expect(b.y + b.height).toBeLessThanOrEqual(pane.height);
      expect(v.zoom).toBeLessThanOrEqual(1);
    });
  }

  it('uses the side of the minimap that leaves the diagram largest', () => {
    // A wide, flat diagram fits best above the minimap; a tall, narrow one beside it.
    const wide = fitViewport({ x: 0, y: 0, width: 1600, height: 300 }, pane, [minimap]);
    const tall = fitViewport({ x: 0, y: 0, width: 300, height: 1600 }, pane, [minimap]);
    expect(wide.zoom).toBeCloseTo((pane.width - 48) / 1600, 5);
    expect(tall.zoom).toBeCloseTo((pane.height - 48) / 1600, 5);
  });
});

describe('revealing a new node', () => {
  it('pans a node off the minimap by the smallest move, and leaves a visible node alone', () => {
    const under = { x: 650, y: 700, width: 120, height: 92 };
    const { dx, dy } = revealPan(under, pane, [minimap, controls]);
    const moved = { ...under, x: under.x + dx, y: under.y + dy };
    expect(intersects(moved, minimap)).toBe(false);
    expect(moved.x).toBeGreaterThanOrEqual(0);
    expect(moved.y + moved.height).toBeLessThanOrEqual(pane.height);
    expect(Math.abs(dx) + Math.abs(dy)).toBeLessThan(200);
    expect(revealPan({ x: 300, y: 300, width: 120, height: 92 }, pane, [minimap, controls])).toEqual({ dx: 0, dy: 0 });
  });

  it('brings an off-screen node into view', () => {
    const off = { x: 1200, y: 100, width: 120, height: 92 };
    const { dx } = revealPan(off, pane, [minimap]);
    expect(off.x + dx + off.width).toBeLessThanOrEqual(pane.width);
  });
});

describe('minimapSize', () => {
  it('is full size on a large canvas', () => {
    expect(minimapSize({ width: 1000, height: 800 })).toEqual({ width: 200, height: 150 });
  });
  it('shrinks to a quarter of a smaller canvas, keeping its shape', () => {
    expect(minimapSize({ width: 480, height: 640 })).toEqual({ width: 120, height: 90 });
    // Limited by the height: a quarter of 400 is 100 px high.
    expect(minimapSize({ width: 1200, height: 400 })).toEqual({ width: 133, height: 100 });
  });
  it('is left out where it would be under half size (1024×700 with the side pane widened)', () => {
    expect(minimapSize({ width: 340, height: 650 })).toBeNull();
    expect(minimapSize({ width: 1000, height: 260 })).toBeNull();
  });
  it('never covers more than a sixteenth of the canvas', () => {
    for (const width of [300, 400, 500, 800, 1600])
      for (const height of [200, 300, 600, 1200]) {
        const m = minimapSize({ width, height });
        if (m) expect(m.width * m.height).toBeLessThanOrEqual((width * height) / 16 + 1);
      }
  });
});
