/**
 * `npm start` on a machine without a desktop browser (issue #11): `vite --open` spawned xdg-open
 * anyway and printed a stack trace (spawn xdg-open ENOENT). Run as a user runs it, through npm, with
 * a PATH that has node, npm and sh but no xdg-open; and with a stand-in xdg-open, which must be called.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  realpathSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const which = (cmd: string) =>
  (process.env.PATH ?? '')
    .split(':')
    .map((d) => join(d, cmd))
    .find((p) => existsSync(p));

const running: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  // npm → sh → node: the server runs in its own process group, ended with it.
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A bin directory with only node, npm and sh (and whatever `extra` adds). */
function bareBin(extra?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'vt-start-'));
  dirs.push(dir);
  symlinkSync(process.execPath, join(dir, 'node'));
  symlinkSync(realpathSync(which('npm')!), join(dir, 'npm'));
  symlinkSync('/bin/sh', join(dir, 'sh'));
  extra?.(dir);
  return dir;
}

/** Start `npm start` and resolve with its output once `done(output)` holds; reject if it exits first. */
function npmStart(bin: string, done: (out: string) => boolean): Promise<string> {
  const child = spawn('npm', ['start', '--', '--port', '0'], {
    cwd: root,
    env: { HOME: process.env.HOME, PATH: bin, DISPLAY: ':99', CI: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const check = () => {
      const plain = stripVTControlCharacters(out); // Vite colours its output when CI is set
      if (done(plain)) resolve(plain);
    };
    child.stdout!.on('data', (d) => ((out += d), check()));
    child.stderr!.on('data', (d) => ((out += d), check()));
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${out}`)));
  });
}

const URL_RE = /http:\/\/127\.0\.0\.1:\d+\//;

describe('npm start', () => {
  it('without xdg-open prints the URL to open, and no stack trace', async () => {
    const out = await npmStart(
      bareBin(),
      (o) => /Open http:\/\/127\.0\.0\.1:\d+\/ in your browser/.test(o) || /ENOENT|\n\s+at /.test(o),
    );
    expect(out).toMatch(URL_RE);
    expect(out).toContain('not opening one: no xdg-open on PATH');
    expect(out).not.toMatch(/ENOENT|Error:|\n\s+at /);
  }, 60_000);

  it('with a desktop browser launcher opens the app in it', async () => {
    const bin = bareBin((dir) => {
      const fake = join(dir, 'xdg-open');
      writeFileSync(fake, `#!/bin/sh\necho "$1" > "${dir}/opened"\n`);
      chmodSync(fake, 0o755);
    });
    const out = await npmStart(bin, (o) => URL_RE.test(o));
    const url = out.match(URL_RE)![0];
    // The server opens the browser after printing its URL: wait for the stand-in to be called.
    await expect
      .poll(() => (existsSync(join(bin, 'opened')) ? readFileSync(join(bin, 'opened'), 'utf8').trim() : ''), {
        timeout: 30_000,
      })
      .toBe(url);
    expect(out).not.toContain('in your browser');
  }, 60_000);
});
