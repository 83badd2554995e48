/**
 * Entry point of the `vpc-town` command, bundled to dist-cli/ by scripts/build-cli.mjs and run by
 * bin/vpc-town.mjs. The usage text needs none of the validator: the rest is loaded only for a command.
 */
import { HELP, helpExit } from './help.ts';

const argv = process.argv.slice(2);
const help = helpExit(argv);
if (help !== null) {
  process.stdout.write(HELP);
  process.exitCode = help;
} else {
  const [{ runCli }, { readDesignFile, listDir, writeTextFile, makeDir }] = await Promise.all([
    import('./cli.ts'),
    import('./file.ts'),
  ]);
  process.exitCode = await runCli(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: readDesignFile,
    listDir,
    writeFile: writeTextFile,
    makeDir,
  });
}
