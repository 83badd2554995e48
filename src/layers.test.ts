/**
 * The layer check (.dependency-cruiser.cjs, run by `npm run lint`) really holds: probe files that
 * break each rule, in a scratch tree shaped like src/, are each reported under the rule they break,
 * and a probe that keeps the direction is not.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise } from 'dependency-cruiser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as {
  forbidden: unknown[];
  options: Record<string, unknown>;
};

/** probe file → [its imports, the rule it must break (null: none)] */
const PROBES: Record<string, [string[], string | null]> = {
  'src/model/i18n.ts': [["import i18next from 'i18next';"], 'pure-layers-no-frameworks'],
  'src/model/reactdom.ts': [["import { createRoot } from 'react-dom/client';"], 'pure-layers-no-frameworks'],
  'src/model/up.ts': [["import { x } from '../validation/x.ts';"], 'model-points-down'],
  'src/validation/image.ts': [["import { toPng } from 'html-to-image';"], 'pure-layers-no-frameworks'],
  'src/validation/up.ts': [["import { x } from '../catalog/x.ts';"], 'validation-points-down'],
  'src/catalog/io.ts': [["import { x } from '../io/x.ts';"], 'catalog-points-down'],
  'src/layout/store.ts': [["import { x } from '../store/x.ts';"], 'layout-points-down'],
  'src/io/store.ts': [["import { x } from '../store/x.ts';"], 'io-points-down'],
  'src/io/json/flow.ts': [["import { ReactFlow } from '@xyflow/react';"], 'pure-io-no-frameworks'],
  'src/io/export/zustand.ts': [["import { create } from 'zustand';"], 'io-no-react'],
  'src/i18n/store.ts': [["import { x } from '../store/x.ts';"], 'i18n-points-down'],
  'src/store/canvas.ts': [["import { x } from '../canvas/x.ts';"], 'store-points-down'],
  'src/canvas/ui.ts': [["import { x } from '../ui/x.ts';"], 'canvas-points-down'],
  'src/ui/app.ts': [["import { x } from '../app/x.ts';"], 'ui-points-down'],
  'cli/store.ts': [["import { x } from '../src/store/x.ts';"], 'cli-headless'],
  'src/store/testing.ts': [["import { x } from '../testing/x.ts';"], 'test-helpers-stay-in-tests'],
  'src/ui/down.ts': [["import { x } from '../canvas/x.ts';", "import { y } from '../model/x.ts';"], null],
  'src/store/ok.test.ts': [["import { x } from '../canvas/x.ts';"], null],
};
const TARGETS = ['validation', 'catalog', 'io', 'store', 'canvas', 'ui', 'app', 'testing', 'model'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vt-layers-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const t of TARGETS) {
    mkdirSync(join(dir, 'src', t), { recursive: true });
    writeFileSync(join(dir, 'src', t, 'x.ts'), 'export const x = 1;\nexport const y = 2;\n');
  }
  for (const [file, [imports]] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    // Each probe uses what it imports, so no compiler drops the import as unused.
    const names = imports.map((i) => /import \{? ?(\w+)/.exec(i)![1]);
    writeFileSync(join(dir, file), `${imports.join('\n')}\nexport const probe = [${names.join(', ')}];\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the layer check', () => {
  it('reports every probe under the rule it breaks, and nothing else', async () => {
    const here = process.cwd();
    process.chdir(dir);
    try {
      const result = await cruise(['src', 'cli'], {
        ...config.options,
        validate: true,
        ruleSet: { forbidden: config.forbidden },
      } as never);
      const output = result.output as { summary: { violations: { from: string; rule: { name: string } }[] } };
      const byFile = new Map<string, Set<string>>();
      for (const v of output.summary.violations) {
        const set = byFile.get(v.from) ?? new Set<string>();
        set.add(v.rule.name);
        byFile.set(v.from, set);
      }
      for (const [file, [, rule]] of Object.entries(PROBES)) {
        if (rule) expect([...(byFile.get(file) ?? [])], file).toContain(rule);
        else expect(byFile.get(file), file).toBeUndefined();
      }
    } finally {
      process.chdir(here);
    }
  }, 60_000);
});

/**
 * zod (~24 kB gzipped) is not in the first paint: outside io, only the schema modules import it at
 * run time (model/kinds/schemas.ts, model/intentSchemas.ts), and they load with the file reader
 * (store/designReader.ts). Types may be imported anywhere (`import type`: gone after compiling).
 * Checked over the sources, because dependency-cruiser does not tell type-only imports apart here.
 */
describe('zod stays with the reader', () => {
  const SCHEMA_MODULES = new Set(['src/model/kinds/schemas.ts', 'src/model/intentSchemas.ts']);
  const RUNTIME_ZOD = /^import\s+(?!type\s)[^;]*?from\s+['"]zod(\/[^'"]*)?['"]/m;

  it('is imported at run time only by the schema modules and io', () => {
    const offenders = listSources(join(ROOT, 'src'))
      .map((f) => f.slice(ROOT.length).replace(/\\/g, '/'))
      .filter((f) => !f.startsWith('src/io/') && !/\.test\.tsx?$/.test(f) && !SCHEMA_MODULES.has(f))
      .filter((f) => RUNTIME_ZOD.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('catches a run-time import and lets a type-only one through', () => {
    expect(RUNTIME_ZOD.test("import { z } from 'zod';")).toBe(true);
    expect(RUNTIME_ZOD.test("import { object,\n  string } from 'zod';")).toBe(true);
    expect(RUNTIME_ZOD.test("import type { $ZodIssue } from 'zod/v4/core';")).toBe(false);
    for (const f of SCHEMA_MODULES) expect(RUNTIME_ZOD.test(readFileSync(join(ROOT, f), 'utf8')), f).toBe(true);
  });
});

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listSources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
