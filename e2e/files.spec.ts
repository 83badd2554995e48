/**
 * Files, done as a user does them: the File menu, templates, PNG/SVG export, JSON save and open
 * (picker and drop), share links in a fresh browser, and broken files that change nothing.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { AppPage, viewSettled } from './pages/AppPage.ts';

const peered = readFileSync('examples/peered-vpcs.json', 'utf8');
const TEMPLATES = ['singlePublicWeb', 'twoAzWebDb', 'threeTierAlb', 'peeredVpcs'] as const;

/** The File menu, through its test ids. */
class Files {
  constructor(readonly page: Page) {}
  async menu(item: string) {
    const popover = this.page.getByTestId('files.popover');
    if (!(await popover.isVisible())) await this.page.getByTestId('files.menu').click();
    await this.page.getByTestId(`files.${item}`).click();
  }
  async template(id: (typeof TEMPLATES)[number]) {
    await this.menu('templates');
    await this.page.getByTestId(`files.template.${id}`).click();
    await expect(this.page.getByTestId('files.templatesDialog')).toBeHidden();
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
    await viewSettled(this.page); // fitView after open
  }
  async download(item: string): Promise<Download> {
    const pending = this.page.waitForEvent('download');
    await this.menu(item);
    return pending;
  }
  /** Pick a file in the Open JSON… dialog: its content, or a path on disk for big files. */
  async openFile(name: string, content: string | { path: string }, mimeType = 'application/json') {
    const chooser = this.page.waitForEvent('filechooser');
    await this.menu('open');
    await (
      await chooser
    ).setFiles(typeof content === 'string' ? { name, mimeType, buffer: Buffer.from(content) } : content.path);
  }
  designName() {
    return this.page.getByTestId('toolbar.name');
  }
  nodeCount() {
    return this.page.locator('.react-flow__node').count();
  }
}

async function readDownload(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFileSync(path);
}

test('the File menu opens from the keyboard, moves with the arrows and closes with Escape', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const button = page.getByTestId('files.menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('files.new')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('files.designs')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('files.share')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('files.new')).toBeFocused();
  for (const id of ['new', 'designs', 'templates', 'open', 'save', 'exportPng', 'exportSvg', 'share']) {
    await expect(page.getByTestId(`files.${id}`)).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/files-menu.png', clip: { x: 0, y: 0, width: 760, height: 470 } });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  // A click outside closes it too.
  await button.click();
  await expect(menu).toBeVisible();
  // Outside the menu, which now reaches below the middle of the canvas.
  await page.getByTestId('canvas').click({ position: { x: 650, y: 250 } });
  await expect(menu).toBeHidden();
  expect(app.consoleErrors).toEqual([]);
});

test('every template opens as a new design with no errors in the findings', async ({ page }) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await app.open();
  await files.menu('templates');
  await expect(page.getByTestId('files.templatesDialog')).toBeVisible();
  await page.screenshot({ path: 'test-results/files-templates.png' });
  await page.keyboard.press('Escape');
  for (const id of TEMPLATES) {
    await files.template(id);
    await expect(page.getByTestId('findings.count.error')).toHaveText('0');
    expect(await files.nodeCount()).toBeGreaterThan(5);
    await expect(app.flowLabels().first()).toBeVisible();
  }
  // Each template became its own design in the list.
  await files.menu('designs');
  await expect(page.getByTestId('files.design')).toHaveCount(4);
  expect(app.consoleErrors).toEqual([]);
});

