/**
 * readDesignFile checks the file before reading it (issue #11): /dev/zero or a 600 MB file used to
 * be read whole. The big file is sparse (truncate), so the test allocates nothing on disk or in memory.
 */
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES } from '../src/io/json/read.ts';
import { FileRefused, readDesignFile } from './file.ts';

const dir = mkdtempSync(join(tmpdir(), 'vt-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDesignFile', () => {
  it('reads a regular file', () => {
    const p = join(dir, 'small.json');
    writeFileSync(p, '{"format":"vpc-town","name":"웹"}');
    expect(readDesignFile(p)).toBe('{"format":"vpc-town","name":"웹"}');
  });

  it('refuses a device such as /dev/zero or /dev/urandom without reading it', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      expect(() => readDesignFile(device)).toThrow(FileRefused);
      expect(() => readDesignFile(device)).toThrow(/not a regular file/);
    }
  });

  it('refuses a directory', () => {
    expect(() => readDesignFile(dir)).toThrow(/it is a directory/);
  });

  it('refuses a 600 MB file by its size, before reading', () => {
    const p = join(dir, 'big.json');
    writeFileSync(p, '');
    truncateSync(p, 600 * 1024 * 1024);
    expect(() => readDesignFile(p)).toThrow('it is 600.0 MB; VPC Town opens designs up to 10 MB');
  });

  it('accepts a file of exactly the limit and refuses one byte more', () => {
    const p = join(dir, 'edge.json');
    writeFileSync(p, '');
    truncateSync(p, MAX_DESIGN_BYTES);
    expect(readDesignFile(p)).toHaveLength(MAX_DESIGN_BYTES);
    truncateSync(p, MAX_DESIGN_BYTES + 1);
    expect(() => readDesignFile(p)).toThrow(FileRefused);
  });

  it.runIf(existsSync('/proc/self/status'))(
    'stops reading at the limit when a file holds more than its size says (/proc reports 0 bytes)',
    () => {
      expect(() => readDesignFile('/proc/self/status', 64)).toThrow(
        /it is more than [\d.]+ MB; VPC Town opens designs up to/,
      );
      expect(readDesignFile('/proc/self/status')).toContain('Name:');
    },
  );

  it('lets fs errors through for the caller to explain (no such file)', () => {
    expect(() => readDesignFile(join(dir, 'nope.json'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
