#!/usr/bin/env node
// Opening large designs (BENCHMARKS.md, "Opening large designs"; issue #11). Not part of `npm run bench`
// (a 20,000-resource open takes tens of seconds per run): run it by hand, before and after a change.
//
//   node bench/largeOpen.mjs label=DIST_DIR [label=DIST_DIR …]
//
// Each DIST_DIR is a built app (`npx vite build --outDir DIST_DIR`); it is served on its own port.
// For each size, the builds are run alternately (a b a b …), BENCH_REPS times each (default 3),
// each run in a fresh browser context (empty storage). A run: open the app, then choose
// `generateDesign({ resources: N, seed: 7 })` in File › Open's file input, and note, from that
// input's `change` event:
//   shown     the design's name in the toolbar and its nodes on the canvas (first frame after);
//   complete  also every node mounted, every flow routed (no "Drawing traffic flows" note) and saved in the browser
//             (or the strip saying it could not be: 20,000 resources outgrow localStorage);
//   longest task / long tasks  PerformanceObserver `longtask` entries from the change to complete.
// Prints one line per run and a Markdown table of medians. Environment: BENCH_SIZES (default
// 5000,20000), BENCH_REPS, CHROMIUM_PATH.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { generateDesign } from '../src/testing/generate.ts';
import { serializeDesign } from '../src/io/json/write.ts';

const builds = process.argv.slice(2).map((a, i) => {
  const [label, dir] = a.split('=');
  return { label, dir, port: 4310 + i };
});
if (!builds.length || builds.some((b) => !b.dir)) {
  console.error('usage: node bench/largeOpen.mjs label=DIST_DIR [label=DIST_DIR …]');
  process.exit(2);
}
const SIZES = (process.env.BENCH_SIZES ?? '5000,20000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 600_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

function serve(build) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', build.dir, '--host', '127.0.0.1', '--strictPort', '--port', String(build.port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      if (String(d).includes(String(build.port))) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited ${code}`)));
  });
}

// Runs in the page before its scripts: long tasks and the moment the file input changes.
function probe() {
  const w = window;
  w.__lo = { tasks: [], change: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__lo.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (w.__lo.change ??= performance.now()), true);
}

async function run(browser, build, n, file, name) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  page.on('crash', () => console.error(`${build.label} ${n}: the page crashed`));
  page.on('pageerror', (e) => console.error(`${build.label} ${n}: ${e.message}`));
  await page.goto(`http://127.0.0.1:${build.port}/`);
  await page.getByTestId('canvas').waitFor();
  const watch = page.evaluate(
    (designName) =>
      new Promise((done) => {
        const out = {};
        const tick = () => {
          const t = performance.now();
          const named = document.querySelector('[data-testid="toolbar.name"]')?.value === designName;
          const nodes = document.getElementsByClassName('react-flow__node').length > 0;
          if (!out.shown && named && nodes) out.shown = t;
          const routing = document.querySelector(
            '[data-testid="canvas.routing"], [data-testid="files.opening"], [data-revealing]',
          );
          // Saved in the browser, or told it cannot be (a 20,000-resource design is about 9 MB,
          // more than Chromium's localStorage holds: the "Not saved" strip with Save as JSON).
          const saved =
            (localStorage.getItem('vpc-town:autosave') ?? '').includes(designName) ||
            !!document.querySelector('[data-testid="files.storageProblem"]');
          if (out.shown && !routing && saved && document.querySelector('.react-flow__edge-path')) {
            out.complete = t;
            done(out);
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    name,
  );
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: file });
  const marks = await watch;
  const lo = await page.evaluate(() => window.__lo);
  const tasks = lo.tasks.filter((t) => t.start >= lo.change - 1 && t.start <= marks.complete);
  await context.close();
  return {
    shown: marks.shown - lo.change,
    complete: marks.complete - lo.change,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.length,
  };
}

const servers = [];
try {
  for (const b of builds) servers.push(await serve(b));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const rows = [];
  for (const n of SIZES) {
    const name = `Large ${n}`;
    const design = generateDesign({ resources: n, seed: 7, name });
    const file = Buffer.from(serializeDesign(design));
    const results = new Map(builds.map((b) => [b.label, []]));
    for (let r = 0; r < REPS; r++)
      for (const b of r % 2 ? [...builds].reverse() : builds) {
        const m = await Promise.race([
          run(browser, b, n, file, name),
          new Promise((_, rej) => setTimeout(() => rej(new Error('timed out')), TIMEOUT)),
        ]);
        results.get(b.label).push(m);
        console.log(
          `${n} ${b.label} #${r + 1}: shown ${sec(m.shown)}, complete ${sec(m.complete)}, longest task ${sec(m.longest)}, ${m.longTasks} long tasks (load ${loadavg()[0].toFixed(2)})`,
        );
      }
    for (const b of builds) {
      const ms = results.get(b.label);
      rows.push(
        `| ${n.toLocaleString('en-US')} (${design.flows.length}) | ${b.label} | ${sec(median(ms.map((m) => m.shown)))} | ${sec(median(ms.map((m) => m.complete)))} | ${sec(median(ms.map((m) => m.longest)))} | ${median(ms.map((m) => m.longTasks))} |`,
      );
    }
  }
  await browser.close();
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );
  console.log('| Resources (flows) | | Shown | Complete | Longest task | Long tasks |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
} finally {
  for (const s of servers) s.kill();
}