test('exports the whole diagram as a PNG at 2x with its flow edges drawn, and as an SVG', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const files = new Files(page);
  await app.open();
  await files.template('threeTierAlb');
  // Zoom in so most of the diagram is off screen: the export must still hold all of it.
  for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomin').click();
  await app.settled();

  const download = await files.download('exportPng');
  expect(download.suggestedFilename()).toBe('three-tiers-behind-a-load-balancer.png');
  const png = await readDownload(download);
  await download.saveAs('test-results/files-export.png');
  expect(png.length).toBeGreaterThan(20_000);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);

  // The diagram in diagram coordinates, measured on the page, and the flow edges sampled along their paths.
  const geometry = await page.evaluate(() => {
    const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
    const m = /translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(
      (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
    )!;
    const [tx, ty, z] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const toFlow = (x: number, y: number) => ({ x: (x - flow.left - tx) / z, y: (y - flow.top - ty) / z });
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      const a = toFlow(r.left, r.top);
      const b = toFlow(r.right, r.bottom);
      return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')].map(box);
    const bounds = {
      x0: Math.min(...nodes.map((n) => n.x0)),
      y0: Math.min(...nodes.map((n) => n.y0)),
      x1: Math.max(...nodes.map((n) => n.x1)),
      y1: Math.max(...nodes.map((n) => n.y1)),
    };
    // Points on edges that nothing covers: not under a resource or a flow label, away from the ends.
    const covers = [
      ...document.querySelectorAll('.react-flow__node:has(.vt-leaf), .react-flow__node-internet, .vt-flow-label'),
    ].map(box);
    const samples: { x: number; y: number }[] = [];
    let length = 0;
    for (const path of document.querySelectorAll<SVGPathElement>('path.vt-flow')) {
      const total = path.getTotalLength();
      length += total;
      const ctm = path.getScreenCTM()!;
      for (let s = total * 0.1; s < total * 0.9; s += 12) {
        const p = path.getPointAtLength(s).matrixTransform(ctm);
        const f = toFlow(p.x, p.y);
        if (!covers.some((c) => f.x > c.x0 - 6 && f.x < c.x1 + 6 && f.y > c.y0 - 6 && f.y < c.y1 + 6)) samples.push(f);
      }
    }
    return { bounds, samples, length, edges: document.querySelectorAll('path.vt-flow').length };
  });
  const diagramWidth = geometry.bounds.x1 - geometry.bounds.x0;
  const diagramHeight = geometry.bounds.y1 - geometry.bounds.y0;
  expect(geometry.edges).toBe(6);
  expect(width).toBeGreaterThanOrEqual(Math.floor(diagramWidth * 2));
  expect(height).toBeGreaterThanOrEqual(Math.floor(diagramHeight * 2));
  expect(geometry.samples.length).toBeGreaterThan(40);

  // Decode the PNG with Chromium itself and count pixels of the flow colours (reachable green, blocked red).
  const countEdges = (image: Buffer) =>
    page.evaluate(
      async ({ data, bounds, samples }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data: px, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const colours = [
          [0x1d, 0x81, 0x02],
          [0xd1, 0x32, 0x12],
        ];
        const isEdge = (i: number) =>
          colours.some(
            ([r, g, b]) =>
              Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 80 && px[i + 3]! > 200,
          );
        let edgePixels = 0;
        for (let i = 0; i < px.length; i += 4) if (isEdge(i)) edgePixels++;
        // Image pixel of a diagram point: the export puts the diagram 48 px from the corner, at this ratio.
        const ratio = img.naturalWidth / Math.ceil(bounds.x1 - bounds.x0 + 96);
        let hits = 0;
        for (const s of samples) {
          const cx = Math.round((s.x - bounds.x0 + 48) * ratio);
          const cy = Math.round((s.y - bounds.y0 + 48) * ratio);
          let hit = false;
          for (let dy = -4; dy <= 4 && !hit; dy++) {
            for (let dx = -4; dx <= 4 && !hit; dx++) {
              const x = cx + dx;
              const y = cy + dy;
              if (x >= 0 && y >= 0 && x < width && y < canvas.height && isEdge((y * width + x) * 4)) hit = true;
            }
          }
          if (hit) hits++;
        }
        return { edgePixels, hits, ratio };
      },
      { data: image.toString('base64'), bounds: geometry.bounds, samples: geometry.samples },
    );
  const counts = await countEdges(png);
  expect(counts.ratio).toBeCloseTo(2, 1);
  // html-to-image 1.11.12+ drops CSS-stroked edges: then almost no sample would hit.
  expect(counts.hits / geometry.samples.length).toBeGreaterThan(0.8);
  expect(counts.edgePixels).toBeGreaterThan(geometry.length * 2);
  // Control: the same export with the edge strokes hidden must fail the check above, or it proves nothing.
  await page.addStyleTag({ content: 'path.vt-flow { stroke: none !important; }' });
  const control = await countEdges(await readDownload(await files.download('exportPng')));
  expect(control.hits / geometry.samples.length).toBeLessThan(0.2);
  await page.evaluate(() =>
    document
      .querySelectorAll('style')
      .forEach((st) => st.textContent?.includes('path.vt-flow { stroke: none') && st.remove()),
  );

  // Transparent background: the corner pixel has no colour at all.
  await files.menu('bg.transparent');
  await page.keyboard.press('Escape');
  const clear = await readDownload(await files.download('exportPng'));
  const corner = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 4;
    c.height = 4;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(1, 1, 1, 1).data];
  }, clear.toString('base64'));
  expect(corner[3]).toBe(0);

  const svg = await files.download('exportSvg');
  expect(svg.suggestedFilename()).toBe('three-tiers-behind-a-load-balancer.svg');
  const text = (await readDownload(svg)).toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('vt-flow');
  expect(app.consoleErrors).toEqual([]);
});

