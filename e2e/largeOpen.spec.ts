import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

// Issue #11: opening a large design keeps the tab answering input while it works, and the design
// is complete afterwards. 3,000 resources and 123 traffic flows: more flows than are routed in one go
// (canvas/useFlowRoutes.ts), small enough to open within seconds here.
test('a large design opened through File › Open answers a key press while its flows are routed, and opens complete', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { generateDesign } = await import('../src/testing/generate.ts');
  const { serializeDesign } = await import('../src/io/json/write.ts');
  const design = generateDesign({ resources: 3000, seed: 7, name: 'Large estate' });
  const app = new AppPage(page);
  await app.open();
  // Record, when the File menu next opens, whether the flows were still being routed at that moment.
  await page.evaluate(() => {
    const w = window as unknown as { __menuOpened: { routing: boolean } | null };
    w.__menuOpened = null;
    const button = document.querySelector('[data-testid="files.menu"]')!;
    new MutationObserver(() => {
      if (button.getAttribute('aria-expanded') === 'true' && !w.__menuOpened)
        w.__menuOpened = { routing: !!document.querySelector('[data-testid="canvas.routing"]') };
    }).observe(button, { attributes: true });
  });

  const chooser = page.waitForEvent('filechooser');
  await app.fileMenu('open');
  await (
    await chooser
  ).setFiles({ name: 'large-estate.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });

  // The design shows while its flows are still being routed, and says so.
  const routing = page.getByTestId('canvas.routing');
  await expect(routing).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('files.popover')).toBeHidden();
  await page.evaluate(() => ((window as unknown as { __menuOpened: unknown }).__menuOpened = null));
  // A key press meanwhile is answered: ArrowDown on the File button opens the menu.
  await page.getByTestId('files.menu').press('ArrowDown');
  await expect(routing).toContainText('of 123');
  await expect(page.getByTestId('files.popover')).toBeVisible();
  const opened = await page.evaluate(() => (window as unknown as { __menuOpened: { routing: boolean } }).__menuOpened);
  expect(opened).toEqual({ routing: true });
  await page.keyboard.press('Escape');

  // Afterwards: every flow routed (the note goes; a generous guard, not a timing), the whole design open and saved.
  await expect(routing).toBeHidden({ timeout: 90_000 });
  await expect(page.getByTestId('toolbar.name')).toHaveValue('Large estate');
  // Fitted, each VPC is one summary box and flows are painted between boxes (canvas/lod.ts); zoomed
  // in to where resources are legible, the routed flows are React Flow edges again.
  for (let i = 0; i < 20 && !(await page.locator('.vt-leaf__name').count()); i++) {
    await page.locator('.react-flow__controls-zoomin').click();
    await app.settled(4);
  }
  await expect.poll(() => page.locator('.react-flow__edge-path').count()).toBeGreaterThan(0);
  await app.flushAutosave();
  const saved = await app.savedDesign();
  expect(saved?.resources.length).toBe(design.resources.length);
  expect(saved?.flows.length).toBe(design.flows.length);
  expect(app.consoleErrors).toEqual([]);
});

