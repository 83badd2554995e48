#!/usr/bin/env node
// `npm run bench`: build, serve on its own port, measure, write BENCHMARKS.md.
//
//  1. Validator in Node (bench/validator.ts) at 100 / 1,000 / 5,000 resources; the nested layout
//     of an import (bench/layout.ts) at 100 / 2,000 / 5,000, cold (first call, loads elkjs) and warm.
//     The AWS estate import (bench/awsImport.ts, src/io/aws/generate.ts): Node, the built CLI
//     (import aws, 1,000 reach --queries) and, with the browser below, File › Import from AWS….
//  2. Canvas in headless Chromium, side by side with a bare React Flow page showing the same
//     design (bench/bare.tsx `?design=`), runs interleaved ours/bare/bare/ours… in one browser:
//     first render, frame times while dragging one node for 2 s and while panning for 2 s.
//  3. PNG export of a 500-resource design through the File menu (time to the download).
//  4. Load: gzipped JS needed for the first paint (bench/lib/size.mjs).
//
// The machine is shared: only medians and ratios of runs made side by side in this one process
// mean anything; absolute figures are for orientation. Timings are never asserted in `npm test`.
//
// Options (environment): BENCH_PORT (default: VT_PORT, else 4199), BENCH_REPS (canvas pairs at
// 1,000, default 5), BENCH_QUICK=1 (fewer runs, for trying the script out), BENCH_ONLY=canvas (only the
// 1,000-resource canvas comparison, printed, nothing written: for iterating on a fix), BENCH_ONLY=canvas5k
// (the same at 5,000), BENCH_ONLY=large (20,000 resources opened through File › Open beside bare: pan and
// zoom frames, the longest frame, and the longest task of an edit), BENCH_ONLY=export5k (the PNG export
// of 5,000 resources), BENCH_ONLY=aws (the AWS import only, printed),
// BENCH_ONLY=intents (the matrix and intents after one edit of each kind, bench/intents.ts, printed),
// BENCH_ONLY=matrix (the access matrix in Node only, printed), CHROMIUM_PATH.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { firstLoadJs } from '../bench/lib/size.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench/out');
const DIST = join(OUT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? process.env.VT_PORT ?? 4199);
const BASE = `http://127.0.0.1:${PORT}`;
const QUICK = process.env.BENCH_QUICK === '1';
const PAIRS_1K = Number(process.env.BENCH_REPS ?? (QUICK ? 2 : 5));
const PAIRS_5K = QUICK ? 1 : 3;
const EXPORT_REPS = QUICK ? 1 : 3;
const SIZES = [100, 1000, 5000];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1440, height: 900 };
const DRAG_MS = 2000;
const started = Date.now();

const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/* ------------------------------------------------------------------ statistics */

function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ms = (x, d = 1) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const rx = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const mark = (ok) => (ok === null ? 'n/a' : ok ? '**pass**' : '**MISS**');

/* ------------------------------------------------------------------ machine */

function machine() {
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* reported from the browser below */
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    commit,
    loadBefore: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}

/* ------------------------------------------------------------------ steps */

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, ...opts });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  }
  return r.stdout;
}

function build(sizes = [500, 1000, 5000]) {
  // Our own output directory: another engineer's `vite preview` may be serving dist/.
  run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
  run(process.execPath, ['--import', 'tsx', 'bench/designs.ts', OUT, sizes.join(',')]);
  mkdirSync(join(DIST, 'bench-data'), { recursive: true });
  for (const n of sizes) copyFileSync(join(OUT, `design-${n}.json`), join(DIST, 'bench-data', `design-${n}.json`));
}

