import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../model/index.ts';
import { validate } from '../validation/index.ts';
import { enFull as en } from '../i18n/locales/enFull.ts';
import { ko } from '../i18n/locales/ko.ts';
import { TEMPLATES, TEMPLATE_IDS } from './templates.ts';

/** The example file behind each template, read from disk: the expectation does not come from the code under test. */
const FILES: Record<string, string> = {
  singlePublicWeb: 'single-public-web.json',
  twoAzWebDb: 'two-az-web-db.json',
  threeTierAlb: 'three-tier-alb.json',
  peeredVpcs: 'peered-vpcs.json',
};
const onDisk = (id: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/${FILES[id]}`, import.meta.url), 'utf8')) as {
    resources: unknown[];
    flows: unknown[];
  };

describe('templates', () => {
  it('lists the four examples', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    expect(TEMPLATES).toHaveLength(4);
  });

  describe.each(TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('parses cleanly and the validator finds no error', () => {
      const r = template.load();
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.warnings).toEqual([]);
      const file = onDisk(template.id);
      expect(r.design.resources).toHaveLength(file.resources.length);
      expect(r.design.flows).toHaveLength(file.flows.length);
      // The counts the dialog shows are the file's.
      expect([template.resources, template.flows]).toEqual([file.resources.length, file.flows.length]);
      expect(validate(r.design).filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('has a name and a description in English and Korean', () => {
      for (const texts of [en, ko]) {
        const item = texts.files.templates.items[template.id];
        expect(item.name.length).toBeGreaterThan(3);
        expect(item.description.length).toBeGreaterThan(10);
      }
    });

    it('gives a fresh design every time: changing one opened copy changes neither the next one nor the example', () => {
      const a = template.load();
      if (!a.ok) throw new Error('template does not load');
      const resources = a.design.resources as Resource[];
      (resources[0] as { name: string }).name = 'changed by the user';
      resources.length = 1;
      const b = template.load();
      if (!b.ok) throw new Error('template does not load');
      expect(b.design.resources).toHaveLength(onDisk(template.id).resources.length);
      expect(b.design.resources[0]!.name).toBe((onDisk(template.id).resources[0] as { name: string }).name);
    });
  });

  it('every template has at least one traffic flow to show on the canvas', () => {
    for (const t of TEMPLATES) expect(t.flows).toBeGreaterThan(0);
  });
});
