/**
 * The flow router at scale (issue #11, opening a 20,000-resource design): the grid index over
 * obstacles and labels, the per-rectangle marking of the routing grid and the flow-at-a-time
 * router must give exactly the routes the plain scans gave.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { RectGrid, placeLabel, routeOrthogonal, type Rect } from './route.ts';
import { flowRouter, routeFlows } from './flowRoutes.ts';
import { generateDesign } from '../testing/generate.ts';

const digest = (routes: Map<string, unknown>) =>
  createHash('sha256')
    .update(JSON.stringify([...routes]))
    .digest('hex')
    .slice(0, 16);

describe('flow routes on generated designs', () => {
  // Digests of routeFlows' answer before the grid index and the per-rectangle marking (commit
  // e83b4ae, where every grid point and link asked every obstacle and every label every box).
  it.each([
    [400, 1, 'ea78293c648d273a'],
    [1500, 2, 'af78d83d7853819c'],
  ])('%i resources (seed %i): the same routes and labels as the plain scans', (resources, seed, expected) => {
    const design = generateDesign({ resources, seed });
    expect(digest(routeFlows(design))).toBe(expected);
  });

  it('routing a flow at a time gives routeFlows’ answer, and says how far it got', () => {
    const design = generateDesign({ resources: 400, seed: 1 });
    const router = flowRouter(design);
    expect(router.total).toBe(design.flows.length);
    let steps = 0;
    while (router.step()) {
      steps++;
      expect(router.done).toBe(steps);
      expect(router.routes.size).toBeLessThanOrEqual(steps);
    }
    expect(router.done).toBe(design.flows.length);
    expect(router.step()).toBe(false);
    expect(digest(router.routes)).toBe(digest(routeFlows(design)));
  });
});

const rect = fc.record({
  x: fc.integer({ min: -3000, max: 3000 }),
  y: fc.integer({ min: -3000, max: 3000 }),
  width: fc.integer({ min: 0, max: 1500 }),
  height: fc.integer({ min: 0, max: 1500 }),
});

const overlaps = (r: Rect, x0: number, y0: number, x1: number, y1: number) =>
  r.x <= x1 && r.x + r.width >= x0 && r.y <= y1 && r.y + r.height >= y0;

describe('RectGrid', () => {
  it('answers, in ascending order, every rectangle touching the box (and a scan’s order is kept)', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 300 }), rect, (rects, q) => {
        const got = new RectGrid(rects).near(q.x, q.y, q.x + q.width, q.y + q.height);
        expect([...got].sort((a, b) => a - b)).toEqual(got);
        expect(new Set(got).size).toBe(got.length);
        const want = rects.flatMap((r, k) => (overlaps(r, q.x, q.y, q.x + q.width, q.y + q.height) ? [k] : []));
        for (const k of want) expect(got).toContain(k);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps rectangles too large or not finite for its cells, and answers them to every query', () => {
    const rects = [
      { x: 0, y: 0, width: 1e7, height: 1e7 },
      { x: Number.NaN, y: 0, width: 10, height: 10 },
      { x: 5000, y: 5000, width: 10, height: 10 },
    ];
    const grid = new RectGrid(rects);
    expect(grid.near(-100, -100, 10, 10)).toEqual(expect.arrayContaining([0, 1]));
    expect(grid.near(5000, 5000, 5001, 5001)).toEqual([0, 1, 2]);
  });
});

describe('routeOrthogonal and placeLabel with many boxes', () => {
  it('give the same answer through the grid index as over a short copy of the nearby boxes', () => {
    fc.assert(
      fc.property(fc.array(rect, { minLength: 100, maxLength: 200 }), fc.integer({ min: 0, max: 99 }), (rects, k) => {
        const small = rects.map((r) => ({ ...r, width: r.width % 200, height: r.height % 120 }));
        const from = { x: small[k]!.x + small[k]!.width, y: small[k]!.y + small[k]!.height / 2 };
        const to = { x: -4000, y: 4000 };
        const points = routeOrthogonal(from, to, small);
        const size = { width: 60, height: 19 };
        // The same boxes split into "avoid" (indexed: more than 64) and "more" (scanned), or all scanned.
        const viaGrid = placeLabel(points, size, small.slice(0, 90), small.slice(90));
        const scanned = placeLabel(points, size, [], small);
        expect(viaGrid).toEqual(scanned);
      }),
      { numRuns: 15 },
    );
  });
});
