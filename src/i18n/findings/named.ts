/**
 * Findings and hops in the current language, with resource ids shown as names. The templates
 * and the param handling live in src/i18n/findings; this only supplies the design's names.
 */
import type { TFunction } from 'i18next';
import { type Design, indexDesign } from '../../model/index.ts';
import type { AnyFinding } from '../../validation/types.ts';
import type { Hop } from '../../validation/index.ts';
import { findingText, hopText } from './index.ts';

export interface NamedText {
  readonly message: string;
  readonly analogy: string | null;
}

function namer(design: Design) {
  const index = indexDesign(design);
  return (id: string) => index.get(id)?.name;
}

export function namedFindingText(t: TFunction, design: Design, f: AnyFinding): NamedText {
  const d = findingText(t, f, namer(design));
  return { message: d.message, analogy: d.analogy || null };
}

export function namedHopText(t: TFunction, design: Design, h: Hop): NamedText {
  const d = hopText(t, h, namer(design));
  return { message: d.message, analogy: d.analogy || null };
}
