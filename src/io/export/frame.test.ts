import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import { EXPORT_MAX_PIXELS, EXPORT_PADDING, exportFileName, exportFrame, slugify } from './frame.ts';

describe('exportFrame', () => {
  const bounds = { x: -120, y: 40, width: 900, height: 500 };

  it('frames the whole diagram at zoom 1 with padding on every side', () => {
    const f = exportFrame(bounds)!;
    expect(f.width).toBe(900 + 2 * EXPORT_PADDING);
    expect(f.height).toBe(500 + 2 * EXPORT_PADDING);
    expect(f.pixelRatio).toBe(2);
    expect(f.viewport).toEqual({ x: EXPORT_PADDING + 120, y: EXPORT_PADDING - 40, zoom: 1 });
    // The diagram's corners land inside the image, `padding` px from its edges: nothing is clipped.
    const left = bounds.x * f.viewport.zoom + f.viewport.x;
    const top = bounds.y * f.viewport.zoom + f.viewport.y;
    expect([left, top]).toEqual([EXPORT_PADDING, EXPORT_PADDING]);
    expect(left + bounds.width).toBe(f.width - EXPORT_PADDING);
    expect(top + bounds.height).toBe(f.height - EXPORT_PADDING);
  });

  it("agrees with React Flow's getViewportForBounds (the download-image example's transform)", () => {
    const f = exportFrame(bounds)!;
    const rf = getViewportForBounds(bounds, f.width, f.height, 1, 1, 0);
    expect(rf.zoom).toBe(1);
    expect(rf.x).toBeCloseTo(f.viewport.x, 6);
    expect(rf.y).toBeCloseTo(f.viewport.y, 6);
  });

  it('rounds fractional bounds up so the last pixel column is not cut', () => {
    const f = exportFrame({ x: 0.3, y: 0.6, width: 100.2, height: 50.5 }, { padding: 10 })!;
    expect(f.width).toBe(121);
    expect(f.height).toBe(71);
  });

  it('lowers the resolution of a huge diagram instead of clipping it', () => {
    const f = exportFrame({ x: 0, y: 0, width: 20000, height: 3000 })!;
    expect(f.width).toBe(20000 + 2 * EXPORT_PADDING);
    expect(f.width * f.pixelRatio).toBeLessThanOrEqual(16384);
    expect(f.pixelRatio).toBeGreaterThan(0.5);
    const g = exportFrame({ x: 0, y: 0, width: 12000, height: 12000 })!;
    expect(g.width * g.height * g.pixelRatio ** 2).toBeLessThanOrEqual((16384 * 16384) / 2);
  });

  it('keeps 2x for ordinary diagrams and steps down towards 1x, not below, for big estates', () => {
    // About 1,500 x 1,000: 2x is 6 megapixels.
    expect(exportFrame({ x: 0, y: 0, width: 1500, height: 1000 })!.pixelRatio).toBe(2);
    // Between: the ratio that lands on the pixel budget.
    const mid = exportFrame({ x: 0, y: 0, width: 3000, height: 2000 })!;
    expect(mid.pixelRatio).toBeGreaterThan(1);
    expect(mid.pixelRatio).toBeLessThan(2);
    expect(mid.width * mid.height * mid.pixelRatio ** 2).toBeLessThanOrEqual(EXPORT_MAX_PIXELS);
    // The 500-resource benchmark estate (about 7,300 x 3,600): 1x, 27 megapixels rather than 108.
    expect(exportFrame({ x: 0, y: 0, width: 7256, height: 3580 })!.pixelRatio).toBe(1);
    // A caller asking for 1x never gets more.
    expect(exportFrame({ x: 0, y: 0, width: 100, height: 100 }, { pixelRatio: 1 })!.pixelRatio).toBe(1);
  });

  it('has nothing to frame for an empty or broken diagram', () => {
    expect(exportFrame({ x: 0, y: 0, width: 0, height: 0 })).toBeNull();
    expect(exportFrame({ x: Infinity, y: 0, width: 10, height: 10 })).toBeNull();
    expect(exportFrame({ x: NaN, y: 0, width: 10, height: 10 })).toBeNull();
  });
});

describe('file names', () => {
  it('slugifies design names', () => {
    expect(exportFileName('Two-AZ web and database', 'png')).toBe('two-az-web-and-database.png');
    expect(exportFileName('  My VPC: prod/eu (v2)!  ', 'svg')).toBe('my-vpc-prod-eu-v2.svg');
    expect(exportFileName('Three tiers behind an ALB', 'json')).toBe('three-tiers-behind-an-alb.json');
  });

  it('keeps letters of every script', () => {
    expect(slugify('웹 서버 설계')).toBe('웹-서버-설계');
    expect(slugify('Café Zürich')).toBe('café-zürich');
  });

  it('never gives an empty, hidden or path-like name', () => {
    expect(slugify('')).toBe('vpc-town-design');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('...')).toBe('vpc-town-design');
    expect(slugify('con\u0000trol')).toBe('con-trol');
  });

  it('cuts long names at 80 characters without a trailing dash', () => {
    const s = slugify(`${'a'.repeat(79)} bbbb`);
    expect(s).toBe('a'.repeat(79));
    expect([...slugify('가'.repeat(200))].length).toBe(80);
  });
});
