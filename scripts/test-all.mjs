#!/usr/bin/env node
// `npm test`: lint, type check, unit tests (Vitest), browser tests (Playwright), then one
// closing line "N passed, N failed" summing unit and browser tests, so CI can tell a run that
// executed no test from a green one (.ci/run ends with that line).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [];
function run(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  steps.push({ name, ok: r.status === 0 });
  return r.status === 0;
}

rmSync('reports', { recursive: true, force: true });
run('lint', 'npm', ['run', '--silent', 'lint']);
run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
// The CLI tests run the built command (dist-cli/): build it when missing or older than its sources.
run('cli build', 'node', ['scripts/build-cli.mjs', '--if-stale']);
run('unit', 'npx', ['vitest', 'run']);
if (existsSync('scripts/size-budget.mjs')) run('size budget', 'node', ['scripts/size-budget.mjs']);
run('e2e', 'npx', ['playwright', 'test']);

function countVitest() {
  try {
    const j = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
    return { passed: j.numPassedTests ?? 0, failed: (j.numFailedTests ?? 0) + (j.numTodoTests ? 0 : 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}
function countPlaywright() {
  try {
    const j = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
    const s = j.stats ?? {};
    return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
  } catch {
    return { passed: 0, failed: 1 };
  }
}
const u = countVitest();
const e = countPlaywright();
const stepFailures = steps.filter((s) => !s.ok && s.name !== 'unit' && s.name !== 'e2e').length;
console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}`);
console.log(`unit: ${u.passed} passed, ${u.failed} failed; e2e: ${e.passed} passed, ${e.failed} failed`);
const passed = u.passed + e.passed;
const failed = u.failed + e.failed + stepFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) || passed === 0 ? 1 : 0);
