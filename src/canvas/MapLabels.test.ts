import { describe, expect, it } from 'vitest';
import { generateDesign } from '../testing/generate.ts';
import { mapLabels } from './MapLabels.tsx';
import { DesignBuilder } from '../validation/testing/builder.ts';

describe('mapLabels', () => {
  const design = generateDesign({ resources: 800, seed: 3 });
  it('labels the region above its box and the VPC inside its own, at a readable size for the zoom', () => {
    const b = new DesignBuilder();
    const region = b.region('us-east-1');
    const vpc = b.vpc(region, '10.0.0.0/16');
    b.patch(region, { name: 'Virginia', size: { width: 3000, height: 2000 } });
    b.patch(vpc, { name: 'prod', position: { x: 24, y: 44 }, size: { width: 2800, height: 1800 } });
    const labels = mapLabels(b.build(), 0.1);
    const r = labels.find((l) => l.id === region)!;
    const v = labels.find((l) => l.id === vpc)!;
    expect(r.y).toBeLessThan(0); // above the region's top edge
    expect(v.x).toBeGreaterThan(24);
    expect(v.y).toBeGreaterThan(44);
    expect(v.maxWidth).toBeLessThan(2800);
  });

  it('never places two labels over each other, and only where the box is wide enough on screen', () => {
    for (const zoom of [0.05, 0.12, 0.3]) {
      const labels = mapLabels(design, zoom);
      expect(labels.length).toBeGreaterThan(0);
      const h = (kind: string) => (kind === 'region' || kind === 'vpc' ? 12 : 10) / zoom;
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i]!;
        expect(a.maxWidth * zoom).toBeGreaterThanOrEqual(30);
        for (let j = i + 1; j < labels.length; j++) {
          const c = labels[j]!;
          const aw = Math.min(a.maxWidth, ((a.name.length + 1) * (h(a.kind) * zoom * 0.62)) / zoom);
          const cw = Math.min(c.maxWidth, ((c.name.length + 1) * (h(c.kind) * zoom * 0.62)) / zoom);
          const apart = a.x + aw <= c.x || c.x + cw <= a.x || a.y + h(a.kind) <= c.y || c.y + h(c.kind) <= a.y;
          expect(apart, `${a.name} / ${c.name} at ${zoom}`).toBe(true);
        }
      }
    }
  });

  it('labels fewer boxes the further out the view is', () => {
    expect(mapLabels(design, 0.05).length).toBeLessThan(mapLabels(design, 0.3).length);
  });
});
