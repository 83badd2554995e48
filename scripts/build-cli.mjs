#!/usr/bin/env node
// Builds the `vpc-town` command: cli/main.ts and everything it imports (model, validation, io, zod,
// ipaddr.js) bundled by esbuild into one JavaScript file, dist-cli/vpc-town.mjs (git-ignored), which
// bin/vpc-town.mjs loads. Running the TypeScript through tsx at run time cost seconds per run
// (issue #11); the bundle starts in well under half a second.
//
//   node scripts/build-cli.mjs             build
//   node scripts/build-cli.mjs --if-stale  build only when the bundle is missing or older than one of
//                                          its inputs (npm test and cli/cli.test.ts use this)
//
// Run by `npm ci` / `npm install` (the `prepare` script). The list of inputs of the last build is kept
// beside the bundle (dist-cli/inputs.json), so a stale check needs no second build.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist-cli');
export const OUT_FILE = join(OUT_DIR, 'vpc-town.mjs');
const CHUNKS = join(OUT_DIR, 'chunks');
const INPUTS = join(OUT_DIR, 'inputs.json');
/** Besides the bundled sources, a change to these makes the bundle stale. */
const ALWAYS = ['scripts/build-cli.mjs', 'package-lock.json'];

function mtime(path) {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return Infinity; // an input that disappeared: rebuild (and let esbuild say what is missing)
  }
}

/** Why the bundle must be rebuilt, or null when it is up to date. */
export function staleReason() {
  if (!existsSync(OUT_FILE) || !existsSync(INPUTS)) return 'not built yet';
  const builtAt = statSync(OUT_FILE).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return 'no list of inputs';
  }
  const changed = [...ALWAYS, ...inputs].find((p) => mtime(p) > builtAt);
  return changed ? `${changed} changed` : null;
}

export async function buildCli() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { 'vpc-town': 'cli/main.ts' },
    bundle: true,
    // main.ts loads the validator with import(): `--help` reads only the small entry file.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Less to parse on every start; names kept for the stack of an unexpected failure.
    minify: true,
    keepNames: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // A CommonJS dependency bundled into ESM (yaml's Node build requires 'process') needs a real `require`.
    banner: {
      js: "// Built by scripts/build-cli.mjs from cli/; do not edit.\nimport { createRequire as __vtRequire } from 'node:module';\nconst require = __vtRequire(import.meta.url);",
    },
    outdir: OUT_DIR,
  });
  mkdirSync(CHUNKS, { recursive: true });
  // Chunks are named by their hash; the entry file is written last, beside and renamed, so a CLI
  // started during a build loads either the old build or the new one, never half of one.
  const entry = result.outputFiles.find((f) => f.path === OUT_FILE);
  if (!entry) throw new Error(`esbuild wrote no ${OUT_FILE}`);
  const chunks = result.outputFiles.filter((f) => f !== entry);
  for (const f of chunks) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.contents);
  }
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  writeFileSync(tmp, entry.contents);
  renameSync(tmp, OUT_FILE);
  const keep = new Set(chunks.map((f) => basename(f.path)));
  for (const name of readdirSync(CHUNKS)) if (!keep.has(name)) rmSync(join(CHUNKS, name), { force: true });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  writeFileSync(INPUTS, `${JSON.stringify(inputs, null, 2)}\n`);
  const bytes = result.outputFiles.reduce((n, f) => n + f.contents.length, 0);
  return { bytes, entryBytes: entry.contents.length, inputs: inputs.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  const why = staleReason();
  if (ifStale && !why) process.exit(0);
  const { bytes, entryBytes, inputs } = await buildCli();
  const kB = (n) => `${(n / 1024).toFixed(0)} kB`;
  console.log(
    `vpc-town: built dist-cli/vpc-town.mjs (${kB(entryBytes)}, ${kB(bytes)} with its chunks, from ${inputs} sources${ifStale ? `; ${why}` : ''})`,
  );
}
