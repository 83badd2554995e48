/**
 * What the diagram shows (issue #11), checked as a user sees it: templates opened from the File
 * menu, resources dragged from the palette, explain mode toggled, the VPC renamed in the
 * inspector, an SVG exported. Geometry is read from the page (bounding boxes, sampled edge paths).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

async function openTemplate(page: Page, id: string) {
  if (!(await page.getByTestId('files.popover').isVisible())) await page.getByTestId('files.menu').click();
  await page.getByTestId('files.templates').click();
  await page.getByTestId(`files.template.${id}`).click();
  await expect(page.getByTestId('files.templatesDialog')).toBeHidden();
  await expect(app(page).flowLabels().first()).toBeVisible();
}
const app = (page: Page) => new AppPage(page);

type R = { x: number; y: number; width: number; height: number };
const hits = (a: R, b: R) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair (what, covered) where a box of `sel` overlaps a box of `others`, on screen. */
function overlaps(page: Page, sel: string, others: string) {
  return page.evaluate(
    ({ sel, others }) => {
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const out: string[] = [];
      const them = [...document.querySelectorAll(others)];
      for (const el of document.querySelectorAll(sel)) {
        const a = el.getBoundingClientRect();
        for (const o of them)
          if (o !== el && !o.contains(el) && !el.contains(o) && hit(a, o.getBoundingClientRect()))
            out.push(`${el.textContent} / ${o.textContent}`);
      }
      return out;
    },
    { sel, others },
  );
}

/** Names of nodes that lie (partly) outside the canvas or under the minimap or the zoom controls. */
function hiddenNodes(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const overlays = [...document.querySelectorAll('.react-flow__minimap, .react-flow__controls')].map((e) =>
      e.getBoundingClientRect(),
    );
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('.react-flow__node')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        const out = r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom;
        return out || overlays.some((o) => hit(r, o));
      })
      .map((n) => n.getAttribute('aria-label') ?? n.getAttribute('data-id'));
  });
}

test('subnet chips name their route table and NACL in full, fitted and zoomed in', async ({ page }) => {
  await app(page).open();
  await openTemplate(page, 'twoAzWebDb');
  const truncated = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="node.subnet"] .vt-chip')]
        .filter((c) => {
          const header = c.closest('.vt-group__header')!.getBoundingClientRect();
          const r = c.getBoundingClientRect();
          return c.scrollWidth > c.clientWidth || r.right > header.right + 0.5;
        })
        .map((c) => c.textContent),
    );
  const publicA = app(page).node('subnet', 'public-a');
  await expect(publicA.locator('.vt-chip--rtb')).toHaveText('public');
  await expect(publicA.locator('.vt-chip--acl')).toHaveText('default NACL');
  expect(await truncated()).toEqual([]);
  await page.screenshot({ path: 'test-results/diagram-chips.png' });
  for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(truncated).toEqual([]);
});

test('flow edges go around the other nodes and their labels cover no node, name or chip', async ({ page }) => {
  await app(page).open();
  for (const id of ['twoAzWebDb', 'threeTierAlb']) {
    await openTemplate(page, id);
    // Each flow path, sampled every 4 px (leaving out the ends at the two handles), inside no node.
    const crossings = () =>
      page.evaluate(() => {
        const leaves = [...document.querySelectorAll('.vt-leaf')].map((l) => ({
          name: l.getAttribute('data-name') ?? l.textContent,
          r: l.getBoundingClientRect(),
        }));
        const out: string[] = [];
        for (const path of document.querySelectorAll<SVGPathElement>('path.vt-flow')) {
          const m = path.getScreenCTM()!;
          const len = path.getTotalLength();
          const z = m.a;
          for (let at = 10 / z; at < len - 10 / z; at += 4) {
            const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(m);
            for (const l of leaves)
              if (p.x > l.r.left + 2 && p.x < l.r.right - 2 && p.y > l.r.top + 2 && p.y < l.r.bottom - 2)
                out.push(`${path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '?'} through ${l.name}`);
          }
        }
        return [...new Set(out)];
      });
    await expect.poll(crossings).toEqual([]);
    await expect
      .poll(() =>
        overlaps(
          page,
          '[data-testid="flow.label"]',
          '.vt-leaf, .vt-group__name, .vt-group__sub, .vt-chip, .vt-badge, [data-testid="flow.label"]',
        ),
      )
      .toEqual([]);
    await page.screenshot({ path: `test-results/diagram-flows-${id}.png` });
  }
});

test('explain mode: its chips cover no other chip or name, and the legend re-fits the diagram', async ({ page }) => {
  await app(page).open();
  await openTemplate(page, 'twoAzWebDb');
  await page.getByTestId('toolbar.explain').check();
  await expect(page.getByTestId('legend')).toBeVisible();
  // The canvas narrowed for the legend; the whole diagram is framed again in what is left.
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  await expect
    .poll(() =>
      overlaps(
        page,
        '[data-testid="explain.chip"]',
        '.vt-chip, .vt-badge, .vt-group__name, .vt-group__sub, .vt-leaf__name, .vt-leaf__sub, [data-testid="explain.chip"]',
      ),
    )
    .toEqual([]);
  await page.screenshot({ path: 'test-results/diagram-explain.png' });
  await page.getByTestId('toolbar.explain').uncheck();
  await expect(page.getByTestId('legend')).toHaveCount(0);
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
});

