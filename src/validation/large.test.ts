import { describe, expect, it } from 'vitest';
import { validate } from './index.ts';
import { largeDesign } from './testing/large.ts';

// Timings are measured by `npm run bench` (bench/validator.ts, BENCHMARKS.md), never asserted here.
describe('the large benchmark-sized design', () => {
  it('the large design has no errors; its publicly accessible database (in a private subnet) is warned about but not internet-reachable', () => {
    const f = validate(largeDesign(3));
    // rds with publiclyAccessible in VPC 0 sits in a private subnet: no REACH-003, but BP-004 warns.
    expect(f.filter((x) => x.rule === 'BP-004' && x.variant === 'publicly-accessible')).toHaveLength(1);
    expect(f.filter((x) => x.rule === 'REACH-003')).toEqual([]);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
