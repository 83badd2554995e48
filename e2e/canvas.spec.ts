import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

test('an empty canvas shows the palette, inspector, toolbar and a first-step hint', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByTestId('hint.empty')).toContainText('Region');
  for (const kind of [
    'region',
    'vpc',
    'az',
    'subnet',
    'igw',
    'nat',
    'routeTable',
    'nacl',
    'securityGroup',
    'instance',
    'loadBalancer',
    'rds',
    'peering',
  ]) {
    await expect(page.getByTestId(`palette.${kind}`)).toBeVisible();
  }
  await expect(page.getByTestId('inspector')).toBeVisible();
  await expect(page.getByTestId('toolbar')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('a drop where AWS would not allow it is refused at the drop point and loses nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.drag('instance', undefined, { x: 300, y: 300 });
  await expect(page.getByTestId('notice')).toContainText('put it inside a Subnet');
  await expect(app.node('instance')).toHaveCount(0);
  await app.drag('region', undefined, { x: 420, y: 320 });
  await expect(app.node('region')).toHaveCount(1);
  // A subnet straight into a region (no VPC, no AZ) is refused; the region is untouched.
  await app.drag('subnet', app.node('region'), { x: 100, y: 100 });
  await expect(page.getByTestId('notice')).toContainText('Availability Zone');
  await expect(app.node('subnet')).toHaveCount(0);
  await expect(app.node('region')).toHaveCount(1);
});

