import { describe, expect, it } from 'vitest';
import type { Design } from '../src/model/types.ts';
import { idsIn, namesOf } from './names.ts';

const design = {
  resources: [
    { id: 'sg-1', name: 'web' },
    { id: 'sg-15', name: 'web' },
    { id: 'sg-2', name: 'db-sg' },
    { id: 'i-3', name: '  ' },
    { id: 'i-4', name: 'i-4' },
    { id: 'edge', name: 'CloudFront' },
  ],
} as unknown as Design;

describe('namesOf', () => {
  const names = namesOf(design);

  it('shows the name, with the id when two resources share it or the name is blank', () => {
    expect(names.of('sg-2')).toBe('db-sg');
    expect(names.of('sg-1')).toBe('web (sg-1)');
    expect(names.of('sg-15')).toBe('web (sg-15)');
    expect(names.of('i-3')).toBe('i-3');
    expect(names.of('i-4')).toBe('i-4');
    expect(names.of('internet')).toBe('internet');
  });

  it('replaces whole ids in a message, once, and nothing that merely contains an id', () => {
    expect(
      names.inText('Security group sg-15 allows sg-1 and sg-2; sg-150 and xsg-2 stay.', ['sg-15', 'sg-1', 'sg-2']),
    ).toBe('Security group web (sg-15) allows web (sg-1) and db-sg; sg-150 and xsg-2 stay.');
    // An id that is a plain word is replaced only where the finding names it: prose stays prose.
    expect(names.inText('the edge of sg-2', [])).toBe('the edge of db-sg');
    expect(names.inText('the edge of sg-2', ['edge'])).toBe('the CloudFront of db-sg');
  });

  it('finds resources by name', () => {
    expect(names.withName('web')).toEqual(['sg-1', 'sg-15']);
    expect(names.withName('nope')).toEqual([]);
  });
});

describe('idsIn', () => {
  it('collects every string of params, splitting lists', () => {
    expect(idsIn('sg-1', undefined, { a: 'sg-2, sg-3', n: 4 }, ['i-5'])).toEqual(['sg-1', 'sg-2', 'sg-3', 'i-5']);
  });
});
