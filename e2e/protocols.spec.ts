import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

test('an IP protocol number: ESP from the internet is blocked until a rule for protocol 50 is typed in, and it is saved as 50', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const before = await app.flowLabels().count();
  await app.connect(app.node('internet'), app.node('instance', 'web-a'));
  const flow = app.flowLabels().nth(before);
  await expect(flow).toHaveAttribute('data-state', 'ok');

  // The flow carries ESP (protocol 50), chosen by name: web-sg admits only tcp 443 and so on.
  await flow.click();
  await page.getByTestId('flow.protocol').selectOption({ label: 'ESP' });
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await expect(flow).toContainText('ESP');
  await expect(page.getByTestId('hops.verdict')).toContainText('ENI_SG_RULES_MISMATCH');

  // A new web-sg rule, its protocol typed as a number: 6 is refused (it is TCP, chosen by name), 50 taken.
  await app.select(app.node('securityGroup', 'web-sg'));
  const n = await page.getByTestId('inspector.ingress').locator('tbody tr').count();
  await page.getByTestId('inspector.add.ingress').click();
  await page.getByTestId(`ingress.${n}.protocol`).selectOption({ label: 'Other…' });
  const number = page.getByTestId(`ingress.${n}.protocolNumber`);
  await number.fill('6');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await number.press('Enter');
  await expect(flow).toHaveAttribute('data-state', 'blocked'); // nothing was committed
  await number.fill('50');
  await expect(number).toHaveAttribute('aria-invalid', 'false');
  await number.press('Enter');
  await expect(flow).toHaveAttribute('data-state', 'ok');
  // 50 has a name, so the select now shows it; the number cell closes.
  await expect(page.getByTestId(`ingress.${n}.protocol`)).toHaveValue('50');
  await expect(number).toHaveCount(0);

  // An unnamed number keeps its cell: 99 stays 99.
  await page.getByTestId(`ingress.${n}.protocol`).selectOption({ label: 'Other…' });
  await page.getByTestId(`ingress.${n}.protocolNumber`).fill('99');
  await page.getByTestId(`ingress.${n}.protocolNumber`).press('Enter');
  await expect(page.getByTestId(`ingress.${n}.protocolNumber`)).toHaveValue('99');
  // A protocol by number has no ports: none to edit.
  await expect(page.getByTestId(`ingress.${n}.noPorts`)).toBeVisible();
  await expect(page.getByTestId(`ingress.${n}.from`)).toHaveCount(0);
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await page.screenshot({ path: 'test-results/protocol-number.png' });

  // Undo brings back the ESP rule; the saved design has protocol 50 as a number.
  await page.getByTestId('toolbar.undo').click();
  await expect(flow).toHaveAttribute('data-state', 'ok');
  await app.flushAutosave();
  const saved = (await app.savedDesign()) as unknown as {
    resources: { name: string; ingress?: { protocol: unknown }[] }[];
  };
  const sg = saved.resources.find((r) => r.name === 'web-sg')!;
  expect(sg.ingress!.map((r) => r.protocol)).toContain(50);
  expect(app.consoleErrors).toEqual([]);
});