test('an export made while zoomed far out has every detail, and copies only the styles the app declares', async ({
  page,
}) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await app.open();
  await files.template('threeTierAlb');
  // Zoomed far out the canvas draws compact nodes (icon and name): the picture must not.
  for (let i = 0; i < 8; i++) await page.locator('.react-flow__controls-zoomout').click();
  await app.settled();
  await expect(page.locator('.vt-leaf__sub')).toHaveCount(0);
  // This far out the names are not drawn either (under 2.5 px high)…
  await expect(page.getByTestId('canvas')).toHaveClass(/vt-lod-tiny/);
  await expect(page.locator('.vt-leaf__name').first()).toBeHidden();
  const leavesWithDetail = await page.evaluate(() => document.querySelectorAll('.vt-leaf').length);
  expect(leavesWithDetail).toBeGreaterThan(5);

  const text = (await readDownload(await files.download('exportSvg'))).toString('utf8');
  const subtitles = text.match(/class="vt-leaf__sub"/g) ?? [];
  expect(subtitles.length).toBeGreaterThan(5);
  expect(text).toContain('class="vt-chip ');
  // …but the picture has them, drawn.
  const names = [...text.matchAll(/<div class="vt-leaf__name"[^>]*style="([^"]*)"/g)].map((m) => m[1]!);
  expect(names.length).toBeGreaterThan(5);
  expect(names.every((style) => !/visibility:\s*hidden/.test(style))).toBe(true);
  // Back on screen, the canvas is compact again.
  await expect(page.locator('.vt-leaf__sub')).toHaveCount(0);

  // html-to-image copies every computed property (about 350) onto every element unless told which
  // (the includeStyleProperties patch): a property no stylesheet of the app declares, such as
  // caret-color, must not be in the picture, and animations/cursors never are.
  const properties = new Set<string>();
  for (const m of text.matchAll(/style="([^"]*)"/g)) {
    for (const decl of m[1]!.replaceAll('&quot;', "'").split(';')) {
      const name = decl.split(':')[0]!.trim();
      if (name) properties.add(name);
    }
  }
  expect(properties.has('stroke')).toBe(true);
  // (Chromium writes longhands that add up to a shorthand as the shorthand: background, border…)
  expect(properties.has('background') || properties.has('background-color')).toBe(true);
  for (const absent of ['caret-color', 'animation-name', 'cursor', 'font-variant-ligatures', 'text-decoration-style'])
    expect(properties.has(absent), absent).toBe(false);
  expect(properties.size).toBeLessThan(150);
  expect(app.consoleErrors).toEqual([]);
});

