import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designReaderLoaded, loadDesignReader, readDesign } from './designReader.ts';
import { holdsSavedDesigns } from './library.ts';
import { AUTOSAVE_KEY, MemoryStorage } from './persistence.ts';

const example = readFileSync(new URL('../../examples/single-public-web.json', import.meta.url), 'utf8');

describe('the design reader, loaded on use', () => {
  // In this order: vitest gives the file its own modules, so the reader starts unloaded, as in the app.
  it('refuses to read before it has loaded, saying what to wait for', () => {
    expect(designReaderLoaded()).toBe(false);
    expect(() => readDesign(example)).toThrow(/await loadDesignReader\(\) first/);
  });

  it('reads a saved design once loaded, as the file reader does', async () => {
    await loadDesignReader();
    expect(designReaderLoaded()).toBe(true);
    const r = readDesign(example);
    expect(r.ok && r.design.name).toBe(JSON.parse(example).name);
    expect(readDesign('{').ok).toBe(false);
  });
});

describe('holdsSavedDesigns: whether the start must wait for the reader', () => {
  it('is false for a first visit, whatever else the storage holds', () => {
    const s = new MemoryStorage();
    expect(holdsSavedDesigns(s)).toBe(false);
    s.setItem('vpc-town:language', 'ko');
    expect(holdsSavedDesigns(s)).toBe(false);
  });

  it('is true with the list, a saved design or a save from before the list', () => {
    for (const key of ['vpc-town:designs', 'vpc-town:design:d1', AUTOSAVE_KEY]) {
      const s = new MemoryStorage();
      s.setItem(key, '{}');
      expect(holdsSavedDesigns(s), key).toBe(true);
    }
  });
});
