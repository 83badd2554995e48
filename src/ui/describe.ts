/**
 * Texts for findings and hops in the current language, with ids shown as names. The templates
 * live in src/i18n/findings; until a template exists the validator's English text is used.
 */
import type { TFunction } from 'i18next';
import { type Design, indexDesign } from '../model/index.ts';
import type { Finding } from '../validation/types.ts';
import type { Hop } from '../validation/index.ts';

export interface Described {
  readonly message: string;
  readonly analogy: string | null;
}

function namer(design: Design) {
  const index = indexDesign(design);
  return (id: string) => index.get(id)?.name ?? id;
}

export function describeFinding(t: TFunction, design: Design, f: Finding): Described {
  const nameOf = namer(design);
  const params = { ...f.params, resourceName: nameOf(f.resource) };
  const base = `${f.rule}.${f.variant}`;
  const message = t(`${base}.message`, { ns: 'findings', ...params, defaultValue: f.message });
  const analogy = t(`${base}.analogy`, { ns: 'findings', ...params, defaultValue: '' });
  return { message, analogy: analogy || null };
}

export function describeHop(t: TFunction, design: Design, h: Hop): Described {
  const nameOf = namer(design);
  const params = { ...h.params, resourceName: nameOf(h.resource) };
  const key = h.code ? `codes.${h.code}` : `hops.${h.kind}.${h.verdict}`;
  const message = t(`${key}.message`, { ns: 'findings', ...params, defaultValue: h.detail });
  const analogy = t(`${key}.analogy`, { ns: 'findings', ...params, defaultValue: '' });
  return { message, analogy: analogy || null };
}
