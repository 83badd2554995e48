/**
 * Every kind's inspector shows every section its definition lists (`KINDS[kind].inspector`), in that
 * order, each with something in it: selected on the canvas, as a user does, in a design that holds
 * one resource of every kind. A new kind fails here until the design below holds one and each of
 * its sections renders (the compiler already names a section id with no view in sections.tsx).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { KINDS, RESOURCE_KINDS } from '../src/model/index.ts';
import { AppPage } from './pages/AppPage.ts';

type Json = { kind: string; id: string; name: string; [k: string]: unknown };

/** The three-tier template (every kind but a peering connection) and a peering connection beside it. */
function everyKindDesign() {
  const d = JSON.parse(readFileSync('examples/three-tier-alb.json', 'utf8')) as { resources: Json[] };
  const vpc = d.resources.find((r) => r.kind === 'vpc')!;
  d.resources.push({
    id: 'pcx-0e1e2e3e',
    kind: 'peering',
    name: 'to-partner',
    parent: null,
    position: { x: 900, y: 40 },
    requesterVpcId: vpc.id,
    accepterVpcId: null,
  });
  return d;
}

test('each kind’s inspector shows every section its definition lists, in order, none of them empty', async ({
  page,
}) => {
  const design = everyKindDesign();
  const app = new AppPage(page);
  await app.openWith(JSON.stringify(design));
  await app.fit();
  expect(RESOURCE_KINDS.filter((k) => !design.resources.some((r) => r.kind === k))).toEqual([]);
  for (const kind of RESOURCE_KINDS) {
    const r = design.resources.find((x) => x.kind === kind)!;
    await app.select(app.node(kind, r.name).first());
    const form = page.getByTestId('inspector.form');
    await expect(form).toHaveAttribute('data-kind', kind);
    await expect(page.getByTestId('inspector.name')).toHaveValue(r.name);
    await expect(page.getByTestId('inspector.id')).toHaveText(r.id);
    const sections = form.locator('[data-testid^="inspector.section."]');
    await expect
      .poll(() => sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))), { message: kind })
      .toEqual(KINDS[kind].inspector.map((id) => `inspector.section.${id}`));
    for (const id of KINDS[kind].inspector) {
      const section = page.getByTestId(`inspector.section.${id}`);
      await expect(section, `${kind}: ${id}`).not.toBeEmpty();
      await expect(section.locator('input, select, button').first(), `${kind}: ${id}`).toBeVisible();
    }
  }
  await page.screenshot({ path: '/tmp/isections-every-kind.png' });
  expect(app.consoleErrors).toEqual([]);
});
