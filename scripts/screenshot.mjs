#!/usr/bin/env node
// Take a screenshot of the app with a design loaded: node scripts/screenshot.mjs examples/X.json out.png [--select NAME] [--lang ko]
// Expects the app served at http://127.0.0.1:4173 (npm run build && npm run preview).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const [file, out, ...rest] = process.argv.slice(2);
const opt = (k) => {
  const i = rest.indexOf(k);
  return i >= 0 ? rest[i + 1] : undefined;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({
  viewport: { width: Number(opt('--width') ?? 1440), height: Number(opt('--height') ?? 900) },
  colorScheme: opt('--dark') ? 'dark' : 'light',
});
const text = file && file !== '-' ? readFileSync(file, 'utf8') : null;
await page.addInitScript(
  ([t, lang]) => {
    if (!sessionStorage.getItem('shot')) {
      sessionStorage.setItem('shot', '1');
      if (t) localStorage.setItem('vpc-town:autosave', t);
      if (lang) localStorage.setItem('vpc-town:language', lang);
    }
  },
  [text, opt('--lang')],
);
await page.goto('http://127.0.0.1:4173/');
await page.waitForSelector('.react-flow__node');
await page.waitForTimeout(600);
if (rest.includes('--layout')) {
  await page.getByTestId('toolbar.layout').click();
  await page.waitForTimeout(700);
}
const sel = opt('--select');
if (sel) {
  await page
    .locator(`[data-name="${sel}"]`)
    .first()
    .click({ position: { x: 8, y: 8 } });
  await page.waitForTimeout(300);
}
const flow = opt('--flow');
if (flow) {
  await page.getByTestId('flow.label').nth(Number(flow)).click();
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
