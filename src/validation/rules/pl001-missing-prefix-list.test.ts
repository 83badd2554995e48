import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { plRule, prefixList } from '../testing/imported.ts';
import { validate } from '../index.ts';
import { pl001 } from './pl001-missing-prefix-list.ts';

function design(withList: boolean) {
  const b = new DesignBuilder();
  const vpc = b.vpc(b.region(), '10.0.0.0/16');
  const igw = b.igw(vpc);
  if (withList) prefixList(b, 'pl-0a1b', null);
  const rt = b.routeTable(vpc, { main: true, routes: [['pl-0a1b', igw]] });
  const sg = b.sg(vpc, { ingress: [plRule('tcp', 443, 'pl-0a1b')] });
  return { d: b.build(), rt, sg };
}

describe('PL-001 references to missing prefix lists', () => {
  it('reports a route and a rule naming a prefix list that is not in the design', () => {
    const { d, rt, sg } = design(false);
    expect(keys(pl001, d)).toEqual([`missing-in-route@${rt}`, `missing-in-rule@${sg}`]);
    const f = validate(d).find((x) => x.rule === 'PL-001' && x.resource === rt)!;
    expect(f.message).toBe(
      `Route table ${rt}: the route to prefix list pl-0a1b (→ ${f.params.target}) names a list that is not in the design, so which addresses it covers is not known.`,
    );
  });
  it('accepts them when the list is in the design, even with unknown entries', () => {
    expect(keys(pl001, design(true).d)).toEqual([]);
  });
  it('a route to a prefix list is not an invalid destination (RT-003)', () => {
    expect(validate(design(true).d).filter((f) => f.rule === 'RT-003')).toEqual([]);
  });
});
