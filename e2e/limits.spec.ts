/**
 * Untrusted input at its limits (issue #11), done as a user meets it: a share link that is a
 * compression bomb, a design file over the resource ceiling, and a resource name with characters
 * XML forbids, exported through the File menu.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { lzBomb } from '../src/testing/lzBomb.ts';
import { AppPage } from './pages/AppPage.ts';

const peered = readFileSync('examples/peered-vpcs.json', 'utf8');
const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');
const PEERED_NAME = 'Two VPCs joined by peering';

async function fileMenu(page: Page, item: string) {
  const popover = page.getByTestId('files.popover');
  if (!(await popover.isVisible())) await page.getByTestId('files.menu').click();
  await page.getByTestId(`files.${item}`).click();
}

async function download(page: Page, item: string): Promise<Buffer> {
  const pending = page.waitForEvent('download');
  await fileMenu(page, item);
  const d: Download = await pending;
  return readFileSync(await d.path());
}

test('a share link that would unpack to billions of characters is refused at once; the design stays, and a reload does not try again', async ({
  page,
  browser,
}) => {
  // About 280 KB of link that lz-string would unpack to some 5 × 10^9 characters: it took the tab down.
  const bomb = `/#d=${lzBomb(100_000)}`;
  const app = new AppPage(page);
  await app.openWith(peered);
  await expect(page.getByTestId('toolbar.name')).toHaveValue(PEERED_NAME);

  // Pasted into the address bar of the open tab.
  await page.goto(bomb);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('This share link unpacks to more than 10 MB');
  await expect(notice).toContainText('Your own design is open, unchanged.');
  await expect(page.getByTestId('toolbar.name')).toHaveValue(PEERED_NAME);
  await expect(page.getByTestId('files.sharedBanner')).toBeHidden();
  // Reported, then dropped from the address bar: a reload opens the user's design quietly.
  await expect(page).toHaveURL(/\/$/);
  await page.reload();
  await expect(page.getByTestId('toolbar.name')).toHaveValue(PEERED_NAME);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByText(/share link/i)).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);

  // Opened in a fresh tab (the link is how the page starts), in Korean.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR' });
  const theirs = await other.newPage();
  const them = new AppPage(theirs);
  await theirs.goto(bomb);
  await expect(theirs.getByTestId('notice')).toContainText('10 MB를 넘기 때문에 열지 않았습니다');
  await expect(theirs.getByTestId('canvas')).toBeVisible();
  await expect(theirs).toHaveURL(/\/$/);
  await theirs.screenshot({ path: '/tmp/ioguard-bomb-ko.png' });
  expect(them.consoleErrors).toEqual([]);
  await other.close();
});

test('a design file over the resource ceiling is refused with the count and the ceiling, changing nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(peered);
  const many = {
    format: 'vpc-town',
    version: 1,
    name: 'Everything, everywhere',
    resources: Array.from({ length: 20_001 }, (_, i) => ({
      id: `i-${i}`,
      kind: 'instance',
      name: `web-${i}`,
      parent: null,
      position: { x: 0, y: 0 },
    })),
    flows: [],
  };
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'open');
  await (
    await chooser
  ).setFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(many)) });
  const dialog = page.getByTestId('files.error');
  await expect(dialog).toContainText('This design has 20,001 resources; VPC Town opens designs of up to 20,000');
  await expect(dialog.locator('li')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/ioguard-ceiling.png' });
  await page.getByTestId('files.error.ok').click();
  await expect(page.getByTestId('toolbar.name')).toHaveValue(PEERED_NAME);
  expect(app.consoleErrors).toEqual([]);
});

test('a name with control characters and a lone surrogate exports as valid SVG and as PNG', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('instance', 'web-a'));
  const name = 'web\u0001a\u001b[31m\uFFFE\uD800z';
  await app.insertText('inspector.name', name);
  await expect(page.getByTestId('inspector.name')).toHaveValue(name);
  const saved = await app.savedDesign();
  expect(saved?.resources.some((r) => r.name === name)).toBe(true);

  const svg = (await download(page, 'exportSvg')).toString('utf8');
  await expect(page.getByTestId('notice')).toContainText('Downloaded');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return { error: error?.textContent ?? null, root: doc.documentElement.localName };
  }, svg);
  expect(parsed).toEqual({ error: null, root: 'svg' });
  // The name is in the picture, with what XML cannot hold shown as U+FFFD.
  expect(svg).toContain('web\uFFFDa\uFFFD[31m\uFFFD\uFFFDz');

  const png = await download(page, 'exportPng');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
  await expect(page.getByTestId('notice')).toContainText('.png');
  await expect(page.getByTestId('notice')).not.toContainText('[object');
  expect(app.consoleErrors).toEqual([]);
});
