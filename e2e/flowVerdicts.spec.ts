/**
 * What a drawn flow shows: green when it behaves as drawn (gets through, or is blocked when drawn to
 * be), red when not, amber "?" when the design cannot say (never shown as blocked or as getting
 * through). Done as a user: read the canvas, select the flow, change what it is drawn for.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');
const flowLabel = (app: AppPage, id: string) => app.page.locator(`[data-testid="flow.label"][data-flow="${id}"]`);

test('a flow drawn to be blocked shows green when it is, red once it is drawn to get through', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const guard = flowLabel(app, 'flow-0f01fdfc'); // the internet must NOT reach the database
  await expect(guard).toHaveAttribute('data-state', 'denied');
  await expect(guard).toContainText('⊘');
  await guard.click();
  await expect(page.getByTestId('hops.verdict')).toHaveAttribute('data-outcome', 'blocked');
  await expect(page.getByTestId('hops.asDrawn')).toHaveText('As drawn: it is blocked.');
  await page.screenshot({ path: 'test-results/flow-denied.png' });

  await page.getByTestId('flow.expect').selectOption('reachable');
  await expect(guard).toHaveAttribute('data-state', 'blocked');
  // Drawn to get through, the headline says it all: "Blocked", with the code.
  await expect(page.getByTestId('hops.verdict')).toContainText('Blocked');
  await expect(page.getByTestId('hops.asDrawn')).toHaveCount(0);
  // And a flow that gets through, drawn to be blocked, is a leak.
  await flowLabel(app, 'flow-04d8aaea').click();
  await page.getByTestId('flow.expect').selectOption('blocked');
  await expect(flowLabel(app, 'flow-04d8aaea')).toHaveAttribute('data-state', 'leak');
  await expect(page.getByTestId('hops.asDrawn')).toHaveText('Not as drawn: it should be blocked.');
  expect(app.consoleErrors).toEqual([]);
});

test('a flow whose answer the design cannot give is amber, neither blocked nor through, and says why', async ({
  page,
}) => {
  // db-sg admits only a prefix list whose entries the design does not hold (as describe output gives it).
  const d = JSON.parse(twoAz) as { resources: Record<string, unknown>[] };
  d.resources.push({
    id: 'pl-0partner',
    kind: 'prefixList',
    name: 'partner-offices',
    parent: null,
    position: { x: -200, y: 260 },
    addressFamily: 'IPv4',
    entries: null,
  });
  const db = d.resources.find((r) => r.name === 'db-sg')!;
  db.ingress = [
    {
      id: 'sgr-pl',
      cidr: null,
      sourceSg: null,
      prefixListId: 'pl-0partner',
      protocol: 'tcp',
      fromPort: 5432,
      toPort: 5432,
      description: '',
    },
  ];
  const app = new AppPage(page);
  await app.openWith(JSON.stringify(d));
  const query = flowLabel(app, 'flow-03ec5d6c'); // web-a queries the database
  await expect(query).toHaveAttribute('data-state', 'unknown');
  await expect(query).toContainText('?');
  await query.click();
  await expect(page.getByTestId('hops.verdict')).toHaveAttribute('data-outcome', 'unknown');
  await expect(page.getByTestId('hops.verdict')).toContainText('partner-offices');
  await expect(page.getByTestId('hops.asDrawn')).toHaveText('Not shown either way: the design does not say.');
  await expect(page.locator('[data-testid="hop"][data-verdict="unknown"]')).toHaveCount(1);
  // The guard flow is still known to be blocked (at the NACL/route, not the unknown list).
  await page.screenshot({ path: 'test-results/flow-unknown.png' });
  expect(app.consoleErrors).toEqual([]);
});
