import { describe, expect, it } from 'vitest';
import { KINDS, RESOURCE_KINDS } from '../../model/index.ts';
import { SECTIONS } from './sections.tsx';

describe('inspector sections', () => {
  it.each(RESOURCE_KINDS)('%s lists only sections that can show it', (kind) => {
    const refused = KINDS[kind].inspector.filter((id) => !SECTIONS[id].accepts({ kind }));
    expect(refused).toEqual([]);
  });

  it('no kind lists a section twice', () => {
    for (const kind of RESOURCE_KINDS) expect(new Set(KINDS[kind].inspector).size).toBe(KINDS[kind].inspector.length);
  });

  it('every section is listed by some kind (no section is dead code)', () => {
    const listed = new Set<string>(RESOURCE_KINDS.flatMap((k) => KINDS[k].inspector));
    expect(Object.keys(SECTIONS).filter((id) => !listed.has(id))).toEqual([]);
  });
});
