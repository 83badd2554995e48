import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');
const SMALL = { width: 1024, height: 700 };

const width = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().width);
const height = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().height);
/** How far a rule table sticks out of the pane, in pixels (0: it fits, no sideways scroll needed). */
const overflowX = (l: Locator) => l.evaluate((e) => e.scrollWidth - e.clientWidth);

/**
 * Brought into view the way a user scrolls to it, the element lies wholly inside the inspector's
 * visible area (not clipped by it, not under the findings panel) and takes a click: Playwright's
 * trial click fails when another element would receive it.
 */
async function expectUsable(page: Page, el: Locator) {
  await el.scrollIntoViewIfNeeded();
  const pane = (await page.getByTestId('inspector').boundingBox())!;
  const box = (await el.boundingBox())!;
  const where = `${await el.evaluate((e) => e.outerHTML.slice(0, 80))} in ${JSON.stringify(pane)}`;
  expect(box.x, where).toBeGreaterThanOrEqual(pane.x - 0.5);
  expect(box.y, where).toBeGreaterThanOrEqual(pane.y - 0.5);
  expect(box.x + box.width, where).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
  expect(box.y + box.height, where).toBeLessThanOrEqual(pane.y + pane.height + 0.5);
  if (await el.evaluate((e) => e.matches('input, select, button'))) await el.click({ trial: true, timeout: 2000 });
}

/** Every column header and every control of a rule table, and its add button. */
async function expectTableUsable(page: Page, table: Locator, add: Locator) {
  for (const el of await table.locator('th:not(:empty), input, select, button').all()) await expectUsable(page, el);
  await expectUsable(page, add);
}

test('at 1440×900 a security group’s rule tables fit the pane whole and every column and “+ Add rule” is usable', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('securityGroup', 'web-sg'));
  for (const dir of ['ingress', 'egress'] as const) {
    const table = page.getByTestId(`inspector.${dir}`);
    // The CIDR column used to be cut off at the pane's edge.
    expect(await overflowX(table.locator('xpath=..')), dir).toBeLessThanOrEqual(0);
    await expectTableUsable(page, table, page.getByTestId(`inspector.add.${dir}`));
  }
  await page.screenshot({ path: 'test-results/inspector-sg-1440.png' });
  expect(app.consoleErrors).toEqual([]);
});

test('at 1024×700 a wide NACL table scrolls inside the pane; dragging the pane’s edge or pressing arrow keys widens it, and the width is remembered', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('nacl', 'default NACL'));
  const inspector = page.getByTestId('inspector');
  const table = page.getByTestId('inspector.naclRules');
  // The table scrolls sideways in its own box; the pane never does, and nothing is clipped away.
  expect(await overflowX(inspector)).toBeLessThanOrEqual(0);
  await expectTableUsable(page, table, page.getByTestId('inspector.addNaclRule'));

  const side = page.getByTestId('pane.side');
  const before = await width(side);
  await app.dragSplitter('splitter.side', -160, 0);
  await expect.poll(() => width(side)).toBeGreaterThan(before + 120);
  const dragged = await width(side);
  await app.select(app.node('securityGroup', 'web-sg'));
  for (const dir of ['ingress', 'egress'] as const) {
    expect(await overflowX(page.getByTestId(`inspector.${dir}`).locator('xpath=..')), dir).toBeLessThanOrEqual(0);
  }
  // The canvas is small now: the minimap shrinks or goes rather than covering much of it (issue #11).
  const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
  const minimaps = page.locator('.react-flow__minimap');
  const minimap = (await minimaps.count()) ? await minimaps.boundingBox() : null;
  if (minimap)
    expect(minimap.width * minimap.height).toBeLessThanOrEqual((canvasBox.width * canvasBox.height) / 16 + 1);
  await page.screenshot({ path: 'test-results/inspector-sg-1024-wide.png' });

  // The edge is a keyboard control too: focus it, arrow right gives the canvas room back.
  const splitter = page.getByTestId('splitter.side');
  await expect(splitter).toHaveAttribute('role', 'separator');
  await expect(splitter).toHaveAttribute('aria-label', /Resize the inspector/);
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => width(side)).toBeLessThan(dragged - 10);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => width(side)).toBeGreaterThan(dragged - 10);
  const kept = await width(side);

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect.poll(() => width(page.getByTestId('pane.side'))).toBeCloseTo(kept, -1);
  expect(app.consoleErrors).toEqual([]);
});

