import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const twoAz = readFileSync('examples/two-az-web-db.json', 'utf8');

async function dragNode(app: AppPage, node: Locator, into: Locator) {
  const from = (await node.locator('.vt-leaf__icon').boundingBox())!;
  const to = (await into.boundingBox())!;
  const m = app.page.mouse;
  await m.move(from.x + from.width / 2, from.y + from.height / 2);
  await m.down();
  await m.move(from.x + 30, from.y + 30, { steps: 4 });
  await m.move(to.x + to.width / 2, to.y + to.height / 2 + 10, { steps: 12 });
  await m.up();
}

const parentOf = async (app: AppPage, name: string) => {
  const d = await app.savedDesign();
  const r = d!.resources.find((x) => x.name === name) as unknown as { parent: string };
  const p = d!.resources.find((x) => (x as unknown as { id: string }).id === r.parent);
  return p?.name;
};

test('dragging an instance into another AZ’s subnet re-parents it; one drag is one undo step', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  expect(await parentOf(app, 'web-a')).toBe('public-a');
  await dragNode(app, app.node('instance', 'web-a'), app.node('subnet', 'db-b'));
  await expect.poll(() => parentOf(app, 'web-a')).toBe('db-b');
  // It now draws inside db-b.
  const box = (await app.node('instance', 'web-a').boundingBox())!;
  const sub = (await app.node('subnet', 'db-b').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(sub.x);
  expect(box.x + box.width).toBeLessThanOrEqual(sub.x + sub.width + 1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => parentOf(app, 'web-a')).toBe('public-a');
});

test('dragging an instance out of every subnet is refused and it goes back', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await dragNode(app, app.node('instance', 'web-b'), app.node('routeTable', 'main'));
  await expect(page.getByTestId('notice')).toContainText('Subnet');
  await expect.poll(() => parentOf(app, 'web-b')).toBe('public-b');
});

test('copy, paste and duplicate give fresh ids and no broken references', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('subnet', 'public-a'));
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(app.node('subnet', 'public-a')).toHaveCount(2);
  await expect(app.node('instance', 'web-a')).toHaveCount(2);
  await app.select(app.node('securityGroup', 'web-sg'));
  await page.getByTestId('toolbar.duplicate').click();
  await expect(app.node('securityGroup', 'web-sg')).toHaveCount(2);
  const d = (await app.savedDesign()) as unknown as {
    resources: { id: string; kind: string; parent: string | null; securityGroupIds?: string[]; subnetIds?: string[] }[];
  };
  const ids = d.resources.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(ids);
  for (const r of d.resources) {
    if (r.parent) expect(known.has(r.parent)).toBe(true);
    for (const s of r.securityGroupIds ?? []) expect(known.has(s)).toBe(true);
    for (const s of r.subnetIds ?? []) expect(known.has(s)).toBe(true);
  }
  // The pasted subnet is a copy in the same AZ, with its own instances.
  const subnets = d.resources.filter((r) => r.kind === 'subnet');
  expect(subnets.length).toBe(5);
  // Duplicates with overlapping CIDRs are reported, not silently accepted.
  await expect(page.locator('[data-testid="finding"][data-rule="SUB-003"]').first()).toBeVisible();
});

test('connecting a route table to a subnet associates it (one table per subnet)', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('subnet', 'db-b'));
  await expect(page.getByTestId('inspector.routeTable')).toHaveValue(/rtb-/);
  await app.connect(app.node('routeTable', 'public'), app.node('subnet', 'db-b'));
  await app.select(app.node('subnet', 'db-b'));
  await expect(page.getByTestId('inspector.subnetType')).toHaveText('Public');
  const d = (await app.savedDesign()) as unknown as {
    resources: { name: string; kind: string; id: string; subnetIds?: string[] }[];
  };
  const dbb = d.resources.find((r) => r.name === 'db-b')!;
  const tables = d.resources.filter((r) => r.kind === 'routeTable' && r.subnetIds!.includes(dbb.id));
  expect(tables.map((t) => t.name)).toEqual(['public']);
});

/** Every resource's position, by id, from a saved design. */
function positions(d: unknown): Record<string, unknown> {
  const rs = (d as { resources?: { id: string; position: unknown }[] } | null)?.resources ?? [];
  return Object.fromEntries(rs.map((r) => [r.id, r.position]));
}

test('auto-layout arranges every container without overlaps and is one undo step', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
  const before = positions(await app.savedDesign());
  expect(Object.keys(before).length).toBeGreaterThan(10);
  await app.page.getByTestId('toolbar.layout').click();
  // The layout is applied (one undo step), then the view fits it.
  await expect(page.getByTestId('toolbar.undo')).toBeEnabled();
  await app.settled();
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-id'),
        parent: (el as HTMLElement).dataset.parent ?? null,
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
        leaf: !!el.querySelector('.vt-leaf'),
      };
    }),
  );
  const leaves = boxes.filter((b) => b.leaf && b.id !== 'internet');
  for (let i = 0; i < leaves.length; i++)
    for (let j = i + 1; j < leaves.length; j++) {
      const a = leaves[i]!;
      const b = leaves[j]!;
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  // One undo step: a single Ctrl+Z puts every resource back where it was, and there is nothing left to undo.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => positions(await app.savedDesign())).toEqual(before);
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
});

test('shift-click selects several resources; Delete removes them all and one undo restores them', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  await app.select(app.node('instance', 'web-a'));
  await app
    .node('instance', 'web-b')
    .locator('.vt-leaf__icon')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('inspector')).toContainText('2');
  await page.keyboard.press('Delete');
  await expect(app.node('instance')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(app.node('instance')).toHaveCount(2);
});

test('resizing a subnet with its corner handle grows it while dragging, keeps the size, and one undo restores it', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(twoAz);
  const sizeOf = async (name: string) => {
    const d = await app.savedDesign();
    return (d!.resources.find((x) => x.name === name) as unknown as { size: { width: number; height: number } }).size;
  };
  const before = await sizeOf('db-b');
  const subnet = app.node('subnet', 'db-b');
  await subnet.locator('.vt-group__name').click();
  const corner = page.locator('.react-flow__resize-control.handle.bottom.right');
  await expect(corner).toBeVisible();
  const start = (await subnet.boundingBox())!;
  const c = (await corner.boundingBox())!;
  const m = page.mouse;
  await m.move(c.x + c.width / 2, c.y + c.height / 2);
  await m.down();
  await m.move(c.x + 40, c.y + 30, { steps: 4 });
  await m.move(c.x + 90, c.y + 70, { steps: 8 });
  // While dragging, the box follows the pointer.
  const during = (await subnet.boundingBox())!;
  expect(during.width).toBeGreaterThan(start.width + 40);
  expect(during.height).toBeGreaterThan(start.height + 30);
  await m.up();
  await expect.poll(async () => (await sizeOf('db-b')).width).toBeGreaterThan(before.width + 40);
  const after = await sizeOf('db-b');
  expect(after.height).toBeGreaterThan(before.height + 30);
  // Drawn at the new size (no snapping back), and its AZ grew to hold it.
  const drawn = (await subnet.boundingBox())!;
  expect(drawn.width).toBeGreaterThan(start.width + 40);
  const az = (await app.node('az', 'us-east-1b').boundingBox())!;
  expect(az.x + az.width).toBeGreaterThanOrEqual(drawn.x + drawn.width - 1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => sizeOf('db-b')).toEqual(before);
  expect(app.consoleErrors).toEqual([]);
});
