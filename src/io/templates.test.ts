import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.ts';
import { en } from '../i18n/locales/en.ts';
import { ko } from '../i18n/locales/ko.ts';
import { TEMPLATES, TEMPLATE_IDS } from './templates.ts';

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
      expect(r.design.resources).toHaveLength(template.resources);
      expect(r.design.flows).toHaveLength(template.flows);
      expect(validate(r.design).filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('has a name and a description in English and Korean', () => {
      for (const texts of [en, ko]) {
        const item = texts.files.templates.items[template.id];
        expect(item.name.length).toBeGreaterThan(3);
        expect(item.description.length).toBeGreaterThan(10);
      }
    });

    it('gives a fresh design every time it is opened', () => {
      const a = template.load();
      const b = template.load();
      expect(a.ok && b.ok && a.design !== b.design).toBe(true);
    });
  });

  it('every template has at least one traffic flow to show on the canvas', () => {
    for (const t of TEMPLATES) expect(t.flows).toBeGreaterThan(0);
  });
});
