import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('the built app runs under a strict Content-Security-Policy with no violations or console errors', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await app.openWith(twoAz);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  // 'wasm-unsafe-eval' (WebAssembly for the HCL parser) allows no eval of script; 'unsafe-eval' would.
  expect(csp).not.toMatch(/'unsafe-eval'/);
  // Exercise the app: select, edit, explain, switch language.
  await app.select(app.node('instance', 'web-a'));
  await page.getByTestId('toolbar.explain').check();
  await page.getByTestId('toolbar.language').selectOption('ko');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a name with HTML in it is shown as text everywhere, never run', async ({ page }) => {
  const app = new AppPage(page);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await app.openWith(twoAz);
  const evil = '<img src=x onerror="alert(1)"><b>web</b>';
  await app.select(app.node('instance', 'web-a'));
  await app.type('inspector.name', evil);
  const node = page.locator(`[data-testid="node.instance"][data-name='${evil}']`);
  await expect(node).toHaveCount(1);
  await expect(node.locator('.vt-leaf__name')).toHaveText(evil);
  await expect(node.locator('img[src="x"], b')).toHaveCount(0);
  // Tooltip and explain legend show it as text too (the pointer comes onto the node from elsewhere).
  await page.mouse.move(5, 5);
  await node.locator('.vt-leaf__icon').hover();
  await expect(page.getByRole('tooltip')).toContainText('<b>web</b>');
  await expect(page.locator('.vt-tip img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const [label, setup] of [
  ['an empty canvas', async (app: AppPage) => app.open()],
  [
    'a design with a selected resource and explain mode',
    async (app: AppPage) => {
      await app.openWith(twoAz);
      await app.select(app.node('securityGroup', 'web-sg'));
      await app.page.getByTestId('toolbar.explain').check();
    },
  ],
] as const) {
  test(`no serious or critical accessibility violations: ${label}`, async ({ page }) => {
    const app = new AppPage(page);
    await setup(app);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('keyboard only: add a subnet and an instance to the selected container with Enter on the palette', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('az', 'us-east-1b'));
  const before = await app.node('subnet').count();
  await page.getByTestId('palette.subnet').focus();
  await page.keyboard.press('Enter');
  await expect(app.node('subnet')).toHaveCount(before + 1);
  // The new subnet is selected, so the next add goes inside it.
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'subnet');
  await expect(page.getByTestId('inspector.cidr')).toHaveValue('10.0.2.0/24');
  await page.getByTestId('palette.instance').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector.form')).toHaveAttribute('data-kind', 'instance');
  // Rename with the keyboard, delete with the keyboard, undo with the keyboard.
  await page.getByTestId('inspector.name').fill('kb-host');
  await page.keyboard.press('Enter');
  await expect(app.node('instance', 'kb-host')).toHaveCount(1);
  // Focus the node as Tab does (React Flow's node wrapper is the focusable element), select it with Enter.
  await page.locator('.react-flow__node', { has: app.node('instance', 'kb-host') }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(app.node('instance', 'kb-host')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(app.node('instance', 'kb-host')).toHaveCount(1);
});
