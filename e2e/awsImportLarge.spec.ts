/**
 * Issue #13: an imported estate of 10 VPCs and 100 subnets is readable at fit view:
 * each VPC is one summary box with its name in full (canvas/lod.ts, LodLayer.tsx), no text covers
 * another, and no two subnets overlap.
 * The estate is the generator's describe output (src/io/aws/generate.ts), chosen as a folder.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateAwsEstate } from '../src/io/aws/generate.ts';
import { AppPage } from './pages/AppPage.ts';

test('10 VPCs and 100 subnets imported: at fit view each VPC is a summary with its name readable, nothing overlaps', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vt-estate-'));
  for (const f of generateAwsEstate({ vpcs: 10, zones: 5, subnetsPerTier: 1, instancesPerVpc: 10 })) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  await page.addInitScript(() => ((window as unknown as { __vtRecordPaint: boolean }).__vtRecordPaint = true));
  const app = new AppPage(page);
  await app.open();
  await app.fileMenu('importAws');
  await page.getByTestId('awsImport.folderInput').setInputFiles(join(dir, 'us-west-2'));
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="subnet"]')).toContainText('100');
  await page.getByTestId('awsImport.import').click();
  await expect(app.node('vpc')).toHaveCount(10, { timeout: 30_000 });
  await app.fit();
  await app.settled();
  // At this zoom each VPC is one summary box (canvas/lod.ts) painted on one canvas layer, whose texts
  // the page records for tests (LodLayer.tsx, `__vtPainted`): every VPC's name in full, readable, and
  // no painted text over another.
  type Painted = {
    id: string;
    kind: string;
    role: string;
    text: string;
    whole: boolean;
    x: number;
    y: number;
    w: number;
    h: number;
  };
  const painted = () => page.evaluate(() => (window as unknown as { __vtPainted?: Painted[] }).__vtPainted ?? []);
  await expect
    .poll(async () => (await painted()).filter((p) => p.kind === 'vpc' && p.role === 'title').length)
    .toBe(10);
  const drawn = await painted();
  const titles = drawn.filter((p) => p.kind === 'vpc' && p.role === 'title');
  expect(titles.map((l) => l.text).sort()).toEqual(Array.from({ length: 10 }, (_, v) => `estate-${v}`).sort());
  expect(titles.every((l) => l.whole)).toBe(true); // VPC names in full
  expect(drawn.some((p) => p.kind === 'region' && p.text === 'us-west-2')).toBe(true);
  for (const l of drawn) expect(l.h, l.text).toBeGreaterThanOrEqual(9.5); // 10–12 px on screen, whatever the zoom
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      const apart =
        a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
      expect(apart, `texts ${a.text} and ${b.text} overlap`).toBe(true);
    }
  // The VPCs' boxes (React Flow's hit areas for the painted summaries) do not overlap.
  const subnets = await app.node('vpc').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  expect(subnets).toHaveLength(10);
  for (let i = 0; i < subnets.length; i++)
    for (let j = i + 1; j < subnets.length; j++) {
      const a = subnets[i]!;
      const b = subnets[j]!;
      const apart =
        a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
      expect(apart, `VPCs ${i} and ${j} overlap`).toBe(true);
    }
  await page.screenshot({ path: 'test-results/awsImport-10-vpcs.png' });
  expect(app.consoleErrors).toEqual([]);
});
