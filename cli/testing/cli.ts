/**
 * What the CLI's tests share: the built CLI run as a child process, as a team's CI runs it
 * (`bin/vpc-town.mjs`, rebuilt first when stale), a scratch folder, and reading a design it wrote.
 * Call `useBuiltCli()` at the top of a test file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { parseDesignJson } from '../../src/io/json/read.ts';
import type { Design } from '../../src/model/types.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the CLI once for the file (when stale) and gives a scratch folder removed afterwards. */
export function useBuiltCli(prefix = 'vt-cli-'): { tmp: string } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  return { tmp };
}

/** Runs `vpc-town ARGS…` in the project folder; a CLI that never ends is stopped rather than the test run. */
export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/vpc-town.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The design a command printed or wrote; throws with the reader's messages when it is not one. */
export function design(text: string): Design {
  const r = parseDesignJson(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.design;
}
