#!/usr/bin/env node
// `npm start`: Vite's dev server on 127.0.0.1, and the app opened in a browser when this machine can
// launch one. `vite --open` spawned xdg-open unconditionally, and on a machine without a desktop it
// printed a stack trace (spawn xdg-open ENOENT; issue #11). Here the URL is always printed, and a
// browser is started only when there is something to start it with:
//   - BROWSER (Vite's own variable): `none` never opens; a command or a .js script opens if it exists;
//   - macOS: `open`; Windows: always (Vite goes through PowerShell);
//   - Linux and the rest: a display (DISPLAY or WAYLAND_DISPLAY) and `xdg-open` on PATH, or WSL.
//
//   npm start [-- --port N] [-- --no-open]
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, version } from 'vite';

function onPath(command) {
  if (isAbsolute(command)) return canRun(command);
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && canRun(join(dir, command)));
}

function canRun(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether Vite's openBrowser would start something, rather than fail (the reason when not). */
export function browserLauncher(env = process.env, platform = process.platform) {
  const browser = env.BROWSER ?? '';
  if (browser.toLowerCase() === 'none') return { ok: false, why: 'BROWSER=none' };
  if (browser.toLowerCase().endsWith('.js')) {
    return existsSync(browser) ? { ok: true } : { ok: false, why: `BROWSER script ${browser} not found` };
  }
  if (platform === 'win32') return { ok: true };
  if (platform === 'darwin') return onPath('open') ? { ok: true } : { ok: false, why: 'no `open` command' };
  if (browser) return onPath(browser) ? { ok: true } : { ok: false, why: `BROWSER ${browser} not found on PATH` };
  if (env.WSL_DISTRO_NAME) return { ok: true };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, why: 'no desktop (DISPLAY is not set)' };
  return onPath('xdg-open') ? { ok: true } : { ok: false, why: 'no xdg-open on PATH' };
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    console.error(`npm start: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  const startedAt = performance.now();
  const server = await createServer({ server: { host: '127.0.0.1', ...(port === undefined ? {} : { port }) } });
  await server.listen();
  console.log(`\n  VPC Town, Vite ${version} dev server, ready in ${Math.round(performance.now() - startedAt)} ms\n`);
  server.printUrls();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  const launcher = values['no-open'] ? { ok: false, why: '--no-open' } : browserLauncher();
  if (launcher.ok) server.openBrowser();
  else console.log(`\n  Open ${url} in your browser (not opening one: ${launcher.why}).\n`);
  server.bindCLIShortcuts({ print: true });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((e) => {
    console.error(`npm start: the dev server did not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