test('Ctrl+S saves the design as JSON, even mid-typing in the inspector; Ctrl+O opens the file picker', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(peered);
  await app.select(app.node('instance', 'api'));
  const field = page.getByTestId('inspector.name');
  await field.fill('renamed-before-saving');
  // Not committed yet (no Enter, no blur): the shortcut commits it, then saves.
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = JSON.parse((await readDownload(await pending)).toString('utf8')) as { resources: { name: string }[] };
  expect(saved.resources.some((r) => r.name === 'renamed-before-saving')).toBe(true);
  await expect(page.getByTestId('notice')).toContainText('.json');

  const chooser = page.waitForEvent('filechooser');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+o');
  // The picker takes several files at once (a folder's .tf files, issue #15).
  expect((await chooser).isMultiple()).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test('save as JSON, start a new design, open the file: the same design comes back', async ({ page }) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await app.open();
  await files.template('twoAzWebDb');
  const saved = await files.download('save');
  expect(saved.suggestedFilename()).toBe('two-az-web-and-database.json');
  const text = (await readDownload(saved)).toString('utf8');
  const original = JSON.parse(text);
  const nodes = await files.nodeCount();

  await files.menu('new');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByTestId('hint.empty')).toBeVisible();

  await files.openFile('two-az-web-and-database.json', text);
  // The template of that name is still in the list: keep both, under names told apart.
  await page.getByTestId('files.sameName.keepBoth').click();
  await expect(page.getByTestId('notice')).toContainText('as a new design');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
  await expect(files.designName()).toHaveValue(`${original.name} (2)`);
  const reopened = await app.savedDesign();
  expect(reopened).toEqual({ ...original, name: `${original.name} (2)` });

  // The list holds the template and the opened file (not the untouched new design); nothing was replaced.
  await files.menu('designs');
  await expect(page.getByTestId('files.design')).toHaveCount(2);
  await page.keyboard.press('Escape');

  // Dropping a file on the canvas opens it the same way.
  const dropped = { ...original, name: 'Dropped copy' };
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      canvas.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(dropped));
  await expect(files.designName()).toHaveValue('Dropped copy');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
  expect(app.consoleErrors).toEqual([]);
});

test('a broken file says what is wrong and where, and the design on screen stays as it was', async ({ page }) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await app.open();
  await files.template('singlePublicWeb');
  const before = await app.savedDesign();
  const nodes = await files.nodeCount();
  const good = JSON.parse(readFileSync('examples/single-public-web.json', 'utf8'));
  const dangling = structuredClone(good);
  dangling.resources[3].parent = 'vpc-gone';
  const duplicate = structuredClone(good);
  duplicate.resources[2].id = duplicate.resources[1].id;

  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20));
  const cases: [string, string | { path: string }, RegExp][] = [
    ['notes.json', '{"format": "vpc-town", "version": 1, "name": ', /not valid JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /format|vpc-town/i],
    ['future.json', JSON.stringify({ ...good, version: 99 }), /newer|version/i],
    ['dangling.json', JSON.stringify(dangling), /resources\[3\]/],
    ['duplicate.json', JSON.stringify(duplicate), /already used/],
    ['proto.json', `{"__proto__": {"polluted": true}, ${JSON.stringify(good).slice(1)}`, /./],
    ['huge.json', { path: 'test-results/huge.json' }, /50\.0 MB/],
  ];
  let shown = good.name;
  for (const [name, content, message] of cases) {
    await files.openFile(name, content);
    if (name === 'proto.json') {
      // Named like the template already in the list: keep both.
      await page.getByTestId('files.sameName.keepBoth').click();
      shown = `${good.name} (2)`;
      // An unknown key is ignored (with a warning); nothing is polluted.
      await expect(page.getByTestId('notice')).toContainText('repaired');
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
      continue;
    }
    const dialog = page.getByTestId('files.error');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(name);
    await expect(dialog).toContainText(message);
    await expect(dialog).toContainText('Nothing was changed');
    if (name === 'dangling.json') {
      // The dialog's entry animation has ended.
      await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
      await page.screenshot({ path: 'test-results/files-error.png' });
    }
    await page.getByTestId('files.error.ok').click();
    await expect(dialog).toBeHidden();
    await expect(files.designName()).toHaveValue(shown);
    expect(await files.nodeCount()).toBe(nodes);
  }
  // Only the valid __proto__ file was added; the design saved before is untouched.
  const list = await page.evaluate(() => JSON.parse(localStorage.getItem('vpc-town:designs')!).entries.length);
  expect(list).toBe(2);
  await files.menu('designs');
  await page.locator(`[data-testid="files.design"][data-name="${good.name}"]`).getByTestId('files.design.open').click();
  expect(await app.savedDesign()).toEqual(before);
});

