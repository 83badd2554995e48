import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('hovering or focusing a palette item shows the AWS meaning and the analogy; Escape closes it', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('palette.nacl').hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('checkpoint');
  await expect(tip).toContainText('stateless');
  // It sits beside the item, never over it.
  const a = (await page.getByTestId('palette.nacl').boundingBox())!;
  const b = (await tip.boundingBox())!;
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap).toBe(false);
  await page.mouse.move(700, 500);
  await expect(tip).toHaveCount(0);
  // Keyboard: focus shows it, Escape closes it.
  await page.getByTestId('palette.igw').focus();
  await expect(page.getByRole('tooltip')).toContainText('tollgate');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('hovering or keyboard-focusing a node explains it in town terms', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.node('securityGroup', 'web-sg').locator('.vt-leaf__icon').hover();
  await expect(page.getByRole('tooltip')).toContainText('dog');
  // The tooltip is linked to what it explains, and Escape closes it.
  await expect(app.node('securityGroup', 'web-sg')).toHaveAttribute('aria-describedby', /.+/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // Keyboard: Tab onto a node (React Flow's focusable wrapper) shows it too.
  await page.mouse.move(5, 5);
  await page.getByTestId('palette.peering').focus();
  await page.keyboard.press('Escape');
  const wrapper = page.locator('.react-flow__node', { has: app.node('nat', 'nat-a') });
  await wrapper.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(wrapper).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('post office');
});

test('switching to Korean changes palette, inspector and findings, and is remembered', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await page.getByTestId('toolbar.language').selectOption('ko');
  await expect(page.getByTestId('palette.nacl')).toContainText('네트워크 ACL');
  await expect(page.getByTestId('findings')).toContainText('검사 결과');
  await app.select(app.node('subnet', 'public-a'));
  await expect(page.getByTestId('inspector')).toContainText('라우팅 테이블');
  await expect(page.getByTestId('inspector.analogy')).toContainText('동네');
  await page.reload();
  await expect(page.getByTestId('palette.igw')).toContainText('인터넷 게이트웨이');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('explain mode shows the analogy for everything on the canvas at once', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await page.getByTestId('toolbar.explain').check();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('legend.igw')).toContainText('tollgate');
  await expect(page.getByTestId('legend.nacl')).toContainText('checkpoint');
  await expect(page.getByTestId('legend.securityGroup')).toContainText('dog');
  const chips = page.getByTestId('explain.chip');
  expect(await chips.count()).toBeGreaterThan(10);
  await page.getByTestId('toolbar.explain').uncheck();
  await expect(page.getByTestId('legend')).toHaveCount(0);
});
