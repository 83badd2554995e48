// Two builds side by side, alternating in one browser (issue #17): `before` and `after`, each a
// `vite build` output directory (e.g. `npx vite build --outDir bench/out/dist` in a worktree of main
// and in this one; `node bench/designs.ts`'s files in bench/out).
//   BEFORE=/path/to/main/bench/out/dist node bench/ab.mjs first5k 4   5,000 resources: first render
//   BEFORE=/path/to/main/bench/out/dist node bench/ab.mjs large 4     20,000 opened: zoom frames, the edit's longest task
// AFTER defaults to this checkout's bench/out/dist. Prints each run and the medians; writes nothing.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
const [mode, reps = '3'] = process.argv.slice(2);
const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const builds = {
  base: [process.env.BEFORE ?? `${ROOT}bench/out/dist-before`, PORT + 1, ROOT],
  mine: [process.env.AFTER ?? `${ROOT}bench/out/dist`, PORT, ROOT],
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const servers = [];
for (const [dist, port, root] of Object.values(builds)) {
  servers.push(
    spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
    }),
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) break;
    } catch {}
    await sleep(200);
  }
}
const PROBE = readFileSync(`${ROOT}bench/probe.js`, 'utf8');
const LONGTASKS = `(() => { window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ t: e.startTime, d: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const out = { base: [], mine: [] }; // base = before, mine = after
async function settle(page) {
  for (;;) {
    const s = await page.evaluate(() => {
      const c = window.__bench.changes;
      return { now: performance.now(), last: c[c.length - 1] ?? null };
    });
    if (s.last && s.last.visible > 0 && s.now - s.last.t > 1200) return s.last.t;
    await sleep(150);
  }
}
console.log(
  'load',
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
);
try {
  for (let i = 0; i < +reps; i++)
    for (const k of i % 2 ? ['mine', 'base'] : ['base', 'mine']) {
      const BASE = `http://127.0.0.1:${builds[k][1]}`;
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await ctx.addInitScript(PROBE);
      await ctx.addInitScript(LONGTASKS);
      const page = await ctx.newPage();
      try {
        if (mode === 'first5k') {
          const json = readFileSync(`${ROOT}bench/out/design-5000.json`, 'utf8');
          await page.goto(BASE + '/favicon.svg');
          await page.evaluate((t) => {
            localStorage.clear();
            localStorage.setItem('vpc-town:autosave', t);
          }, json);
          await page.goto(BASE + '/', { waitUntil: 'load' });
          await settle(page); // prime
          await page.goto(BASE + '/', { waitUntil: 'load' });
          const fr = await settle(page);
          out[k].push({ fr });
          console.log(k, 'first render', fr.toFixed(0));
        } else {
          await page.goto(BASE + '/', { waitUntil: 'load' });
          const chooser = page.waitForEvent('filechooser');
          await page.getByTestId('files.menu').click();
          await page.getByTestId('files.open').click();
          await (await chooser).setFiles(`${ROOT}bench/out/design-20000.json`);
          await page.locator('[data-testid="node.vpc"]').first().waitFor({ timeout: 300000 });
          await page.waitForFunction(
            () =>
              !document.querySelector('[data-revealing]') && !document.querySelector('[data-testid="canvas.routing"]'),
            null,
            { timeout: 600000, polling: 500 },
          );
          await settle(page);
          await page.evaluate(() => window.__bench.stopPolling());
          const pane = await page.locator('.react-flow').boundingBox();
          await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
          await page.evaluate(() => window.__bench.startFrames());
          const t0 = Date.now();
          let moves = 0;
          while (Date.now() - t0 < 2000) {
            await page.mouse.wheel(0, Math.floor(moves / 6) % 2 ? 120 : -120);
            moves++;
          }
          const iv = await page.evaluate(() => window.__bench.stopFrames());
          const zoomMax = Math.max(...iv);
          await page.getByTestId('toolbar.fit').click();
          await sleep(800);
          const at = await page.evaluate(() => {
            for (const el of document.querySelectorAll('[data-testid="node.vpc"][data-lod="summary"]')) {
              const r = el.getBoundingClientRect();
              const x = r.left + r.width / 2,
                y = r.top + r.height / 2;
              if (el.contains(document.elementFromPoint(x, y))) return { x, y };
            }
            return null;
          });
          await page.mouse.click(at.x, at.y);
          const name = page.getByTestId('inspector.name');
          await name.waitFor({ timeout: 60000 });
          await name.fill('renamed-vpc');
          const te = await page.evaluate(() => performance.now());
          await name.press('Enter');
          await sleep(3000);
          const edit = await page.evaluate((t0) => {
            const a = window.__longtasks.filter((l) => l.t + l.d >= t0);
            return { longest: Math.max(0, ...a.map((l) => l.d)), all: a.map((l) => Math.round(l.d)) };
          }, te);
          out[k].push({ zoomMax, zoomMedian: median(iv), edit: edit.longest });
          console.log(
            k,
            'zoom median',
            median(iv).toFixed(1),
            'max',
            zoomMax.toFixed(1),
            'edit longest',
            edit.longest.toFixed(0),
            JSON.stringify(edit.all),
          );
        }
      } finally {
        await ctx.close();
      }
    }
  for (const k of ['base', 'mine']) {
    const r = out[k];
    const keys = Object.keys(r[0] ?? {});
    console.log(k, keys.map((x) => `${x} median ${median(r.map((y) => y[x])).toFixed(1)}`).join(', '));
  }
  console.log(
    'load',
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  );
} finally {
  await browser.close();
  for (const s of servers) process.kill(-s.pid);
}
