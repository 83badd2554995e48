#!/usr/bin/env node
// The `vpc-town` command. Runs the CLI built to JavaScript by scripts/build-cli.mjs (on `npm ci`, the
// `prepare` script). A checkout installed with --ignore-scripts has no build yet: then say how to make it.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/vpc-town.mjs', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'vpc-town: the command is not built yet (dist-cli/vpc-town.mjs is missing).\n' +
      'Run `npm run build:cli` (npm ci does it) and try again.\n',
  );
  process.exitCode = 2;
}
