// The JavaScript a first visit needs before the first paint: the entry module of index.html and
// everything it imports statically (Vite's modulepreload links, and the static imports of each
// chunk, followed recursively). Lazily imported chunks (`import()`) are not counted.
// Shared by scripts/size-budget.mjs (npm test) and scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** @param {string} distDir @returns {{files: {file: string, bytes: number, gzip: number}[], bytes: number, gzip: number, css: {bytes: number, gzip: number}}} */
export function firstLoadJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
  const queue = [];
  const css = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (tag.startsWith('<script') && /type="module"/.test(tag) && attr(tag, 'src')) queue.push(attr(tag, 'src'));
    if (tag.startsWith('<link') && /rel="modulepreload"/.test(tag) && attr(tag, 'href')) queue.push(attr(tag, 'href'));
    if (tag.startsWith('<link') && /rel="stylesheet"/.test(tag) && attr(tag, 'href')) css.push(attr(tag, 'href'));
  }
  const seen = new Set();
  const files = [];
  while (queue.length) {
    const rel = normalize(queue.shift().replace(/^\//, '').replace(/^\.\//, ''));
    if (seen.has(rel)) continue;
    seen.add(rel);
    const text = readFileSync(join(distDir, rel));
    files.push({ file: rel, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length });
    for (const m of text.toString('utf8').matchAll(STATIC_IMPORT)) {
      if (m[1].startsWith('.')) queue.push(relative(distDir, join(distDir, dirname(rel), m[1])));
    }
  }
  const cssBytes = css.map((c) => readFileSync(join(distDir, normalize(c.replace(/^\.\//, '')))));
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    css: {
      bytes: cssBytes.reduce((s, b) => s + b.length, 0),
      gzip: cssBytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    },
  };
}
