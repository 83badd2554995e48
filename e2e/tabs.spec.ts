import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const web = readFileSync('examples/single-public-web.json', 'utf8');

test('two tabs on the same design never overwrite each other silently', async ({ context }) => {
  const a = new AppPage(await context.newPage());
  await a.openWith(web);
  const b = new AppPage(await context.newPage());
  await b.open();
  await expect(b.node('instance')).toHaveCount(1);

  // Tab B renames the web server; tab A is told and stops saving.
  await b.select(b.node('instance'));
  await b.type('inspector.name', 'renamed-in-b');
  await expect(a.page.getByTestId('conflict')).toBeVisible();
  // An edit in A while the question is open does not overwrite B's save.
  await a.select(a.node('subnet'));
  await a.type('inspector.name', 'edited-in-a');
  await a.flushAutosave(); // what A would write now: nothing, while the question is open
  const stored = await a.page.evaluate(() => localStorage.getItem('vpc-town:autosave'));
  expect(stored).toContain('renamed-in-b');
  expect(stored).not.toContain('edited-in-a');
  // A takes B's version.
  await a.page.getByTestId('conflict.theirs').click();
  await expect(a.node('instance', 'renamed-in-b')).toHaveCount(1);
  await expect(a.page.getByTestId('conflict')).toHaveCount(0);
});

test('a design deleted in another tab is not silently brought back: the tab that has it open asks', async ({
  context,
}) => {
  const a = new AppPage(await context.newPage());
  await a.openWith(web);
  const b = new AppPage(await context.newPage());
  await b.open();
  await expect(b.node('instance')).toHaveCount(1);

  // Tab B deletes the design (after confirming).
  await b.fileMenu('designs');
  await b.page.getByTestId('files.design.delete').click();
  await b.page.getByTestId('files.design.confirmDelete').click();
  await expect(b.page.getByTestId('files.design')).toHaveCount(0);

  // Tab A is asked, and its next edit does not bring the design back behind B's back.
  const banner = a.page.getByTestId('deleted');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('deleted in another tab');
  await a.page.screenshot({ path: 'test-results/tabs-deleted.png' });
  await a.select(a.node('instance'));
  await a.type('inspector.name', 'edited-in-a');
  await a.fileMenu('designs'); // opening the list saves first: nothing to save is written
  await expect(a.page.getByTestId('files.designsDialog')).toBeVisible();
  await expect(a.page.getByTestId('files.design')).toHaveCount(0);
  const designKeys = () =>
    a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vpc-town:design:')).length);
  expect(await designKeys()).toBe(0);
  await a.page.keyboard.press('Escape');

  // Keep it: saved again, with A's edit.
  await a.page.getByTestId('deleted.keep').click();
  await expect(banner).toHaveCount(0);
  await expect.poll(designKeys).toBe(1);
  await a.fileMenu('designs');
  await expect(a.page.getByTestId('files.design')).toHaveCount(1);
  const saved = await a.page.evaluate(() => localStorage.getItem('vpc-town:autosave') ?? '');
  expect(saved).toContain('edited-in-a');
});
