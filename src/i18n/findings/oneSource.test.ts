/**
 * One source for each finding text (issue #12): the English message a rule's finding carries (what
 * the CLI prints) is the app's English text, and every variant and explanation code has its text in
 * both languages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../../io/json/read.ts';
import type { Design } from '../../model/types.ts';
import { validate } from '../../validation/index.ts';
import { FINDING_MESSAGES } from '../../validation/messages.ts';
import { EXPLANATION_CODES } from '../../validation/reachability/index.ts';
import { RULE_VARIANTS } from '../../validation/rules/index.ts';
import { mutatedDesign, randomDesign } from '../../validation/testing/arbitrary.ts';
import { webApp } from '../../validation/testing/builder.ts';
import { findingText, FINDINGS_NS } from './index.ts';
import { findingResources } from './resources.ts';

type Tree = { readonly [k: string]: string | Tree };
const text = (lng: 'en' | 'ko', path: string): unknown =>
  path.split('.').reduce<unknown>((t, k) => (t as Tree | undefined)?.[k], findingResources[lng]);

const examples: Design[] = readdirSync(new URL('../../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseDesignJson(readFileSync(new URL(`../../../examples/${f}`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(f);
    return r.design;
  });

function englishT() {
  const inst = i18next.createInstance();
  void inst.init({
    resources: { en: { [FINDINGS_NS]: findingResources.en } },
    lng: 'en',
    ns: [FINDINGS_NS],
    defaultNS: FINDINGS_NS,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return inst.getFixedT('en');
}

describe('finding texts: one source', () => {
  it('every rule variant has a message and an analogy in English and Korean', () => {
    for (const { key } of RULE_VARIANTS) {
      for (const lng of ['en', 'ko'] as const) {
        for (const part of ['message', 'analogy']) {
          const t = text(lng, `${key}.${part}`);
          expect(typeof t === 'string' && t.trim() !== '', `${lng} ${key}.${part}`).toBe(true);
        }
      }
    }
  });

  it('every explanation code has a message and an analogy in English and Korean', () => {
    for (const code of EXPLANATION_CODES) {
      for (const lng of ['en', 'ko'] as const) {
        for (const part of ['message', 'analogy']) {
          const t = text(lng, `code.${code}.${part}`);
          expect(typeof t === 'string' && t.trim() !== '', `${lng} code.${code}.${part}`).toBe(true);
        }
      }
    }
  });

  it("the app's English messages are the validator's, for every variant", () => {
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual(RULE_VARIANTS.map((v) => v.key).sort());
    for (const [key, forms] of Object.entries(FINDING_MESSAGES))
      for (const [form, message] of Object.entries(forms)) expect(text('en', `${key}.${form}`), key).toBe(message);
  });

  it('a finding carries the English text the app shows for it (what the CLI prints)', () => {
    const t = englishT();
    const designs = [
      webApp().b.build(),
      ...examples,
      ...fc.sample(randomDesign, { numRuns: 60, seed: 12 }),
      ...fc.sample(mutatedDesign, { numRuns: 60, seed: 13 }),
    ];
    let checked = 0;
    for (const d of designs) {
      for (const f of validate(d)) {
        expect(findingText(t, f).message, `${f.rule}.${f.variant}`).toBe(f.message);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
