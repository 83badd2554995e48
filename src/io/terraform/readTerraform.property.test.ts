/**
 * Property test of readTerraform: a corpus file, however damaged (cut short, characters replaced,
 * a plan's values replaced by any JSON), never makes it throw, and gives a design the JSON format
 * accepts or a refusal with an error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { readTerraform, type TerraformImportResult } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const HCL = readdirSync(dir)
  .filter((f) => f.endsWith('.tf'))
  .map((f) => ({ path: f, text: readFileSync(dir + f, 'utf8') }));
const PLAN = JSON.parse(readFileSync(dir + 'tfplan-checkov-foreach-modules.json', 'utf8')) as unknown;

function sound(r: TerraformImportResult) {
  if (r.design) expect(parseDesignJson(serializeDesign(r.design)).ok).toBe(true);
  else expect(r.report.problems.some((p) => p.severity === 'error')).toBe(true);
}

function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (out.length > 400) return out;
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  out.push(at);
  return out;
}
const PLAN_PATHS = paths(PLAN).filter((p) => p.length > 0);

function setAt(v: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1)!] = value;
  return copy;
}

describe('readTerraform never throws', { timeout: 20_000 }, () => {
  it('HCL cut short or with characters replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HCL),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ maxLength: 3 }),
        async (file, at, junk) => {
          const cut = Math.floor(file.text.length * at);
          const text = file.text.slice(0, cut) + junk + file.text.slice(cut + junk.length * 7);
          sound(await readTerraform([{ path: file.path, text }]));
        },
      ),
      { numRuns: 15 },
    );
  });
  it('a plan with any value replaced by any JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLAN_PATHS), fc.jsonValue({ maxDepth: 2 }), async (path, value) => {
        sound(await readTerraform([{ path: 'plan.json', text: JSON.stringify(setAt(PLAN, path, value)) }]));
      }),
      { numRuns: 60 },
    );
  });
});
