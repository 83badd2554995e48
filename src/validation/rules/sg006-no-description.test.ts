import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { sg006 } from './sg006-no-description.ts';

describe('SG-006 security group description', () => {
  it('reports a group without a description under its own id', () => {
    const { b, vpc } = webApp();
    const g = b.sg(vpc, { description: ' ' });
    expect(run(sg006, b.build()).map((f) => `${f.rule}.${f.variant}@${f.resource}`)).toEqual([
      `SG-006.no-description@${g}`,
    ]);
  });
});
