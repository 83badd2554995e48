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
