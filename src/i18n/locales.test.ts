import { describe, expect, it } from 'vitest';
import { enFull as en } from './locales/enFull.ts';
import { ko } from './locales/ko.ts';
import { INTERNET, KINDS, RESOURCE_KINDS } from '../model/index.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

describe('UI texts', () => {
  const E = leaves(en as unknown as Tree);
  const K = leaves(ko as unknown as Tree);
  it('English and Korean have exactly the same keys, none empty', () => {
    expect([...K.keys()].sort()).toEqual([...E.keys()].sort());
    for (const [k, v] of [...E, ...K]) expect(v.trim(), k).not.toBe('');
  });
  it('every resource kind has a name, a meaning, an analogy and a short analogy in both languages', () => {
    const keys = [
      ...RESOURCE_KINDS.flatMap((k) => Object.values(KINDS[k].texts)),
      ...['kind', 'meaning', 'analogy', 'analogyShort'].map((s) => `${s}.${INTERNET}`),
    ];
    for (const key of keys) {
      expect(E.get(key), `en ${key}`).toBeTruthy();
      expect(K.get(key), `ko ${key}`).toBeTruthy();
    }
  });
  it('the analogies carry the terms of the shared analogy table', () => {
    expect(E.get('analogy.igw')).toMatch(/tollgate/);
    expect(K.get('analogy.igw')).toMatch(/톨게이트/);
    expect(E.get('analogy.routeTable')).toMatch(/signposts/);
    expect(K.get('analogy.routeTable')).toMatch(/표지판/);
    expect(E.get('analogy.nacl')).toMatch(/checkpoint/);
    expect(K.get('analogy.nacl')).toMatch(/검문소/);
    expect(E.get('analogy.subnet')).toMatch(/neighbourhood/);
    expect(K.get('analogy.subnet')).toMatch(/동네/);
    expect(E.get('analogy.securityGroup')).toMatch(/dog/);
    expect(K.get('analogy.securityGroup')).toMatch(/집 앞 개/);
  });
  it('interpolations match between languages', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of E) expect(params(K.get(k) ?? ''), k).toEqual(params(v));
  });
});
