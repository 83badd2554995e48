/**
 * Issue #13: an imported estate of 10 VPCs and 100 subnets is readable at fit view: the names of
 * the VPCs and subnets are drawn readable on screen (map labels, canvas/MapLabels.tsx), none covers
 * another, and no two subnets overlap.
 * The estate is the generator's describe output (src/io/aws/generate.ts), chosen as a folder.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateAwsEstate } from '../src/io/aws/generate.ts';
import { AppPage } from './pages/AppPage.ts';

test('10 VPCs and 100 subnets imported: at fit view the VPC and subnet names are readable, nothing overlaps', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vt-estate-'));
  for (const f of generateAwsEstate({ vpcs: 10, zones: 5, subnetsPerTier: 1, instancesPerVpc: 10 })) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  const app = new AppPage(page);
  await app.open();
  await app.fileMenu('importAws');
  await page.getByTestId('awsImport.folderInput').setInputFiles(join(dir, 'us-west-2'));
  await expect(page.getByTestId('awsImport.counts').locator('li[data-kind="subnet"]')).toContainText('100');
  await page.getByTestId('awsImport.import').click();
  await expect(app.node('vpc')).toHaveCount(10, { timeout: 30_000 });
  await app.fit();
  await app.settled();
  // Far too small for the nodes' own names (Canvas.tsx hides them below 20 %): the map labels take over.
  const labels = page.getByTestId('map.label');
  await expect(labels.first()).toBeVisible();
  const drawn = await labels.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const whole = e.scrollWidth <= e.clientWidth;
      return {
        kind: e.getAttribute('data-kind'),
        text: e.textContent ?? '',
        whole,
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
  const of = (kind: string) => drawn.filter((l) => l.kind === kind);
  expect(
    of('vpc')
      .map((l) => l.text)
      .sort(),
  ).toEqual(Array.from({ length: 10 }, (_, v) => `estate-${v}`).sort());
  expect(of('subnet').length).toBeGreaterThanOrEqual(90);
  expect(of('vpc').every((l) => l.whole)).toBe(true); // VPC names in full
  // On top of every node: with the layer made hit-testable for a moment, the topmost element at each
  // label's centre is the label itself, not a node drawn over it.
  const covered = await page.getByTestId('map.labels').evaluate((layer) => {
    const labels = [layer as HTMLElement, ...layer.querySelectorAll<HTMLElement>('[data-testid="map.label"]')];
    for (const l of labels) l.style.pointerEvents = 'auto';
    const bad = labels.slice(1).filter((l) => {
      const r = l.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== l;
    }).length;
    for (const l of labels) l.style.pointerEvents = '';
    return bad;
  });
  expect(covered).toBe(0);
  for (const l of drawn) {
    expect(l.h, l.text).toBeGreaterThanOrEqual(9.5); // 10–12 px on screen, whatever the zoom
    expect(l.w, l.text).toBeGreaterThan(20);
  }
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      const apart =
        a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
      expect(apart, `labels ${a.text} and ${b.text} overlap`).toBe(true);
    }
  const subnets = await app.node('subnet').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  expect(subnets).toHaveLength(100);
  for (let i = 0; i < subnets.length; i++)
    for (let j = i + 1; j < subnets.length; j++) {
      const a = subnets[i]!;
      const b = subnets[j]!;
      const apart =
        a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
      expect(apart, `subnets ${i} and ${j} overlap`).toBe(true);
    }
  await page.screenshot({ path: 'test-results/awsImport-10-vpcs.png' });
  expect(app.consoleErrors).toEqual([]);
});
