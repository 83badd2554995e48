import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { bp001 } from './bp001-workloads-in-one-az.ts';

describe('BP-001 workloads in one AZ', () => {
  it('informs when every workload is in us-east-1a', () => {
    const { b, vpc } = webApp();
    expect(run(bp001, b.build())).toMatchObject([{ resource: vpc, severity: 'info', params: { zone: 'us-east-1a' } }]);
  });
  it('is silent once a workload runs in a second AZ', () => {
    const { b, privB } = webApp();
    b.instance(privB);
    expect(run(bp001, b.build())).toEqual([]);
  });
});
