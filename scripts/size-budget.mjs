#!/usr/bin/env node
// The first-load size budget, run by `npm test` (scripts/test-all.mjs): the gzipped JavaScript a
// first visit needs before the first paint (the entry module of dist/index.html and its static
// imports; bench/lib/size.mjs) must stay within BUDGET_GZIP. Exits 1 when over, printing the figures.
//
// Builds first when dist/ is missing or older than the sources, so it never judges a stale build.
//
// The goal is 250 kB. It started at 307.6 kB (React, React DOM, React Flow, zod, i18next with
// both languages, @floating-ui/react, dagre, html-to-image and lz-string all in the entry). Moving
// dagre, html-to-image, the Korean texts and the findings texts to chunks loaded on use, and the
// tooltips to @floating-ui/react-dom, brought it to 248.9 kB. Loading floating-ui itself on the
// first tooltip, lz-string on the first share link and the file dialogs when opened brought it to
// about 245 kB: the budget is now the goal, 250 kB.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstLoadJs } from '../bench/lib/size.mjs';

export const GOAL_GZIP = 250_000;
// Raised to 280 kB when issue #11's work landed (275.5 kB, then 285.2 kB with the AWS import): the
// validator with its English texts, the flow router, the inspector's forms and the dialogs' texts
// all loaded with the first paint. Back to the goal since they load after it or when first shown:
// the analysis engine (store/engine.ts) and the flow router (canvas/useFlowRoutes.ts) start loading
// at boot and are waited for before painting a design that needs them (one with resources, one
// with flows), so only an empty first visit paints without them; the inspector's forms
// (ui/InspectorForms.tsx) and the dialogs' English texts (i18n/locales/enDialogs.ts) load when
// first shown. 246.1 kB measured.
// Raised to 266 kB on 2026-12-02 when issue #14's eleven kinds (their zod definitions, inspector
// wiring and English texts), the level-of-detail layer's projection (canvas/lod.ts), the intents
// and matrix buttons and ipaddr.js (model/cidr6.ts, IPv6 in the kinds' checks) landed together:
// 263.9 kB measured. Back to the goal the same day by taking zod (24 kB of it) out of the first
// paint: the kinds build their fields' schemas with zod only when a design is read
// (model/kinds/schemas.ts, loaded with the reader, store/designReader.ts, which a first visit with
// nothing saved does not wait for). 235.0 kB measured; src/layers.test.ts keeps zod's run-time
// imports to the schema modules and io.
export const BUDGET_GZIP = GOAL_GZIP;

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package-lock.json', 'public'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(path)) m = Math.max(m, newestMtime(join(path, e)));
  return m;
}

function check() {
  const index = join(DIST, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  if (builtAt < sourcesAt) {
    console.log(builtAt ? 'size budget: dist/ is older than the sources; building' : 'size budget: no dist/; building');
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error('size budget: the build failed');
      return 1;
    }
  }
  const size = firstLoadJs(DIST);
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  for (const f of size.files)
    console.log(`  ${f.file.padEnd(32)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzip).padStart(8)}`);
  console.log(
    `  first-load JS: ${kb(size.bytes)}, gzipped ${kb(size.gzip)}; budget ${kb(BUDGET_GZIP)} (goal ${kb(GOAL_GZIP)})`,
  );
  if (size.gzip > BUDGET_GZIP) {
    console.error(
      `size budget: OVER by ${kb(size.gzip - BUDGET_GZIP)}: the JavaScript needed for the first paint grew. Load the new code lazily (import()) or raise BUDGET_GZIP in scripts/size-budget.mjs with a reason.`,
    );
    return 1;
  }
  console.log(`size budget: ok (${kb(BUDGET_GZIP - size.gzip)} to spare)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(check());