// Task: a large file is read off the main thread with a progress note, and a failing large open
// leaves the design on screen as it was.
test('a large design opened through File › Open shows progress, then the design; a truncated one changes nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { generateDesign } = await import('../src/testing/generate.ts');
  const { serializeDesign } = await import('../src/io/json/write.ts');
  const app = new AppPage(page);
  await app.open();
  await app.drag('region');
  await expect(app.node('region')).toHaveCount(1);
  // Every text the opening note shows, as it changes.
  await page.evaluate(() => {
    const w = window as unknown as { __notes: string[] };
    w.__notes = [];
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="files.opening"]')?.textContent;
      if (t && w.__notes[w.__notes.length - 1] !== t) w.__notes.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const notes = () => page.evaluate(() => (window as unknown as { __notes: string[] }).__notes);
  const openFile = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await app.fileMenu('open');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  // A truncated large file: the error says so, the note goes, the region is still there.
  const text = serializeDesign(generateDesign({ resources: 3000, seed: 7, name: 'Large estate' }));
  await openFile('cut.json', text.slice(0, Math.floor(text.length * 0.6)));
  await expect(page.getByRole('dialog')).toContainText('cut.json');
  expect((await notes())[0]).toContain('Opening cut.json');
  await expect(page.getByTestId('files.opening')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(app.node('region')).toHaveCount(1);

  // The whole file: progress (reading, checking, flows n of N), then the design.
  await page.evaluate(() => ((window as unknown as { __notes: string[] }).__notes = []));
  await openFile('large-estate.json', text);
  await expect(page.getByTestId('toolbar.name')).toHaveValue('Large estate', { timeout: 60_000 });
  await expect(page.getByTestId('files.opening')).toBeHidden();
  const seen = await notes();
  expect(seen.some((n) => n.includes('Opening large-estate.json'))).toBe(true);
  expect(seen.some((n) => /traffic flows [\d,]+ of 123/.test(n))).toBe(true);
  // Drawn summarised at fit view (issue #17's level of detail): a box per VPC or subnet, not every resource.
  await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(5);
  expect(app.consoleErrors).toEqual([]);
});

// Issue #11's ceiling: 20,000 resources (about 9 MB of JSON) open through File › Open without
// freezing the tab. The canvas mounts such a design a slice at a time (canvas/reveal.ts) and routes
// its 763 flows a slice at a time; a key press meanwhile is answered. The design outgrows the
// browser's storage, and says so rather than claiming it was kept.
test('a 20,000-resource design opened through File › Open answers a key press while it is drawn, then shows every part', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const { generateDesign } = await import('../src/testing/generate.ts');
  const { serializeDesign } = await import('../src/io/json/write.ts');
  const design = generateDesign({ resources: 20000, seed: 7, name: 'Estate 20000' });
  const app = new AppPage(page);
  await app.open();
  // When the File menu next opens: was the design still being mounted or its flows routed?
  await page.evaluate(() => {
    const w = window as unknown as { __menuOpened: { busy: boolean } | null };
    w.__menuOpened = null;
    const button = document.querySelector('[data-testid="files.menu"]')!;
    new MutationObserver(() => {
      if (button.getAttribute('aria-expanded') === 'true' && !w.__menuOpened)
        w.__menuOpened = {
          busy: !!document.querySelector('[data-revealing], [data-testid="canvas.routing"]'),
        };
    }).observe(button, { attributes: true });
  });

  const chooser = page.waitForEvent('filechooser');
  await app.fileMenu('open');
  await (
    await chooser
  ).setFiles({ name: 'estate.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });

  // The design shows while it is still being drawn; a key press then opens the File menu.
  const canvas = page.getByTestId('canvas');
  const busy = page.locator('[data-testid="canvas"][data-revealing], [data-testid="canvas.routing"]');
  await expect(busy.first()).toBeAttached({ timeout: 180_000 });
  await expect(page.getByTestId('toolbar.name')).toHaveValue('Estate 20000');
  await expect(page.getByTestId('files.popover')).toBeHidden();
  await page.evaluate(() => ((window as unknown as { __menuOpened: unknown }).__menuOpened = null));
  await page.getByTestId('files.menu').press('ArrowDown');
  await expect(page.getByTestId('files.popover')).toBeVisible();
  const opened = await page.evaluate(() => (window as unknown as { __menuOpened: { busy: boolean } }).__menuOpened);
  expect(opened).toEqual({ busy: true });
  await page.keyboard.press('Escape');

  // Afterwards (generous guards, not timings): every node of the fitted view mounted, every flow
  // routed, and the design either saved or the strip saying it could not be, with Save as JSON.
  await expect(canvas).not.toHaveAttribute('data-revealing', { timeout: 180_000 });
  await expect(page.getByTestId('canvas.routing')).toBeHidden({ timeout: 180_000 });
  // Fitted, each VPC is one summary box (canvas/lod.ts): what is in view, every one mounted.
  const mounted = await page.locator('.react-flow__node').count();
  expect(mounted).toBeGreaterThan(20);
  expect(await page.locator('[data-testid="node.vpc"][data-lod="summary"]').count()).toBeGreaterThan(20);
  expect(await page.locator('.react-flow__node[style*="visibility: hidden"]').count()).toBe(0);
  const saved = await app.savedDesign();
  if (saved) expect(saved.resources.length).toBe(design.resources.length);
  else await expect(page.getByTestId('files.storageExport')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
