import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { rt005 } from './rt005-main-table-and-associations.ts';

describe('RT-005 main table and implicit associations', () => {
  it('is silent when the main table is private and every subnet is associated', () => {
    expect(keys(rt005, webApp().b.build())).toEqual([]);
  });
  it('warns when the main table routes to an IGW', () => {
    const { b, publicRt, privateRt } = webApp();
    b.patch(privateRt, { main: false }).patch(publicRt, { main: true });
    expect(run(rt005, b.build())).toMatchObject([
      { variant: 'main-routes-to-igw', severity: 'warning', resource: publicRt },
    ]);
  });
  it('informs about a subnet that relies on the main table', () => {
    const { b, privB, privateRtB, privateRt } = webApp();
    b.patch(privateRtB, { subnetIds: [] });
    expect(run(rt005, b.build())).toMatchObject([
      { variant: 'implicit-association', severity: 'info', resource: privB, related: [privateRt] },
    ]);
  });
});
