import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { sg005 } from './sg005-unattached-group.ts';

describe('SG-005 unattached security group', () => {
  it('is silent for an attached group', () => {
    const { b, webSg } = webApp();
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${webSg}`))).toEqual([]);
  });

  it('reports an unattached group under its own id, and only that (no description or egress finding)', () => {
    const { b, vpc } = webApp();
    const g = b.sg(vpc, { description: ' ' });
    expect(run(sg005, b.build()).map((f) => `${f.rule}.${f.variant}@${f.resource}`)).toEqual([
      `SG-005.unattached@${g}`,
    ]);
  });

  it('does not call the default group unattached', () => {
    const { b, vpc } = webApp();
    const d = b.sg(vpc, { isDefault: true, egress: [] });
    expect(keys(sg005, b.build()).filter((k) => k.endsWith(`@${d}`))).toEqual([]);
  });
});
