/**
 * Nothing lost (issue #11), done as a user does it: a full browser storage never silently eats
 * an edit when the user leaves the design, untouched new designs do not pile up in the list, and
 * a file named like a saved design offers to replace it or keep both.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage.ts';

const web = readFileSync('examples/single-public-web.json', 'utf8');
const LONG = 'web-server-renamed-while-the-browser-storage-is-completely-full';

test('with storage full, File › New asks first: staying keeps the edit (and undo), saving as JSON goes on and says so truthfully', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openWith(web);
  await app.fillStorage();

  await app.select(app.node('instance'));
  await app.type('inspector.name', LONG);
  await expect(page.getByTestId('files.storageProblem')).toBeVisible();

  // File › New: the edit is not thrown away; the user is asked.
  await app.fileMenu('new');
  const leave = page.getByTestId('files.leave');
  await expect(leave).toBeVisible();
  await expect(page.getByTestId('files.leave.reason')).toContainText('Browser storage is full');
  await page.screenshot({ path: 'test-results/storage-leave.png', animations: 'disabled' });
  await page.getByTestId('files.leave.stay').click();
  await expect(leave).toBeHidden();
  await expect(app.node('instance', LONG)).toHaveCount(1);
  // Undo still has the step, and redo brings the edit back.
  await app.canvas().click({ position: { x: 5, y: 5 } });
  await app.press('Control+z');
  await expect(app.node('instance', LONG)).toHaveCount(0);
  await app.press('Control+Shift+z');
  await expect(app.node('instance', LONG)).toHaveCount(1);

  // The templates do not claim the design on screen stays under File › Designs: it is not saved.
  await app.fileMenu('templates');
  await expect(page.getByTestId('files.templates.intro')).not.toContainText('File › Designs');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('files.templatesDialog')).toBeHidden();

  // Save as JSON and continue: the file holds the edit, the new design opens, the notice tells the truth.
  await app.fileMenu('new');
  const pending = page.waitForEvent('download');
  await page.getByTestId('files.leave.download').click();
  const download = await pending;
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.resources.map((r: { name: string }) => r.name)).toContain(LONG);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('downloaded as a JSON file');
  await expect(notice).not.toContainText('File › Designs');
  expect(app.consoleErrors).toEqual([]);
});

test('with storage full, switching designs in File › Designs asks first as well', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(web);
  await app.fileMenu('templates');
  await page.getByTestId('files.template.peeredVpcs').click();
  await expect(page.getByTestId('toolbar.name')).toHaveValue('Two VPCs joined by peering');
  await app.fillStorage();
  await page.getByTestId('toolbar.name').fill('Two VPCs joined by peering, renamed while the storage is full');
  await page.getByTestId('toolbar.name').press('Enter');
  await expect(page.getByTestId('files.storageProblem')).toBeVisible();

  await app.fileMenu('designs');
  await page
    .getByTestId('files.design')
    .filter({ hasText: 'Single public web server' })
    .getByTestId('files.design.open')
    .click();
  await expect(page.getByTestId('files.leave')).toBeVisible();
  await page.getByTestId('files.leave.stay').click();
  await expect(page.getByTestId('files.leave')).toBeHidden();
  await expect(page.getByTestId('toolbar.name')).toHaveValue(
    'Two VPCs joined by peering, renamed while the storage is full',
  );
});

test('File › New leaves no empty “Untitled design” behind, and the list says when each design was changed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.fileMenu('templates');
  await page.getByTestId('files.template.singlePublicWeb').click();
  await expect(page.getByTestId('toolbar.name')).toHaveValue('Single public web server');
  await app.fileMenu('new');
  await expect(page.getByTestId('notice')).toContainText('Your previous design is under File › Designs');
  await app.fileMenu('new');
  // The untouched new design had nothing to keep: the notice does not say it was kept.
  await expect(page.getByTestId('notice')).toHaveText('Opened “Untitled design” as a new design.');
  await app.fileMenu('designs');
  const rows = page.getByTestId('files.design');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-name', 'Single public web server');
  await expect(rows.first().getByTestId('files.design.when')).toHaveText('Changed just now');
  await page.keyboard.press('Escape');

  await page.getByTestId('toolbar.language').selectOption('ko');
  await app.fileMenu('designs');
  await expect(rows.first().getByTestId('files.design.when')).toHaveText('방금 변경');
});

test('opening a file named like a saved design offers to replace it or keep both', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWith(web);
  const name = JSON.parse(web).name as string;
  const edited = JSON.parse(web);
  edited.resources.find((r: { kind: string }) => r.kind === 'instance').name = 'from-the-file';
  const open = async () => {
    const chooser = page.waitForEvent('filechooser');
    await app.fileMenu('open');
    await (
      await chooser
    ).setFiles({ name: 'web.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
  };

  // Keep both: the file opens beside the saved one, under a name that tells them apart.
  await open();
  const ask = page.getByTestId('files.sameName');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('last changed just now');
  await expect(ask).toContainText(`${name} (2)`);
  await page.screenshot({ path: 'test-results/storage-same-name.png', animations: 'disabled' });
  await page.getByTestId('files.sameName.keepBoth').click();
  await expect(page.getByTestId('toolbar.name')).toHaveValue(`${name} (2)`);
  await app.fileMenu('designs');
  const rows = page.getByTestId('files.design');
  await expect(rows).toHaveCount(2);
  await expect(page.locator(`[data-testid="files.design"][data-name="${name}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-testid="files.design"][data-name="${name} (2)"]`)).toHaveCount(1);
  await page.keyboard.press('Escape');

  // Replace: the saved design of that name takes the file's content; no third design appears.
  await open();
  await expect(ask).toBeVisible();
  await page.getByTestId('files.sameName.replace').click();
  await expect(page.getByTestId('toolbar.name')).toHaveValue(name);
  await expect(app.node('instance', 'from-the-file')).toHaveCount(1);
  await expect(page.getByTestId('notice')).toContainText(`Replaced “${name}”`);
  await app.fileMenu('designs');
  await expect(rows).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});
