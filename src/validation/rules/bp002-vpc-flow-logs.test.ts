import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { bp002 } from './bp002-vpc-flow-logs.ts';

describe('BP-002 flow logs', () => {
  it('is silent with flow logs on', () => {
    expect(keys(bp002, webApp().b.build())).toEqual([]);
  });
  it('informs when flow logs are off', () => {
    const { b, vpc } = webApp();
    b.patch(vpc, { flowLogs: false });
    expect(keys(bp002, b.build())).toEqual([`no-flow-logs@${vpc}`]);
  });
});
