import { expect, test } from '@playwright/test';
import { serializeDesign } from '../src/io/json/write.ts';
import { layoutNested } from '../src/layout/nested.ts';
import { transitPair6 } from '../src/validation/testing/transit.ts';
import { AppPage } from './pages/AppPage.ts';

/** Two dual-stack VPCs on one transit gateway, with an IPv6 flow from one host to the other on 443. */
async function design(): Promise<string> {
  const { b, a, c } = transitPair6();
  const d = b.build();
  const withFlow = {
    ...d,
    name: 'IPv6 through a transit gateway',
    flows: [
      {
        id: 'flow-v6',
        from: a.instance,
        to: c.instance,
        protocol: 'tcp' as const,
        port: 443,
        label: 'https v6',
        ipVersion: 6 as const,
      },
    ],
  };
  return serializeDesign(await layoutNested(withFlow));
}

test("an attachment's IPv6 support, turned off in the inspector, stops the IPv6 flow at the transit gateway; undo brings it back", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(await design());
  await app.fit();
  const flow = app.flowLabels().first();
  await expect(flow).toHaveAttribute('data-state', 'ok');
  await flow.click();
  // The path goes through the transit gateway (its route table hop names hub-rtb).
  await expect(page.locator('[data-testid="hop"]').filter({ hasText: 'hub-rtb' }).first()).toBeAttached();

  // The first attachment: IPv6 support is on; turn it off.
  await app.select(app.node('tgwAttachment').first());
  const toggle = page.getByTestId('inspector.attachment.ipv6Support');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(flow).toHaveAttribute('data-state', 'blocked');
  await flow.click();
  await expect(page.getByTestId('hops.verdict')).toContainText('TGW_ATTACH_IPV6_NOT_SUPPORTED');
  await page.screenshot({ path: 'test-results/ipv6-transit-blocked.png' });

  await page.keyboard.press('Control+z');
  await expect(flow).toHaveAttribute('data-state', 'ok');
  expect(app.consoleErrors).toEqual([]);
});