test('fit view leaves the minimap and controls free, and a drop beside the minimap is brought clear of it', async ({
  page,
}) => {
  const a = app(page);
  await a.open();
  // Drop a region right where the minimap is.
  const canvas = (await a.canvas().boundingBox())!;
  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  await a.drag('region', undefined, {
    x: minimap.x - canvas.x + minimap.width / 2,
    y: minimap.y - canvas.y + minimap.height / 2,
  });
  await expect(a.node('region')).toHaveCount(1);
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  for (const id of ['threeTierAlb', 'peeredVpcs']) {
    await openTemplate(page, id);
    await expect.poll(() => hiddenNodes(page)).toEqual([]);
    for (let i = 0; i < 2; i++) await page.locator('.react-flow__controls-zoomout').click();
    await page.getByTestId('toolbar.fit').click();
    await expect.poll(() => hiddenNodes(page)).toEqual([]);
  }
});

test('new route tables line up on the VPC shelf, an AZ goes below, and renaming the VPC renames its main table', async ({
  page,
}) => {
  const a = app(page);
  await a.open();
  await a.drag('region', undefined, { x: 300, y: 250 });
  await a.drag('vpc', a.node('region'), { x: 120, y: 120 });
  await expect(a.node('routeTable', 'VPC-main-rtb')).toBeVisible();
  await page.getByTestId('palette.routeTable').click();
  await page.getByTestId('palette.routeTable').click();
  await a.select(a.node('vpc'));
  await page.getByTestId('palette.az').click();
  await expect(a.node('routeTable')).toHaveCount(3);
  const boxes = await a
    .node('routeTable')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as R));
  const tops = boxes.map((b) => Math.round(b.y));
  expect(new Set(tops).size).toBe(1);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(hits(boxes[i]!, boxes[j]!)).toBe(false);
  const az = (await a.node('az').boundingBox())!;
  expect(az.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height);
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/diagram-placement.png' });

  await a.select(a.node('vpc'));
  await a.type('inspector.name', 'shop');
  await expect(a.node('routeTable', 'shop-main-rtb')).toBeVisible();
  await expect(a.node('nacl', 'shop-default-acl')).toBeVisible();
  await expect(a.node('routeTable', 'rtb-1')).toBeVisible();
});

test('a database in a two-subnet group shows in both subnets, on screen and in the SVG export', async ({ page }) => {
  const a = app(page);
  await a.open();
  await openTemplate(page, 'twoAzWebDb');
  const marker = page.getByTestId('node.span');
  await expect(marker).toHaveCount(1);
  await expect(marker).toHaveAttribute('data-name', 'postgres');
  const inside = (await marker.boundingBox())!;
  const dbB = (await a.node('subnet', 'db-b').boundingBox())!;
  expect(inside.x >= dbB.x && inside.y >= dbB.y && inside.x + inside.width <= dbB.x + dbB.width).toBe(true);
  expect(inside.y + inside.height).toBeLessThanOrEqual(dbB.y + dbB.height);
  // Clicking the marker selects the database.
  await marker.locator('.vt-leaf__icon').click();
  await expect(page.getByTestId('inspector.name')).toHaveValue('postgres');

  await page.getByTestId('files.menu').click();
  const pending = page.waitForEvent('download');
  await page.getByTestId('files.exportSvg').click();
  const svg = await pending;
  const chunks: Buffer[] = [];
  for await (const c of (await svg.createReadStream())!) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).toContain('vt-leaf--span');
  expect(text).toContain('also here: DB subnet group');
});

test('Region and Availability Zone have their own icons', async ({ page }) => {
  await app(page).open();
  const src = (id: string) => page.getByTestId(`palette.${id}`).locator('img').getAttribute('src');
  const [region, az] = [await src('region'), await src('az')];
  expect(region).toBeTruthy();
  expect(az).toBeTruthy();
  expect(az).not.toBe(region);
});

test('the toolbar is one row at 1440 px, in English and in Korean', async ({ page }) => {
  const a = app(page);
  await a.openWith(readFileSync('examples/two-az-web-db.json', 'utf8'));
  const rowOf = () =>
    page.evaluate(() => {
      const bar = document.querySelector('.vt-toolbar')!;
      // Every control's vertical centre: one row means they all share one (within a pixel or two).
      const centres = [...bar.children]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return r.top + r.height / 2;
        });
      return { spread: Math.round(Math.max(...centres) - Math.min(...centres)), height: bar.getBoundingClientRect().height };
    });
  const en = await rowOf();
  await page.screenshot({ path: 'test-results/toolbar-en.png', clip: { x: 0, y: 0, width: 1440, height: 80 } });
  await page.getByTestId('toolbar.language').selectOption('ko');
  await expect(page.getByTestId('toolbar.undo')).not.toContainText('Undo');
  const ko = await rowOf();
  await page.screenshot({ path: 'test-results/toolbar-ko.png', clip: { x: 0, y: 0, width: 1440, height: 80 } });
  expect(en.spread, 'English controls on one row').toBeLessThanOrEqual(2);
  expect(ko.spread, 'Korean controls on one row').toBeLessThanOrEqual(2);
  expect(en.height).toBeLessThan(60);
  expect(ko.height).toBeLessThan(60);
});
