import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { labelSize, placeLabel, routeOrthogonal, segmentHits, type Point, type Rect } from './route.ts';
import { absoluteRects, routeFlows } from './flowRoutes.ts';
import { HEADER_STRIP, flowLabelText, internetPosition, INTERNET_SIZE } from './flowGeometry.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { type Design, isContainer } from '../model/index.ts';

function load(name: string): Design {
  const r = parseDesignJson(readFileSync(`examples/${name}.json`, 'utf8'));
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
}

const crosses = (points: readonly Point[], r: Rect) => points.slice(1).some((p, i) => segmentHits(points[i]!, p, r));
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('orthogonal flow routes', () => {
  it('go around a node in the way, with horizontal and vertical pieces only', () => {
    const block = { x: 100, y: -60, width: 120, height: 120 };
    const pts = routeOrthogonal({ x: 0, y: 0 }, { x: 400, y: 0 }, [block]);
    expect(pts[0]).toEqual({ x: 0, y: 0 });
    expect(pts[pts.length - 1]).toEqual({ x: 400, y: 0 });
    for (let i = 1; i < pts.length; i++) expect(pts[i]!.x === pts[i - 1]!.x || pts[i]!.y === pts[i - 1]!.y).toBe(true);
    expect(crosses(pts, block)).toBe(false);
  });

  it('never cross a node, wherever the nodes are (property)', () => {
    const cell = fc.record({ col: fc.integer({ min: 0, max: 5 }), row: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { minLength: 1, maxLength: 12, selector: (c) => `${c.col},${c.row}` }),
        (cells) => {
          // Nodes on a grid with gaps, as on the canvas; the route runs from left of them to right of them.
          const nodes = cells.map((c) => ({ x: 100 + c.col * 150, y: c.row * 120, width: 120, height: 92 }));
          const pts = routeOrthogonal({ x: 0, y: 200 }, { x: 1100, y: 46 }, nodes);
          for (const n of nodes) expect(crosses(pts, n)).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('put the label on the route where it covers no node', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 300, y: 0 },
    ];
    const node = { x: 120, y: -40, width: 120, height: 80 };
    const c = placeLabel(pts, { width: 60, height: 18 }, [node]);
    expect(c.y).toBe(0);
    expect(overlap({ x: c.x - 30, y: c.y - 9, width: 60, height: 18 }, node)).toBe(false);
  });

  for (const name of ['two-az-web-db', 'three-tier-alb', 'single-public-web', 'peered-vpcs']) {
    it(`in the ${name} example, cut through no resource and label nothing over a node or a header`, () => {
      const d = load(name);
      const routes = routeFlows(d);
      expect(routes.size).toBe(d.flows.length);
      const rects = absoluteRects(d);
      const leaves = d.resources.filter((r) => !isContainer(r)).map((r) => ({ id: r.id, rect: rects.get(r.id)! }));
      leaves.push({ id: 'internet', rect: { ...internetPosition(d), ...INTERNET_SIZE } });
      const headers = d.resources.filter(isContainer).map((r) => ({ ...rects.get(r.id)!, height: HEADER_STRIP }));
      const labels: Rect[] = [];
      for (const f of d.flows) {
        const { points, label } = routes.get(f.id)!;
        // The first and last pieces leave and enter the two ends; in between, nothing is crossed.
        const inner = points.slice(1, -1);
        for (const l of leaves) expect(crosses(inner, l.rect), `${f.label} crosses ${l.id}`).toBe(false);
        const size = labelSize(`✓ ${flowLabelText(f.protocol, f.port)}`);
        const box = { x: label.x - size.width / 2, y: label.y - size.height / 2, ...size };
        for (const l of leaves) expect(overlap(box, l.rect), `label of ${f.label} on ${l.id}`).toBe(false);
        for (const h of headers) expect(overlap(box, h), `label of ${f.label} on a header`).toBe(false);
        for (const o of labels) expect(overlap(box, o), `label of ${f.label} on another label`).toBe(false);
        labels.push(box);
      }
    });
  }
});