test('build a two-AZ web and database network by drag and drop, reload it, undo and redo', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();

  await app.drag('region', undefined, { x: 400, y: 300 });
  await app.fit();
  await app.drag('vpc', app.node('region'), { x: 120, y: 120 });
  await app.fit();
  const vpc = app.node('vpc');
  await app.drag('az', vpc, { x: 60, y: 200 });
  await app.drag('az', vpc, { x: 400, y: 200 });
  await app.fit();
  const azA = app.node('az', 'us-east-1a');
  const azB = app.node('az', 'us-east-1b');
  await expect(azA).toBeVisible();
  await expect(azB).toBeVisible();

  // Subnets: CIDRs are proposed (10.0.0.0/24, 10.0.1.0/24, ...); we rename them in the inspector.
  for (const [az, name] of [
    [azA, 'public-a'],
    [azA, 'db-a'],
    [azB, 'public-b'],
    [azB, 'db-b'],
  ] as const) {
    await app.drag('subnet', az, { x: 40, y: 60 });
    await app.type('inspector.name', name);
    await app.fit();
  }
  await expect(app.node('subnet')).toHaveCount(4);
  // The DB subnets get the documented ranges, typed in the inspector.
  await app.select(app.node('subnet', 'db-a'));
  await app.type('inspector.cidr', '10.0.10.0/24');
  await app.select(app.node('subnet', 'db-b'));
  await app.type('inspector.cidr', '10.0.11.0/24');

  // Gateways and tables on the VPC.
  await app.drag('igw', vpc, { x: 60, y: 80 });
  await app.fit();
  await app.drag('routeTable', vpc, { x: 60, y: 80 });
  await app.type('inspector.name', 'public-rt');
  await app.fit();

  // Web servers and NAT gateways in the public subnets, the database in a private one.
  for (const az of ['a', 'b']) {
    await app.drag('instance', app.node('subnet', `public-${az}`), { x: 50, y: 80 });
    await app.type('inspector.name', `web-${az}`);
    await app.field('inspector.publicIp').selectOption('auto');
    await app.fit();
    await app.drag('nat', app.node('subnet', `public-${az}`), { x: 50, y: 80 });
    await app.type('inspector.name', `nat-${az}`);
    await app.fit();
  }
  await app.drag('rds', app.node('subnet', 'db-a'), { x: 50, y: 80 });
  await app.fit();

  // Public route table: default route to the IGW, associated with both public subnets.
  await app.select(app.node('routeTable', 'public-rt'));
  await page.getByTestId('inspector.addRoute').click();
  await expect(page.getByTestId('route.1.target')).toHaveValue(/^igw-/);
  await page.getByTestId('inspector.assoc.public-a').check();
  await page.getByTestId('inspector.assoc.public-b').check();
  // Private route tables, one per AZ, each sending 0.0.0.0/0 to that AZ's NAT gateway.
  for (const az of ['a', 'b']) {
    await app.drag('routeTable', vpc, { x: 60, y: 80 });
    await app.type('inspector.name', `private-${az}`);
    await page.getByTestId('inspector.addRoute').click();
    await page.getByTestId('route.1.target').selectOption({ label: `nat-${az} (nat)` });
    await page.getByTestId(`inspector.assoc.db-${az}`).check();
    await app.fit();
  }

  // Security groups: web-sg open on 443, db-sg open on 5432 to web-sg only (an SG reference).
  await app.drag('securityGroup', vpc, { x: 60, y: 80 });
  await app.type('inspector.name', 'web-sg');
  await page.getByTestId('inspector.add.ingress').click();
  await app.fit();
  await app.drag('securityGroup', vpc, { x: 60, y: 80 });
  await app.type('inspector.name', 'db-sg');
  await page.getByTestId('inspector.add.ingress').click();
  await app.type('ingress.0.from', '5432');
  await app.type('ingress.0.to', '5432');
  await page.getByTestId('ingress.0.sourceKind').selectOption({ label: 'web-sg' });
  await app.fit();
  for (const name of ['web-a', 'web-b']) {
    await app.select(app.node('instance', name));
    await page.getByTestId('inspector.sg.web-sg').check();
  }
  await app.select(app.node('rds'));
  await page.getByTestId('inspector.sg.db-sg').check();
  await page.getByTestId('inspector.dbSubnets.db-b').check();
  await expect(app.node('rds').locator('.vt-chip--sg')).toHaveText('db-sg');

  // Public/private is derived from routes, not a checkbox.
  await app.select(app.node('subnet', 'public-a'));
  await expect(page.getByTestId('inspector.subnetType')).toHaveText('Public');
  await app.select(app.node('subnet', 'db-a'));
  await expect(page.getByTestId('inspector.subnetType')).toHaveText('Private');

  // Inline CIDR validation: /33 is flagged, host bits get a canonical offer.
  await app.select(app.node('subnet', 'db-b'));
  await app.field('inspector.cidr').fill('10.0.0.0/33');
  await expect(page.getByTestId('inspector.cidr.message')).toContainText('0 to 32');
  await app.field('inspector.cidr').fill('10.0.11.5/24');
  await expect(page.getByTestId('inspector.cidr.message')).toContainText('10.0.11.0/24');
  await page.getByTestId('inspector.cidr.fix').click();
  await expect(app.field('inspector.cidr')).toHaveValue('10.0.11.0/24');

  const saved = await app.savedDesign();
  const names = saved!.resources.map((r) => `${r.kind}:${r.name}`).sort();
  expect(names).toEqual(
    expect.arrayContaining([
      'subnet:public-a',
      'subnet:public-b',
      'subnet:db-a',
      'subnet:db-b',
      'instance:web-a',
      'instance:web-b',
      'nat:nat-a',
      'nat:nat-b',
      'routeTable:public-rt',
      'routeTable:private-a',
      'routeTable:private-b',
      'securityGroup:web-sg',
      'securityGroup:db-sg',
    ]),
  );
  const count = saved!.resources.length;
  // AWS would accept it: no error findings.
  await expect(page.getByTestId('findings.count.error')).toHaveText('0');

  // Reload: the design is exactly as it was.
  await page.reload();
  await expect(app.node('subnet')).toHaveCount(4);
  await expect(app.node('nat')).toHaveCount(2);
  await expect(app.node('instance', 'web-b')).toBeVisible();
  expect((await app.savedDesign())!.resources.length).toBe(count);

  // Delete a web server with the keyboard, undo brings it back, redo removes it again.
  await app.select(app.node('instance', 'web-b'));
  await app.press('Delete');
  await expect(app.node('instance', 'web-b')).toHaveCount(0);
  await app.press('Control+z');
  await expect(app.node('instance', 'web-b')).toHaveCount(1);
  await app.press('Control+Shift+z');
  await expect(app.node('instance', 'web-b')).toHaveCount(0);
  await app.press('Control+y').catch(() => {});
  await page.getByTestId('toolbar.undo').click();
  await expect(app.node('instance', 'web-b')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a large design opens at its fitted view without first mounting every node, with handles where the nodes draw them', async ({
  page,
}) => {
  const { generateDesign } = await import('../src/testing/generate.ts');
  const { serializeDesign } = await import('../src/io/json/write.ts');
  test.setTimeout(240_000);
  const design = generateDesign({ resources: 1000, seed: 1, name: 'Estate' });
  // Count the React Flow nodes in the DOM at every mutation, from the first script on.
  await page.addInitScript(() => {
    const w = window as unknown as { __maxNodes: number };
    w.__maxNodes = 0;
    new MutationObserver(() => {
      w.__maxNodes = Math.max(w.__maxNodes, document.getElementsByClassName('react-flow__node').length);
    }).observe(document, { childList: true, subtree: true });
  });
  const app = new AppPage(page);
  await app.openWith(serializeDesign(design));
  await app.settled();
  const seen = () =>
    page.evaluate(() => ({
      max: (window as unknown as { __maxNodes: number }).__maxNodes,
      now: document.getElementsByClassName('react-flow__node').length,
      zoom: Number(
        /scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1],
      ),
    }));
  // Fitted (zoom 0.1): each VPC is one summary box (canvas/lod.ts), and React Flow never mounted
  // the design's nodes off screen to measure them (it did before nodes declared size and handles).
  const fitted = await seen();
  expect(fitted.zoom).toBeLessThan(0.18);
  expect(await page.locator('[data-testid="node.vpc"][data-lod="summary"]').count()).toBeGreaterThan(0);
  expect(fitted.max).toBeLessThanOrEqual(fitted.now + 5);
  expect(fitted.now).toBeLessThan(100);

  // Zoomed in past legibility (0.4), the resources in view mount, still not all of them, and the
  // flow edges are drawn from and to the nodes' handles (declared before mounting, then measured).
  for (let i = 0; i < 20 && !(await page.locator('.vt-leaf__name').count()); i++) {
    await page.locator('.react-flow__controls-zoomin').click();
    await app.settled(4);
  }
  await expect(page.locator('.vt-leaf__name').first()).toBeVisible();
  await expect(page.getByTestId('canvas')).not.toHaveClass(/vt-lod-tiny/);
  const zoomed = await seen();
  expect(zoomed.zoom).toBeGreaterThanOrEqual(0.4);
  expect(zoomed.now).toBeLessThan(design.resources.length);
  await expect.poll(() => page.locator('.react-flow__edge-path').count()).toBeGreaterThan(0);
  const edges = await page
    .locator('.react-flow__edge-path')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
  expect(edges.every((d) => /^M ?-?\d/.test(d) && !d.includes('NaN'))).toBe(true);

  expect(app.consoleErrors).toEqual([]);
});

