/**
 * Every English text in one object, as i18next holds them once the dialogs' texts are added (en.ts
 * and enDialogs.ts merged): for the tests and tools that read the texts directly.
 */
import { en, type Texts } from './en.ts';
import { enDialogs } from './enDialogs.ts';

type Tree = { readonly [k: string]: string | Tree };

function merge(a: Tree, b: Tree): Tree {
  const out: Record<string, string | Tree> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    out[k] = typeof v === 'object' && typeof mine === 'object' ? merge(mine, v) : v;
  }
  return out;
}

export const enFull = merge(en, enDialogs) as Texts;
