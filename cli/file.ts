/**
 * Read a design file for the CLI without trusting it (issue #11): a FILE that is /dev/zero, a pipe
 * or a 600 MB file must not be read whole before any check. The file is opened once, checked on its
 * descriptor (regular file, size within the app's own limit, MAX_DESIGN_BYTES) and read in chunks
 * that stop past the limit, so a file that grows after the check is refused too.
 */
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { MAX_DESIGN_BYTES } from '../src/io/json/read.ts';

/** The file exists but is not one the CLI reads; `message` says why, for "cannot read FILE: …". */
export class FileRefused extends Error {}

const CHUNK = 1 << 16;

function tooBig(bytes: number, limit: number, atLeast: boolean): FileRefused {
  const mb = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  return new FileRefused(
    `it is ${atLeast ? 'more than ' : ''}${mb} MB; VPC Town opens designs up to ${limit / (1024 * 1024)} MB. Nothing was checked`,
  );
}

/** The text of the design at `path`. Throws FileRefused, or the fs error (ENOENT, EACCES...). */
export function readDesignFile(path: string, limit: number = MAX_DESIGN_BYTES): string {
  // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileRefused('it is a directory');
    if (!st.isFile()) {
      throw new FileRefused(
        'it is not a regular file (a device, a pipe or a socket); save the design to a .json file and check that',
      );
    }
    if (st.size > limit) throw tooBig(st.size, limit, false);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooBig(total, limit, true); // it grew after fstat
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The entries of the directory at `path`, or null when it is not a directory (or does not exist). */
export function listDir(path: string): string[] | null {
  try {
    return statSync(path).isDirectory() ? readdirSync(path) : null;
  } catch {
    return null;
  }
}

/** Write a file the user named with -o. */
export function writeTextFile(path: string, text: string): void {
  writeFileSync(path, text);
}

/** A folder and its parents (nothing when it is there). */
export function makeDir(path: string): void {
  mkdirSync(path, { recursive: true });
}