test('handles are drawn where the nodes declare them to React Flow', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(readFileSync('examples/three-tier-alb.json', 'utf8'));
  await app.settled();
  // Declared places (canvas/project.ts, handlesOf): centred on the left and right borders.
  const leaf = page.locator('.react-flow__node-resource').first();
  const subnet = page.locator('.react-flow__node-container:has([data-testid="node.subnet"])').first();
  for (const [node, inset] of [
    [leaf, 1],
    [subnet, 0],
  ] as const) {
    const offsets = await node.evaluate((el, inset) => {
      const z = Number(
        /scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1],
      );
      const nb = el.getBoundingClientRect();
      return [...el.querySelectorAll('.react-flow__handle')].map((h) => {
        const b = h.getBoundingClientRect();
        return {
          side: h.classList.contains('react-flow__handle-left') ? 'left' : 'right',
          dx:
            (b.left + b.width / 2 - nb.left) / z -
            (h.classList.contains('react-flow__handle-left') ? inset : nb.width / z - inset),
          dy: (b.top + b.height / 2 - nb.top) / z - nb.height / z / 2,
        };
      });
    }, inset);
    expect(offsets.length).toBeGreaterThan(0);
    for (const o of offsets) {
      expect(Math.abs(o.dx), `${o.side} x`).toBeLessThan(0.75);
      expect(Math.abs(o.dy), `${o.side} y`).toBeLessThan(0.75);
    }
  }
  expect(app.consoleErrors).toEqual([]);
});