async function serve() {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
    try {
      const r = await fetch(`${BASE}/index.html`);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not start on ${BASE}: ${output}`);
}

/* ------------------------------------------------------------------ canvas */

const PROBE = readFileSync(join(ROOT, 'bench/probe.js'), 'utf8');

/** Wait until the canvas has been quiet for `quietMs`; the first render is the last change. */
async function settle(page, quietMs = 1200, timeoutMs = 60_000) {
  const t0 = Date.now();
  for (;;) {
    const s = await page.evaluate(() => {
      const c = window.__bench.changes;
      return { now: performance.now(), last: c[c.length - 1] ?? null };
    });
    if (s.last && s.last.visible > 0 && s.now - s.last.t > quietMs) {
      await page.evaluate(() => window.__bench.stopPolling());
      const dom = await page.evaluate(() => ({
        nodes: document.getElementsByClassName('react-flow__node').length,
        edges: document.getElementsByClassName('react-flow__edge').length,
      }));
      return { firstRender: s.last.t, visible: s.last.visible, ...dom };
    }
    if (Date.now() - t0 > timeoutMs) throw new Error('the canvas did not settle');
    await sleep(150);
  }
}

function frameStats(intervals, moves) {
  return {
    frames: intervals.length,
    median: median(intervals),
    p95: quantile(intervals, 0.95),
    mean: intervals.length ? mean(intervals) : NaN,
    max: intervals.length ? Math.max(...intervals) : NaN,
    long: intervals.filter((x) => x > 50).length,
    moves,
  };
}

/** Move the mouse on a circle through (cx, cy) for DRAG_MS with `button` held, recording frames. */
async function gesture(page, cx, cy, radius, button) {
  await page.mouse.move(cx, cy);
  await page.mouse.down({ button });
  await page.mouse.move(cx + 2, cy + 2);
  await page.evaluate(() => window.__bench.startFrames());
  const t0 = Date.now();
  let moves = 0;
  for (;;) {
    const e = Date.now() - t0;
    if (e >= DRAG_MS) break;
    const th = (2 * Math.PI * e) / 1000;
    await page.mouse.move(cx + radius * Math.sin(th), cy + radius * (1 - Math.cos(th)));
    moves++;
  }
  await page.mouse.move(cx, cy);
  const intervals = await page.evaluate(() => window.__bench.stopFrames());
  await page.mouse.up({ button });
  return frameStats(intervals, moves);
}

function urlFor(kind, n, canvas) {
  return kind === 'ours'
    ? `${BASE}/`
    : `${BASE}/bench/bare.html?design=/bench-data/design-${n}.json&w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`;
}

/** One measured run: load (first render), drag one node, pan. */
async function canvasRun(context, kind, n, plan) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(urlFor(kind, n, plan.canvas), { waitUntil: 'load' });
    const load = await settle(page);
    const node = page.locator(`.react-flow__node[data-id="${plan.dragId}"]`);
    const box = await node.boundingBox();
    let drag = null;
    if (box) drag = await gesture(page, box.x + box.width / 2, box.y + box.height / 2, 40, 'left');
    await sleep(300);
    const pane = await page.locator('.react-flow').boundingBox();
    const pan = await gesture(page, pane.x + pane.width / 2, pane.y + pane.height / 2 - 100, 100, 'middle');
    return { kind, n, ...load, drag, pan, errors };
  } finally {
    await page.close();
  }
}

/** Seed the app's storage with a design and prime both pages once (HTTP cache, code cache, storage migration). */
async function prepare(browser, n) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBE);
  const json = readFileSync(join(OUT, `design-${n}.json`), 'utf8');
  const page = await context.newPage();
  await page.goto(`${BASE}/favicon.svg`);
  // The app's own start-up path: a save in `vpc-town:autosave` (src/store/persistence.ts) is
  // adopted into the design list at the first start, as the e2e page object seeds designs.
  await page.evaluate((t) => {
    localStorage.clear();
    localStorage.setItem('vpc-town:autosave', t);
  }, json);
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  await settle(page);
  const expected = JSON.parse(json).resources.length;
  const info = await page.evaluate(() => {
    const canvas = document.querySelector('.react-flow').getBoundingClientRect();
    // A leaf (instance) fully on screen, nearest the canvas centre: the node the drag moves.
    const cx = canvas.left + canvas.width / 2;
    const cy = canvas.top + canvas.height / 2;
    let best = null;
    let bestD = Infinity;
    // Zoomed out, resources are summarised (canvas/lod.ts): then the node dragged is a VPC's box
    // (in the bare page, the same VPC: a group node with all it holds).
    const leaves = document.querySelectorAll('.react-flow__node-resource');
    const candidates = leaves.length ? leaves : document.querySelectorAll('.react-flow__node-lodbox');
    for (const el of candidates) {
      const id = el.getAttribute('data-id') ?? '';
      if (!id.startsWith(leaves.length ? 'i-' : 'vpc-')) continue;
      const r = el.getBoundingClientRect();
      if (
        r.left < canvas.left + 60 ||
        r.right > canvas.right - 60 ||
        r.top < canvas.top + 60 ||
        r.bottom > canvas.bottom - 60
      )
        continue;
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (d < bestD) {
        bestD = d;
        best = id;
      }
    }
    const banner = document.querySelector('[data-testid="files.storageProblem"]');
    return {
      canvas: { width: canvas.width, height: canvas.height },
      dragId: best,
      storageProblem: !!banner,
      transform: document.querySelector('.react-flow__viewport').style.transform,
    };
  });
  const loaded = await page.evaluate(() => document.getElementsByClassName('react-flow__node').length);
  if (!info.dragId) throw new Error(`no instance or VPC node on screen to drag at ${n} resources`);
  await page.close();
  // Prime the bare page too.
  const bare = await context.newPage();
  await bare.goto(urlFor('bare', n, info.canvas), { waitUntil: 'load' });
  await settle(bare);
  const bareTransform = await bare.evaluate(() => document.querySelector('.react-flow__viewport').style.transform);
  await bare.close();
  log(
    `  ${n}: ${expected} resources; canvas ${Math.round(info.canvas.width)}×${Math.round(info.canvas.height)}; ${loaded} nodes in the DOM; drag ${info.dragId}; viewport ours ${info.transform} / bare ${bareTransform}${info.storageProblem ? '; STORAGE PROBLEM banner' : ''}`,
  );
  return { context, plan: { ...info, expected, bareTransform } };
}

async function canvasBench(browser, n, pairs) {
  const { context, plan } = await prepare(browser, n);
  const runs = [];
  try {
    for (let i = 0; i < pairs; i++) {
      // ABBA: drift in machine load cancels out within each pair of pairs.
      const order = i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const kind of order) {
        const r = await canvasRun(context, kind, n, plan);
        runs.push(r);
        log(
          `  ${n} ${kind.padEnd(4)} first render ${ms(r.firstRender, 0)} (${r.visible} nodes), drag median ${ms(r.drag?.median)} p95 ${ms(r.drag?.p95)} (${r.drag?.moves} moves), pan median ${ms(r.pan.median)} p95 ${ms(r.pan.p95)}${r.errors.length ? ` ERRORS ${r.errors.join('; ')}` : ''}`,
        );
      }
    }
  } finally {
    await context.close();
  }
  const of = (kind, f) =>
    runs
      .filter((r) => r.kind === kind)
      .map(f)
      .filter(Number.isFinite);
  const summary = {};
  for (const kind of ['ours', 'bare']) {
    summary[kind] = {
      runs: runs.filter((r) => r.kind === kind).length,
      firstRender: median(of(kind, (r) => r.firstRender)),
      firstRenderMin: Math.min(...of(kind, (r) => r.firstRender)),
      firstRenderMax: Math.max(...of(kind, (r) => r.firstRender)),
      visible: median(of(kind, (r) => r.visible)),
      domNodes: median(of(kind, (r) => r.nodes)),
      dragMedian: median(of(kind, (r) => r.drag?.median)),
      dragP95: median(of(kind, (r) => r.drag?.p95)),
      dragMean: median(of(kind, (r) => r.drag?.mean)),
      dragLong: median(of(kind, (r) => r.drag?.long)),
      dragMoves: median(of(kind, (r) => r.drag?.moves)),
      panMedian: median(of(kind, (r) => r.pan.median)),
      panP95: median(of(kind, (r) => r.pan.p95)),
      panMean: median(of(kind, (r) => r.pan.mean)),
      panLong: median(of(kind, (r) => r.pan.long)),
      panMoves: median(of(kind, (r) => r.pan.moves)),
      errors: runs.filter((r) => r.kind === kind).flatMap((r) => r.errors),
    };
  }
  return { n, plan, summary, runs };
}

/* ------------------------------------------------------------------ export */

async function exportBench(browser, n = 500, reps = EXPORT_REPS) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript(PROBE);
  const json = readFileSync(join(OUT, `design-${n}.json`), 'utf8');
  const page = await context.newPage();
  await page.goto(`${BASE}/favicon.svg`);
  await page.evaluate((t) => {
    localStorage.clear();
    localStorage.setItem('vpc-town:autosave', t);
  }, json);
  const times = [];
  let bytes = 0;
  let size = '';
  let method = 'File menu → Export PNG (files.exportPng), click to download event';
  try {
    for (let i = 0; i < reps + 1; i++) {
      await page.goto(`${BASE}/`, { waitUntil: 'load' });
      await settle(page);
      await page.getByTestId('files.menu').click();
      const item = page.getByTestId('files.exportPng');
      if (!(await item.count())) {
        method = 'not available: files.exportPng is missing';
        break;
      }
      const t0 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), item.click()]);
      const dt = performance.now() - t0;
      const path = await download.path();
      const buf = readFileSync(path);
      if (buf.subarray(1, 4).toString() !== 'PNG') throw new Error('the export is not a PNG');
      bytes = buf.length;
      size = `${buf.readUInt32BE(16)}×${buf.readUInt32BE(20)} px`;
      if (i > 0) times.push(dt); // the first one warms up html-to-image
      log(`  export ${i === 0 ? '(warm-up) ' : ''}${ms(dt, 0)}, ${(buf.length / 1024).toFixed(0)} KiB`);
    }
  } finally {
    await context.close();
  }
  return { method, times, median: median(times), min: Math.min(...times), max: Math.max(...times), bytes, size };
}

/* ------------------------------------------------------------------ 20,000 resources (#17) */

/** Record long tasks from the first script on (the edit's "findings update without blocking input"). */
const LONGTASKS = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__longtasks.push({ t: e.startTime, d: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Turn the wheel over the canvas centre for DRAG_MS, 6 notches in, 6 out, recording frames. */
async function zoomGesture(page) {
  const pane = await page.locator('.react-flow').boundingBox();
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.evaluate(() => window.__bench.startFrames());
  const t0 = Date.now();
  let moves = 0;
  while (Date.now() - t0 < DRAG_MS) {
    await page.mouse.wheel(0, Math.floor(moves / 6) % 2 ? 120 : -120);
    moves++;
  }
  const intervals = await page.evaluate(() => window.__bench.stopFrames());
  return frameStats(intervals, moves);
}

/**
 * 20,000 resources: ours opened through File › Open (the design is too large for localStorage),
 * bare from its URL; once everything is mounted and routed, pan (as the canvas bench) and zoom
 * with the wheel; in ours, then rename a VPC in the inspector and take the longest task from the
 * key press until the findings have been updated.
 */
async function largeBench(browser, n, pairs) {
  const file = join(OUT, `design-${n}.json`);
  const runs = [];
  for (let i = 0; i < pairs; i++) {
    for (const kind of i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(PROBE);
      await context.addInitScript(LONGTASKS);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        let openMs = NaN;
        if (kind === 'ours') {
          await page.goto(`${BASE}/`, { waitUntil: 'load' });
          await page.evaluate(() => localStorage.clear());
          await page.goto(`${BASE}/`, { waitUntil: 'load' });
          const chooser = page.waitForEvent('filechooser');
          await page.getByTestId('files.menu').click();
          await page.getByTestId('files.open').click();
          const t0 = await page.evaluate(() => performance.now());
          await (await chooser).setFiles(file);
          await page.locator('[data-testid="node.vpc"]').first().waitFor({ timeout: 300_000 });
          openMs = (await page.evaluate(() => performance.now())) - t0;
          await page.waitForFunction(
            () =>
              !document.querySelector('[data-revealing]') && !document.querySelector('[data-testid="canvas.routing"]'),
            null,
            { timeout: 600_000, polling: 500 },
          );
        } else {
          const canvas = { width: 735, height: 850 };
          await page.goto(urlFor('bare', n, canvas), { waitUntil: 'load' });
        }
        const load = await settle(page, 1500, 600_000);
        const pane = await page.locator('.react-flow').boundingBox();
        const pan = await gesture(page, pane.x + pane.width / 2, pane.y + pane.height / 2 - 100, 100, 'middle');
        await sleep(300);
        const zoom = await zoomGesture(page);
        let edit = null;
        if (kind === 'ours')
          log(
            `  ${n} ours: pan median ${ms(pan.median)} p95 ${ms(pan.p95)} max ${ms(pan.max)}; zoom median ${ms(zoom.median)} p95 ${ms(zoom.p95)} max ${ms(zoom.max)}`,
          );
        if (kind === 'ours') {
          await page.getByTestId('toolbar.fit').click();
          await sleep(800);
          try {
            // A VPC box whose centre is on the canvas and not under an overlay (the palette, the minimap).
            const at = await page.evaluate(() => {
              for (const el of document.querySelectorAll('[data-testid="node.vpc"][data-lod="summary"]')) {
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2;
                const y = r.top + r.height / 2;
                if (el.contains(document.elementFromPoint(x, y))) return { x, y };
              }
              return null;
            });
            if (!at) throw new Error('no VPC box to click');
            await page.mouse.click(at.x, at.y);
            const name = page.getByTestId('inspector.name');
            await name.waitFor({ timeout: 60_000 });
            await name.fill('renamed-vpc');
            const t0 = await page.evaluate(() => performance.now());
            await name.press('Enter');
            await sleep(3000);
            edit = await page.evaluate((t0) => {
              const after = window.__longtasks.filter((l) => l.t + l.d >= t0);
              return { longest: Math.max(0, ...after.map((l) => l.d)), count: after.length };
            }, t0);
          } catch (e) {
            log(`  ${n} ours: the edit was not measured (${e.message.split('\n')[0]})`);
          }
        }
        const r = { kind, openMs, ...load, pan, zoom, edit, errors };
        runs.push(r);
        log(
          `  ${n} ${kind.padEnd(4)} ${kind === 'ours' ? `opened ${ms(openMs, 0)}, ` : ''}${load.nodes} nodes; pan median ${ms(pan.median)} p95 ${ms(pan.p95)} max ${ms(pan.max)}; zoom median ${ms(zoom.median)} p95 ${ms(zoom.p95)} max ${ms(zoom.max)}${edit ? `; edit: longest task ${ms(edit.longest, 0)} (${edit.count} long tasks)` : ''}${errors.length ? ` ERRORS ${errors.join('; ')}` : ''}`,
        );
      } finally {
        await context.close();
      }
    }
  }
  return runs;
}

/** BENCH_ONLY=large: 20,000 resources, ours beside bare; prints, writes nothing. */
async function largeOnly() {
  const n = Number(process.env.BENCH_LARGE ?? 20000);
  build([n]);
  const server = await serve();
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ARGS });
  try {
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    const runs = await largeBench(browser, n, Number(process.env.BENCH_REPS ?? 2));
    for (const kind of ['ours', 'bare']) {
      const of = (f) => runs.filter((r) => r.kind === kind).map(f);
      log(
        `${kind}: pan median ${ms(median(of((r) => r.pan.median)))}, max ${ms(Math.max(...of((r) => r.pan.max)))}; zoom median ${ms(median(of((r) => r.zoom.median)))}, max ${ms(Math.max(...of((r) => r.zoom.max)))}`,
      );
    }
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

/** BENCH_ONLY=export5k: the PNG export of the 5,000-resource design through the File menu; prints. */
async function export5kOnly() {
  build([5000]);
  const server = await serve();
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ARGS });
  try {
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    const r = await exportBench(browser, 5000, QUICK ? 1 : 2);
    log(
      `export 5,000: median ${ms(r.median, 0)} (${r.times.map((t) => t.toFixed(0)).join(', ')}), ${r.size}, ${(r.bytes / 1024).toFixed(0)} KiB`,
    );
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

/* ------------------------------------------------------------------ AWS import (#13) */

const AWS_DIR = join(OUT, 'aws');

/** The estate import in Node: bench/awsImport.ts a few times (each process gives one cold run); writes the files. */
function awsNodeBench() {
  const runs = Array.from({ length: QUICK ? 1 : 3 }, (_, i) =>
    JSON.parse(
      run(process.execPath, [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/awsImport.ts',
        i ? '1' : QUICK ? '2' : '5',
        ...(i ? [] : ['--write', AWS_DIR]),
      ]),
    ),
  );
  return { ...runs[0], colds: runs.map((r) => r.cold.total) };
}

/** Wall time of one CLI run (the built CLI, as CI runs it). */
function cliWall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['bin/vpc-town.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
  });
  const dt = performance.now() - t0;
  if (r.status === 2) throw new Error(`vpc-town ${args.join(' ')}: ${r.stderr}`);
  return dt;
}

/** `vpc-town import aws DIR` and 1,000 `reach --queries` against 1 query (the difference is the queries after start). */
function awsCliBench() {
  run(process.execPath, ['scripts/build-cli.mjs', '--if-stale']);
  const one = join(AWS_DIR, 'one-query.json');
  writeFileSync(one, JSON.stringify(JSON.parse(readFileSync(join(AWS_DIR, 'queries.json'), 'utf8')).slice(0, 1)));
  const estate = join(AWS_DIR, 'estate.json');
  const imp = [];
  const q1000 = [];
  const q1 = [];
  for (let i = 0; i < (QUICK ? 2 : 4); i++) {
    const dtImport = cliWall(['import', 'aws', join(AWS_DIR, 'us-west-2'), '-o', join(AWS_DIR, 'cli.json')]);
    const dtMany = cliWall(['reach', estate, '--queries', join(AWS_DIR, 'queries.json'), '--json']);
    const dtOne = cliWall(['reach', estate, '--queries', one, '--json']);
    if (i === 0) continue; // warm the file cache
    imp.push(dtImport);
    q1000.push(dtMany);
    q1.push(dtOne);
  }
  const diffs = q1000.map((t, i) => t - q1[i]);
  return { import: median(imp), q1000: median(q1000), q1: median(q1), queries: median(diffs), runs: imp.length };
}

/** File › Import from AWS… with the estate's folder: files chosen → preview, Import → the diagram drawn. */
async function awsBrowserBench(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const preview = [];
  const laidOut = [];
  const drawn = [];
  try {
    for (let i = 0; i < (QUICK ? 2 : 4); i++) {
      await page.goto(`${BASE}/`, { waitUntil: 'load' });
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${BASE}/`, { waitUntil: 'load' });
      await page.getByTestId('files.menu').click();
      await page.getByTestId('files.importAws').click();
      await page.getByTestId('awsImport').waitFor();
      const t0 = performance.now();
      await page.getByTestId('awsImport.folderInput').setInputFiles(join(AWS_DIR, 'us-west-2'));
      await page.getByTestId('awsImport.counts').waitFor({ timeout: 60_000 });
      const t1 = performance.now();
      await page.getByTestId('awsImport.import').click();
      await page.getByTestId('awsImport').waitFor({ state: 'hidden', timeout: 60_000 });
      await page.locator('[data-testid="node.vpc"]').first().waitFor({ timeout: 60_000 });
      const t2 = performance.now();
      // Import pressed → laid out (elkjs loaded) and checked, ready to open: marks set by ui/actions/actionImportAws.ts.
      const laid = await page.evaluate(() => {
        const [a] = performance.getEntriesByName('vt-import:start');
        const [b] = performance.getEntriesByName('vt-import:laid-out');
        return a && b ? b.startTime - a.startTime : NaN;
      });
      log(
        `  browser import ${i === 0 ? '(warm-up) ' : ''}preview ${ms(t1 - t0, 0)}, laid out ${ms(laid, 0)}, drawn ${ms(t2 - t1, 0)}`,
      );
      if (i === 0) continue;
      preview.push(t1 - t0);
      laidOut.push(laid);
      drawn.push(t2 - t1);
    }
  } finally {
    await context.close();
  }
  return {
    preview: median(preview),
    drawn: median(drawn),
    total: median(preview.map((p, i) => p + drawn[i])),
    runs: preview.length,
  };
}

