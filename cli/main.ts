/** Entry point of the `vpc-town` command (bin/vpc-town.mjs loads it through tsx). */
import { readFileSync } from 'node:fs';
import { runCli } from './cli.ts';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
});
