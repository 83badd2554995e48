import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sub001 } from './sub001-subnet-block-size.ts';

describe('SUB-001 subnet size', () => {
  it('accepts the standard subnets', () => {
    expect(keys(sub001, webApp().b.build())).toEqual([]);
  });
  it('rejects /29 and /15 and a non-CIDR', () => {
    const { b, pubA, pubB, privA } = webApp();
    b.patch(pubA, { cidr: '10.0.0.0/29' }).patch(pubB, { cidr: '10.0.0.0/15' }).patch(privA, { cidr: 'ten dot zero' });
    expect(keys(sub001, b.build())).toEqual(
      [`invalid@${privA}`, `prefix-out-of-range@${pubA}`, `prefix-out-of-range@${pubB}`].sort(),
    );
  });
});
