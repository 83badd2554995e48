import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { rt001 } from './rt001-local-and-main-routes.ts';

describe('RT-001 local routes and the main table', () => {
  it('accepts tables with their local route and one main table', () => {
    expect(keys(rt001, webApp().b.build())).toEqual([]);
  });
  it('reports a table missing the local route of a secondary block', () => {
    const { b, vpc, publicRt } = webApp();
    b.patch(vpc, { cidrBlocks: ['10.0.0.0/16', '10.1.0.0/16'] });
    const f = run(rt001, b.build());
    expect(f.filter((x) => x.resource === publicRt)).toMatchObject([
      { variant: 'missing-local', params: { cidr: '10.1.0.0/16' } },
    ]);
  });
  it('reports no main table and two main tables', () => {
    const { b, vpc, privateRt, publicRt } = webApp();
    b.patch(privateRt, { main: false });
    expect(keys(rt001, b.build())).toEqual([`no-main@${vpc}`]);
    b.patch(privateRt, { main: true }).patch(publicRt, { main: true });
    expect(keys(rt001, b.build())).toEqual([`multiple-main@${vpc}`]);
  });
});