test('the findings panel resizes by its splitter and collapses to its header, remembered after a reload; no inspector control is ever covered', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('securityGroup', 'web-sg'));
  const findings = page.getByTestId('pane.findings');
  const inspector = page.getByTestId('inspector');
  const h0 = await height(findings);

  await app.dragSplitter('splitter.findings', 0, -120);
  await expect.poll(() => height(findings)).toBeGreaterThan(h0 + 90);
  await expectTableUsable(page, page.getByTestId('inspector.egress'), page.getByTestId('inspector.add.egress'));
  const splitter = page.getByTestId('splitter.findings');
  await expect(splitter).toHaveAttribute('aria-label', /Resize the findings/);
  const h1 = await height(findings);
  await splitter.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => height(findings)).toBeLessThan(h1 - 10);

  const toggle = page.getByTestId('findings.toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveAccessibleName('Findings: 0 errors, 0 warnings, 1 note');
  const open = await height(inspector);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-testid="finding"]')).toHaveCount(0);
  await expect.poll(() => height(findings)).toBeLessThanOrEqual(37);
  expect(await height(inspector)).toBeGreaterThan(open + 60);
  await page.screenshot({ path: 'test-results/inspector-findings-collapsed.png' });

  await page.reload();
  await expect(page.getByTestId('findings.toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => height(page.getByTestId('pane.findings'))).toBeLessThanOrEqual(37);
  await page.getByTestId('findings.toggle').click();
  await expect(page.getByTestId('findings.toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-testid="finding"]').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('findings collapsed once stay collapsed, so after a reload a flow’s whole hop list fits a 1024×700 inspector', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await page.getByTestId('findings.toggle').click();
  await expect(page.getByTestId('findings.toggle')).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await app.flowLabels().first().click();
  const hops = page.getByTestId('hops');
  await expect(hops).toBeVisible();
  await expect(page.getByTestId('findings.toggle')).toHaveAttribute('aria-expanded', 'false');
  // Scrolled to the hop list, all of it is on screen at once: verdict, every hop, the last one too.
  await hops.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  await expectUsable(page, hops);
  await page.screenshot({ path: 'test-results/inspector-hops-1024.png' });
});

test('an empty canvas says there is nothing to check yet, not that AWS would accept it (English and Korean)', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const none = page.getByTestId('findings.none');
  await expect(none).toHaveText('Nothing to check yet: the canvas is empty. Drag a Region onto it to start.');
  await page.getByTestId('toolbar.language').selectOption('ko');
  await expect(none).toContainText('아직 검사할 것이 없습니다');
  await page.getByTestId('toolbar.language').selectOption('en');
  await app.drag('region', undefined, { x: 300, y: 300 });
  await expect(app.node('region')).toHaveCount(1);
  await expect(none).toHaveText('No findings: this design passes every check VPC Town makes.');
  expect(app.consoleErrors).toEqual([]);
});

test('two instances switched to an Elastic IP in the inspector get different addresses, so EIP-001 stays silent', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const eips: string[] = [];
  for (const name of ['web-a', 'web-b']) {
    await app.select(app.node('instance', name));
    await page.getByTestId('inspector.publicIp').selectOption('elastic');
    const field = page.getByTestId('inspector.elasticIp');
    await expect(field).not.toHaveValue('');
    eips.push(await field.inputValue());
  }
  expect(eips[0]).not.toBe(eips[1]);
  await expect(page.getByTestId('findings')).not.toContainText('EIP-001');
});
