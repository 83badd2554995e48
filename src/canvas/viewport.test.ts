import { describe, expect, it } from 'vitest';
import { fitViewport, revealPan, type Box } from './viewport.ts';

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
