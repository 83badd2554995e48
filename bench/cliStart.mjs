#!/usr/bin/env node
// How long `vpc-town --help` takes to answer, three ways (BENCHMARKS.md, "Command line start";
// issue #11). Not part of `npm run bench`: run it by hand, `node bench/cliStart.mjs`.
//
//   node bin/vpc-town.mjs --help       the built command, straight
//   node_modules/.bin/vpc-town --help  the link npm makes where vpc-town is installed as a dependency
//                                      (a checkout has none for its own package: a temporary one,
//                                      the same symlink, is made in a scratch folder)
//   npx vpc-town --help                npx in the checkout (finds the project's own command)
//
// Each is run once unmeasured, then BENCH_REPS times (default 5); prints the median and range.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const REPS = Number(process.env.BENCH_REPS ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let scratch = null;
let linked = join(ROOT, 'node_modules/.bin/vpc-town');
if (!existsSync(linked)) {
  scratch = mkdtempSync(join(tmpdir(), 'vpc-town-bin-'));
  mkdirSync(join(scratch, 'node_modules/.bin'), { recursive: true });
  linked = join(scratch, 'node_modules/.bin/vpc-town');
  symlinkSync(join(ROOT, 'bin/vpc-town.mjs'), linked);
}
const commands = [
  ['node bin/vpc-town.mjs --help', process.execPath, ['bin/vpc-town.mjs', '--help']],
  ['./node_modules/.bin/vpc-town --help', linked, ['--help']],
  ['npx vpc-town --help', 'npx', ['--no-install', 'vpc-town', '--help']],
];
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
try {
  for (const [label, cmd, args] of commands) {
    const times = [];
    for (let i = 0; i <= REPS; i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.status !== 0 || !r.stdout.includes('Usage')) throw new Error(`${label} failed: ${r.stderr || r.error}`);
      if (i > 0) times.push(ms);
    }
    console.log(
      `| \`${label}\` | ${Math.round(median(times))} ms | ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms |`,
    );
  }
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