test('a share link opens in a fresh browser read-only-first, never over the user’s own work', async ({
  page,
  browser,
  baseURL,
}) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await app.open();
  await files.template('threeTierAlb');
  await files.menu('share');
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=/);
  const nodes = await files.nodeCount();

  // Someone else, with their own design saved in their browser, opens the link.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const theirs = await other.newPage();
  const them = new AppPage(theirs);
  await theirs.addInitScript((t) => {
    if (!sessionStorage.getItem('vt-seeded')) {
      sessionStorage.setItem('vt-seeded', '1');
      localStorage.setItem('vpc-town:autosave', t);
    }
  }, peered);
  await theirs.goto(link);
  const banner = theirs.getByTestId('files.sharedBanner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('You are viewing a shared design');
  await expect(theirs.getByTestId('toolbar.name')).toHaveValue('Three tiers behind a load balancer');
  await expect(theirs.locator('.react-flow__node')).toHaveCount(nodes);
  await them.settled(); // the fit below the banner
  await theirs.screenshot({ path: 'test-results/files-share-banner.png' });

  // An edit while viewing is not saved over their own design.
  await theirs.getByTestId('toolbar.name').fill('Edited while viewing');
  await theirs.getByTestId('toolbar.name').press('Enter');
  const stillTheirs = await them.savedDesign();
  expect(stillTheirs?.resources).toEqual(JSON.parse(peered).resources);

  // Keep a copy: it joins their list, is opened, and the link leaves the address bar.
  await theirs.getByTestId('files.keepCopy').click();
  await expect(banner).toBeHidden();
  await expect(theirs).toHaveURL(/\/$/);
  const kept = await them.savedDesign();
  expect(kept).toMatchObject({ name: 'Edited while viewing' });
  await new Files(theirs).menu('designs');
  await expect(theirs.getByTestId('files.design')).toHaveCount(2);
  await expect(theirs.getByTestId('files.design').filter({ hasText: 'Two VPCs joined by peering' })).toHaveCount(1);
  expect(them.consoleErrors).toEqual([]);
  await other.close();

  // A damaged link: a clear message, and their own design loads as usual.
  const third = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const p3 = await third.newPage();
  await p3.addInitScript(
    (t) => localStorage.getItem('vpc-town:designs') || localStorage.setItem('vpc-town:autosave', t),
    peered,
  );
  await p3.goto(link.slice(0, Math.floor(link.length * 0.6)));
  await expect(p3.getByTestId('notice')).toContainText('This share link is damaged or cut off');
  await expect(p3.getByTestId('files.sharedBanner')).toBeHidden();
  await expect(p3.getByTestId('toolbar.name')).toHaveValue('Two VPCs joined by peering');
  await third.close();
});

test('designs: rename, duplicate, open and delete (after confirming)', async ({ page }) => {
  const app = new AppPage(page);
  const files = new Files(page);
  await app.openWith(peered);
  await files.template('singlePublicWeb');
  await files.menu('designs');
  const rows = page.getByTestId('files.design');
  await expect(rows).toHaveCount(2);
  const peeredRow = rows.filter({ hasText: 'Two VPCs joined by peering' });
  await peeredRow.getByTestId('files.design.rename').click();
  await page.getByTestId('files.design.nameInput').fill('Peering lab');
  await page.getByTestId('files.design.nameInput').press('Enter');
  await expect(rows.filter({ hasText: 'Peering lab' })).toHaveCount(1);
  await rows.filter({ hasText: 'Peering lab' }).getByTestId('files.design.duplicate').click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Peering lab (copy)' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/files-designs.png' });

  await rows.filter({ hasText: 'Peering lab (copy)' }).getByTestId('files.design.delete').click();
  await expect(page.getByTestId('files.design.confirmDelete')).toBeVisible();
  await page.getByTestId('files.design.confirmDelete').click();
  await expect(rows).toHaveCount(2);

  await rows.filter({ hasText: 'Peering lab' }).getByTestId('files.design.open').click();
  await expect(page.getByTestId('files.designsDialog')).toBeHidden();
  await expect(files.designName()).toHaveValue('Peering lab');
  // The list survives a reload, and the open design is the one that comes back.
  await page.reload();
  await expect(files.designName()).toHaveValue('Peering lab');
  await files.menu('designs');
  await expect(rows).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});