/* ------------------------------------------------------------------ report */

function writeReport({ info, validator, matrix, layout, aws, canvas, exp, size, budget, totalS }) {
  const L = [];
  const v1k = validator.results.find((r) => r.resources >= 900 && r.resources <= 1100);
  const c1k = canvas.find((c) => c.n === 1000);
  const c5k = canvas.find((c) => c.n === 5000);
  const fr = (c) => ratio(c.summary.ours.firstRender, c.summary.bare.firstRender);
  const dr = (c) => ratio(c.summary.ours.dragMedian, c.summary.bare.dragMedian);
  const pr = (c) => ratio(c.summary.ours.panMedian, c.summary.bare.panMedian);
  const rng = (s) => `${ms(s.median, 2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
  L.push('# Benchmarks');
  L.push('');
  L.push(
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${info.date.slice(0, 10)}; do not edit by hand. Issue: "Benchmarks: large designs stay as smooth as a bare React Flow canvas".`,
  );
  L.push('');
  L.push(
    'The machine is shared with other work, so absolute times move from run to run: compare the **medians and the ours/bare ratios** of one run, which are measured side by side. Timings are never asserted in `npm test`; only the first-load size budget is (scripts/size-budget.mjs).',
  );
  L.push('');
  L.push(
    'Reproduce: `npm run bench` (builds into bench/out/dist, serves it with `vite preview` on port `BENCH_PORT`/`VT_PORT`, default 4199, and rewrites this file).',
  );
  L.push('');
  L.push('## Machine');
  L.push('');
  L.push('| | |');
  L.push('|---|---|');
  L.push(`| CPU | ${info.cpu} |`);
  L.push(`| Cores | ${info.cores} |`);
  L.push(`| Memory | ${info.memoryGiB} GiB |`);
  L.push(`| Node | ${info.node} |`);
  L.push(`| Chromium | ${info.chromium} (headless, ${ARGS.join(' ')}) |`);
  L.push(`| Date | ${info.date} |`);
  L.push(`| Commit | ${info.commit} (plus uncommitted changes, if any) |`);
  L.push(
    `| Load average (1/5/15 min) | before ${info.loadBefore}; after ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} |`,
  );
  L.push(`| Bench run time | ${totalS.toFixed(0)} s |`);
  L.push('');
  L.push('## Targets');
  L.push('');
  L.push('| Target | Measured | Goal | |');
  L.push('|---|---|---|---|');
  if (v1k) {
    L.push(
      `| Full \`validate\`, 1,000 resources | ${ms(v1k.full.median, 2)} | < 5 ms | ${mark(v1k.full.median < 5)} |`,
    );
    L.push(
      `| Revalidate after one edit, 1,000 | ${ms(v1k.edit.median, 2)} (incremental, as the app; stateless \`validate\`: ${ms(v1k.editStateless.median, 2)}) | < 1 ms | ${mark(v1k.edit.median < 1)} |`,
    );
    L.push(
      `| 100 \`analyzeReachability\` queries, 1,000 | ${ms(v1k.reach.median, 2)} | < 20 ms | ${mark(v1k.reach.median < 20)} |`,
    );
  }
  if (c1k) {
    L.push(
      `| First render, 1,000 (ours/bare) | ${rx(fr(c1k))} (${ms(c1k.summary.ours.firstRender, 0)} / ${ms(c1k.summary.bare.firstRender, 0)}) | ≤ 1.5× | ${mark(fr(c1k) <= 1.5)} |`,
    );
    L.push(
      `| Median frame while dragging a node, 1,000 (ours/bare) | ${rx(dr(c1k))} (${ms(c1k.summary.ours.dragMedian)} / ${ms(c1k.summary.bare.dragMedian)}) | ≤ 1.2× | ${mark(dr(c1k) <= 1.2)} |`,
    );
    L.push(
      `| Median frame while panning, 1,000 (ours/bare) | ${rx(pr(c1k))} (${ms(c1k.summary.ours.panMedian)} / ${ms(c1k.summary.bare.panMedian)}) | ≤ 1.2× | ${mark(pr(c1k) <= 1.2)} |`,
    );
  }
  const coldLayout = median(layout.cold.map((c) => c.ms));
  L.push(
    `| Nested layout of an import, ${layout.cold[0].resources.toLocaleString('en')} resources (${layout.cold[0].vpcs} VPCs), first run (loads elkjs) | ${ms(coldLayout, 0)} | its share of < 2 s for import + convert + layout | ${mark(coldLayout < 1000)} |`,
  );
  const awsCold = median(aws.colds);
  L.push(
    `| AWS estate import (${aws.resources.toLocaleString('en')} resources, ${aws.vpcs} VPCs): parse + convert + layout, Node, first run | ${ms(awsCold, 0)} (warm ${ms(aws.total.median, 0)}) | < 2 s | ${mark(awsCold < 2000)} |`,
  );
  if (aws.browser)
    L.push(
      `| The same in the browser (File › Import from AWS…: files chosen → preview, Import → laid out and checked) | ${ms(aws.browser.total, 0)} (preview ${ms(aws.browser.preview, 0)} + ${ms(aws.browser.laidOut, 0)}; until every node is drawn: ${ms(aws.browser.totalDrawn, 0)}) | < 2 s | ${mark(aws.browser.total < 2000)} |`,
    );
  L.push(
    `| 1,000 \`reach --queries\` after start, ${aws.resources.toLocaleString('en')} resources | ${ms(aws.cli.queries, 0)} (run of 1,000: ${ms(aws.cli.q1000, 0)}; of 1: ${ms(aws.cli.q1, 0)}) | < 1 s | ${mark(aws.cli.queries < 1000)} |`,
  );
  L.push(
    `| PNG export, 500 resources | ${ms(exp.median, 0)} | < 3 s | ${mark(Number.isFinite(exp.median) ? exp.median < 3000 : null)} |`,
  );
  L.push(
    `| First-load JS, gzipped | ${(size.gzip / 1000).toFixed(1)} kB | ≤ 250 kB (budget in force: ${(budget / 1000).toFixed(0)} kB) | ${mark(size.gzip <= 250_000)} |`,
  );
  L.push('');
  L.push('## Validator (Node)');
  L.push('');
  L.push(
    `Designs from \`generateDesign({ resources: N, seed: 1, loadBalancing: true, transit: true })\` (src/testing/generate.ts: with issue #14's kinds: listeners and target groups, second network interfaces, a transit gateway per Region with every VPC attached, S3 gateway endpoints). Median (min–max) of repeated runs, each after as many untimed warm-up runs. "Full validate": \`validate\` of a new design object, so its context (src/validation/context.ts) is built from scratch. "One edit": an SG rule's port changes (\`updateResource\`), timed with the revalidation; "incremental" is the path the app takes (src/store/analysis.ts: \`createIncrementalValidator\` holds the previous design and re-runs only the rules that read what changed: ${v1k ? v1k.editRerun.join(', ') : ''}), "stateless" is \`validate\` of the new design. Queries: the design's flows plus instance→db / instance→instance / instance→ALB / internet→instance on common ports, on a new design (the first query builds the context), and again on a warm context.`,
  );
  L.push('');
  L.push(
    '| Resources | Findings (errors) | Full validate | One edit → incremental validate | One edit → stateless validate | buildContext alone | 100 queries | 100 queries, warm context |',
  );
  L.push('|---|---|---|---|---|---|---|---|');
  for (const r of validator.results) {
    L.push(
      `| ${r.resources.toLocaleString('en')} | ${r.findings} (${r.errors}) | ${rng(r.full)} | ${rng(r.edit)} | ${rng(r.editStateless)} | ${rng(r.contextOnly)} | ${rng(r.reach)} | ${rng(r.reachWarm)} |`,
    );
  }
  L.push('');
  L.push(
    'Other one-step edits through the incremental validator (median ms, rules re-run): ' +
      validator.results
        .map(
          (r) =>
            `${r.resources.toLocaleString('en')}: ${Object.entries(r.editKinds)
              .map(([k, e]) => `${k} ${e.median.toFixed(2)} (${e.rerun})`)
              .join(', ')}`,
        )
        .join('; ') +
      '.',
  );
  L.push('');
  L.push(
    'Slowest rules on a warm context (median ms per rule): ' +
      validator.results
        .map(
          (r) =>
            `${r.resources.toLocaleString('en')}: ${r.perRule.map((p) => `${p.rule} ${p.median.toFixed(2)}`).join(', ')}`,
        )
        .join('; ') +
      '.',
  );
  L.push('');
  L.push('## Access matrix (Node)');
  L.push('');
  L.push(
    'bench/matrix.ts: the exhaustive matrix (src/validation/matrix) of a generated design, every ordered pair of endpoints (the internet and every workload) over every protocol, port and address, beside as many single `analyzeReachability` calls (tcp 443, one per cell, warm context): the ratio is what exhaustiveness costs. The full matrix and the diff are of designs just opened (nothing kept from an earlier snapshot); after one edit (a security group rule), the results the edit cannot touch are kept (every kind of edit: `BENCH_ONLY=intents`). Medians.',
  );
  L.push('');
  L.push(
    '| Resources | Endpoints | Cells | Full matrix | Same number of single queries | Matrix after one edit | Diff of two designs |',
  );
  L.push('|---|---|---|---|---|---|---|');
  L.push(
    `| ${matrix.resources} | ${matrix.endpoints} | ${matrix.cells} | ${ms(matrix.matrixMs, 0)} | ${ms(matrix.singleQueriesMs, 0)} | ${ms(matrix.afterEditMs, 0)} | ${ms(matrix.diffMs, 0)} |`,
  );
  L.push('');
  L.push('## Nested layout (Node)');
  L.push('');
  L.push(
    `\`layoutNested\` (src/layout/nested.ts), the layout File › Import from AWS… and \`vpc-town import aws\` give an import, on \`generateDesign({ resources: N, seed: 1 })\`; dagre's \`autoLayout\` (src/layout/layout.ts) on the same design for comparison. "First run" is the first call in a fresh Node process, which loads elkjs (about half of it): ${layout.cold.map((c) => ms(c.ms, 0)).join(', ')} in ${layout.cold.length} processes. Median (min–max) of the warm runs after two untimed ones. Rejected while choosing (measured once, not rerun here): ELK's rectpacking on every container took 0.4–2 s at 2,000 resources, most of it in the 1,800 boxes of the subnets and AZs, which are plain rows and columns now; ELK packs only each region's VPCs and the regions.`,
  );
  L.push('');
  L.push('| Resources | VPCs | nested (elkjs + rows) | dagre auto-layout |');
  L.push('|---|---|---|---|');
  for (const r of layout.results)
    L.push(`| ${r.resources.toLocaleString('en')} | ${r.vpcs} | ${rng(r.nested)} | ${rng(r.dagre)} |`);
  L.push('');
  L.push('## Importing an AWS estate');
  L.push('');
  L.push(
    `The generator's estate (src/io/aws/generate.ts): ${aws.vpcs} VPCs as ${aws.files} describe-* files (${(aws.bytes / 1e6).toFixed(1)} MB), ${aws.resources.toLocaleString('en')} resources once imported. **Node** (bench/awsImport.ts): \`readAws\` (parse, recognise, convert, check) then \`layoutNested\`; "first run" is the first of a fresh process, which loads elkjs (${aws.colds.map((c) => ms(c, 0)).join(', ')} in ${aws.colds.length} processes); warm: median (min–max) of ${aws.total.runs} runs. **CLI**: wall time of the built \`vpc-town\`, median of ${aws.cli.runs} runs after one warm-up; the 1,000 queries "after start" are a run of 1,000 minus a run of 1 (bench/out/aws/queries.json: the internet to each VPC's load balancer and web servers, web to app, app to the database, web to the database, app out to the internet). **Browser**: File › Import from AWS… with the folder chosen, to the preview, then Import to the first VPC drawn${aws.browser ? `, median of ${aws.browser.runs} after one warm-up` : ''}.`,
  );
  L.push('');
  L.push('| Step | Median |');
  L.push('|---|---|');
  L.push(`| Node: \`readAws\` | ${rng(aws.read)} |`);
  L.push(`| Node: \`layoutNested\` | ${rng(aws.layout)} |`);
  L.push(`| Node: both, first run of a process | ${ms(median(aws.colds), 0)} |`);
  L.push(
    `| CLI: \`vpc-town import aws DIR -o FILE\` (start, read, convert, layout, write) | ${ms(aws.cli.import, 0)} |`,
  );
  L.push(`| CLI: \`reach FILE --queries\`, 1,000 queries / 1 query | ${ms(aws.cli.q1000, 0)} / ${ms(aws.cli.q1, 0)} |`);
  if (aws.browser) {
    L.push(`| Browser: files chosen → preview | ${ms(aws.browser.preview, 0)} |`);
    L.push(`| Browser: Import → laid out and checked (elkjs loaded on the way) | ${ms(aws.browser.laidOut, 0)} |`);
    L.push(
      `| Browser: Import → the diagram drawn (opening and the canvas's first render of ${aws.resources.toLocaleString('en')} nodes included) | ${ms(aws.browser.drawn, 0)} |`,
    );
  }
  L.push('');
  L.push('## Canvas (headless Chromium), side by side with bare React Flow');
  L.push('');
  L.push(
    "\"Bare\" is bench/bare.html showing the same design node for node (same ids, positions, sizes, nesting, flows and peerings as edges; React Flow's default `group`/`default` nodes; the app's fitView and zoom limits; page sized to the app's canvas), built by the same Vite config. Both enable `onlyRenderVisibleElements` above 400 nodes. Runs alternate ours/bare/bare/ours… in one browser after one unmeasured priming load of each page (warm HTTP and code cache; the app's design comes from localStorage as on a return visit).",
  );
  L.push('');
  L.push(
    '- **First render**: navigation start → the last frame in which the number of visible `.react-flow__node` elements or the viewport transform changed (measured from requestAnimationFrame in the page, bench/probe.js, identical in both pages); that is, every node of the fitted viewport is in the DOM, measured and in place.',
  );
  L.push(
    `- **Drag**: Playwright holds the left button on one instance node near the canvas centre (where the fitted zoom summarises the resources, canvas/lod.ts, a VPC's box instead: the same VPC, a group node, in the bare page) and moves it on a 40 px circle (one turn a second) for ${DRAG_MS / 1000} s, as fast as the page accepts mouse events; **pan**: the same with the middle button on a 100 px circle (React Flow pans with the middle button even over nodes). Frame time = interval between requestAnimationFrame callbacks. The zoom is the fitted one (in bare, every node in the viewport rendered; in ours, what the level of detail mounts there).`,
  );
  L.push(
    '- Each figure is the median over runs of the per-run value (per-run median, p95, mean frame; frames > 50 ms).',
  );
  L.push('');
  L.push(
    '| Resources | Page | Runs | Nodes rendered | First render | Drag: median / p95 / mean frame | Drag: long frames, mouse moves | Pan: median / p95 / mean frame | Pan: long frames, mouse moves |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|');
  for (const c of canvas) {
    for (const kind of ['ours', 'bare']) {
      const s = c.summary[kind];
      L.push(
        `| ${c.n.toLocaleString('en')} | ${kind} | ${s.runs} | ${s.visible} | ${ms(s.firstRender, 0)} (${s.firstRenderMin.toFixed(0)}–${s.firstRenderMax.toFixed(0)}) | ${ms(s.dragMedian)} / ${ms(s.dragP95)} / ${ms(s.dragMean)} | ${s.dragLong}, ${s.dragMoves} | ${ms(s.panMedian)} / ${ms(s.panP95)} / ${ms(s.panMean)} | ${s.panLong}, ${s.panMoves} |`,
      );
    }
    const so = c.summary.ours;
    const sb = c.summary.bare;
    L.push(
      `| ${c.n.toLocaleString('en')} | **ours/bare** | | | **${rx(fr(c))}** | **${rx(dr(c))}** / ${rx(ratio(so.dragP95, sb.dragP95))} / ${rx(ratio(so.dragMean, sb.dragMean))} | | **${rx(pr(c))}** / ${rx(ratio(so.panP95, sb.panP95))} / ${rx(ratio(so.panMean, sb.panMean))} | |`,
    );
  }
  L.push('');
  if (c5k)
    L.push(
      `At 5,000 resources (viewport culling on in both pages): first render ${rx(fr(c5k))}, drag ${rx(dr(c5k))}, pan ${rx(pr(c5k))} of bare (reported, no target).`,
    );
  const errs = canvas.flatMap((c) => [...c.summary.ours.errors, ...c.summary.bare.errors]);
  if (errs.length) L.push(`Page errors during the runs: ${[...new Set(errs)].join('; ')}`);
  L.push('');
  L.push('## Export');
  L.push('');
  L.push(
    `PNG of the 500-resource design: ${exp.method}. Median ${ms(exp.median, 0)} (${exp.times.map((t) => t.toFixed(0)).join(', ')} ms; one unmeasured warm-up), ${(exp.bytes / 1024).toFixed(0)} KiB file, ${exp.size} (the diagram at 1×: pictures above 16 megapixels step down from 2× towards 1×, src/io/export/frame.ts).`,
  );
  L.push('');
  L.push('## Load');
  L.push('');
  L.push(
    'JavaScript needed for the first paint: the module script of dist/index.html and its static imports (modulepreload links and `import … from` in each chunk, recursively), gzip level 9. Lazily imported chunks are not counted.',
  );
  L.push('');
  L.push('| File | Bytes | Gzipped |');
  L.push('|---|---|---|');
  for (const f of size.files)
    L.push(
      `| ${f.file.replace(/-[\w-]{8}\.js$/, '-*.js')} | ${f.bytes.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} |`,
    );
  L.push(`| **Total JS** | ${size.bytes.toLocaleString('en')} | **${size.gzip.toLocaleString('en')}** |`);
  L.push(`| CSS (not counted) | ${size.css.bytes.toLocaleString('en')} | ${size.css.gzip.toLocaleString('en')} |`);
  L.push('');
  L.push(`Budget enforced by \`npm test\` (scripts/size-budget.mjs): ${(budget / 1000).toFixed(0)} kB gzipped.`);
  L.push('');
  // The hand-written history of changes and their before/after figures (bench/history.md).
  const history = join(ROOT, 'bench/history.md');
  if (existsSync(history)) L.push('', readFileSync(history, 'utf8').trim(), '');
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), L.join('\n'));
}

/* ------------------------------------------------------------------ main */

/** BENCH_ONLY=canvas: build, then only the 1,000-resource canvas comparison; prints, writes nothing. For iterating on a fix. */
async function canvasOnly(n = 1000) {
  build();
  const size = firstLoadJs(DIST);
  log(`first-load JS: ${size.gzip} bytes gzipped`);
  const server = await serve();
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ARGS });
  try {
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    const r = await canvasBench(browser, n, PAIRS_1K);
    const o = r.summary.ours;
    const b = r.summary.bare;
    log(
      `ours/bare: first render ${(o.firstRender / b.firstRender).toFixed(2)}x, drag ${(o.dragMedian / b.dragMedian).toFixed(2)}x, pan ${(o.panMedian / b.panMedian).toFixed(2)}x`,
    );
    for (const [k, x] of Object.entries({ ours: o, bare: b }))
      log(
        `${k}: first render ${ms(x.firstRender, 0)}, drag median ${ms(x.dragMedian)} p95 ${ms(x.dragP95)}, pan median ${ms(x.panMedian)} p95 ${ms(x.panP95)}, ${x.domNodes} nodes`,
      );
    log(
      `load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

/** The access matrix at ~1,000 resources (bench/matrix.ts), beside as many single queries. */
function matrixBench() {
  return JSON.parse(
    run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/matrix.ts', '1000', QUICK ? '2' : '5']),
  );
}

function matrixLine(m) {
  return `${m.resources} resources, ${m.endpoints} endpoints (${m.cells} cells): full matrix ${ms(m.matrixMs, 0)}, as many single queries ${ms(m.singleQueriesMs, 0)}, after one edit ${ms(m.afterEditMs, 0)}, diff of two designs ${ms(m.diffMs, 0)}`;
}

/** BENCH_ONLY=aws: the AWS estate import in Node, the CLI and the browser; prints, writes nothing. */
async function awsOnly() {
  build();
  const aws = awsNodeBench();
  aws.cli = awsCliBench();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ARGS });
  try {
    aws.browser = await awsBrowserBench(browser);
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
  log(JSON.stringify(aws));
}

/**
 * BENCH_ONLY=intents: the access matrix and the intents after one edit, per kind of edit (a security
 * group's rule, a NACL's rule, a route, a subnet's block, a group attached, an instance added, a
 * rename), at 100 and 1,000 resources (bench/intents.ts): each alone (as in the app's workers), both
 * on one context, and both with nothing kept (from scratch); beside as many single
 * analyzeReachability calls as the intents check pairs; prints, writes nothing.
 */
function intentsOnly() {
  const out = JSON.parse(
    run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/intents.ts', '100,1000', QUICK ? '3' : '0']),
  );
  for (const r of out) {
    log(`at ${r.resources} resources (${r.pairs} endpoint pairs in the intents), after one edit (medians):`);
    for (const [kind, e] of Object.entries(r.edits)) {
      log(
        `  ${kind}: matrix ${ms(e.matrix.median)}, intents ${ms(e.intents.median)}, both ${ms(e.both.median)}; from scratch ${ms(e.scratch.median)}; context ${ms(e.context.median)}`,
      );
    }
    if (r.singleQueries) log(`  ${r.singleQueries.pairs} single analyzeReachability: ${ms(r.singleQueries.time.median)}`);
  }
  log(JSON.stringify(out));
}

async function main() {
  if (process.env.BENCH_ONLY === 'intents') return intentsOnly();
  if (process.env.BENCH_ONLY === 'canvas') return canvasOnly();
  if (process.env.BENCH_ONLY === 'canvas5k') return canvasOnly(5000);
  if (process.env.BENCH_ONLY === 'large') return largeOnly();
  if (process.env.BENCH_ONLY === 'export5k') return export5kOnly();
  if (process.env.BENCH_ONLY === 'aws') return awsOnly();
  if (process.env.BENCH_ONLY === 'matrix') return log(matrixLine(matrixBench()));
  const info = machine();
  log(
    `machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.chromium}, load ${info.loadBefore}`,
  );
  log('build');
  build();
  const size = firstLoadJs(DIST);
  const { BUDGET_GZIP } = await import('./size-budget.mjs');
  log(`first-load JS: ${size.gzip} bytes gzipped (${size.files.map((f) => f.file).join(', ')})`);

  log('validator (Node)');
  const validator = JSON.parse(
    run(process.execPath, [
      '--expose-gc',
      '--import',
      'tsx',
      'bench/validator.ts',
      SIZES.join(','),
      QUICK ? '10' : '0',
    ]),
  );
  for (const r of validator.results) {
    log(
      `  ${r.resources}: full ${ms(r.full.median, 2)}, edit ${ms(r.edit.median, 2)} (incremental; stateless ${ms(r.editStateless.median, 2)}), 100 queries ${ms(r.reach.median, 2)}`,
    );
  }

  log('access matrix (Node)');
  const matrix = matrixBench();
  log(`  ${matrixLine(matrix)}`);

  log('nested layout (Node)');
  // Each process gives one cold run (the first layout loads elkjs): start it a few times.
  const layoutRuns = Array.from({ length: QUICK ? 1 : 3 }, (_, i) =>
    JSON.parse(
      run(process.execPath, [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/layout.ts',
        '100,2000,5000',
        i ? '1' : QUICK ? '2' : '5',
      ]),
    ),
  );
  const layout = { cold: layoutRuns.map((r) => r.cold), results: layoutRuns[0].results };
  log(
    `  2,000 cold ${layout.cold.map((c) => ms(c.ms, 0)).join(', ')}; warm ${layout.results.map((r) => `${r.resources}: ${ms(r.nested.median, 0)}`).join(', ')}`,
  );

  log('AWS import (Node, CLI)');
  const aws = awsNodeBench();
  aws.cli = awsCliBench();
  log(
    `  ${aws.resources} resources: Node read ${ms(aws.read.median, 0)} + layout ${ms(aws.layout.median, 0)} (cold ${aws.colds.map((c) => ms(c, 0)).join(', ')}); CLI import ${ms(aws.cli.import, 0)}, 1,000 queries ${ms(aws.cli.queries, 0)} after start`,
  );

  log(`serve ${BASE}`);
  const server = await serve();
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ARGS });
  info.chromium = `${info.chromium} (browser ${browser.version()})`;
  const canvas = [];
  let exp;
  try {
    log(`canvas 1,000 (${PAIRS_1K} pairs)`);
    canvas.push(await canvasBench(browser, 1000, PAIRS_1K));
    log(`canvas 5,000 (${PAIRS_5K} pairs)`);
    canvas.push(await canvasBench(browser, 5000, PAIRS_5K));
    log('export');
    exp = await exportBench(browser);
    log('AWS import (browser)');
    aws.browser = await awsBrowserBench(browser);
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
  const totalS = (Date.now() - started) / 1000;
  writeReport({ info, validator, matrix, layout, aws, canvas, exp, size, budget: BUDGET_GZIP, totalS });
  writeFileSync(
    join(OUT, 'results.json'),
    JSON.stringify({ info, validator, matrix, layout, aws, canvas, exp, size }, null, 1),
  );
  log(`wrote BENCHMARKS.md (and bench/out/results.json) in ${totalS.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
