import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { reach003 } from './reach003-data-reachable-from-internet.ts';

describe('REACH-003 data reachable from the internet', () => {
  it('is silent for the standard design (database private, web serves 443)', () => {
    expect(keys(reach003, webApp().b.build())).toEqual([]);
  });
  it('warns when a public web instance also opens MySQL to the internet', () => {
    const { b, web, webSg } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 3306, '0.0.0.0/0')] });
    expect(run(reach003, b.build())).toMatchObject([
      { variant: 'data-port-internet-reachable', resource: web, params: { port: 3306, from: '203.0.113.1' } },
    ]);
  });
  it('warns about a publicly accessible database in a public subnet whose SG admits the internet', () => {
    const { b, db, dbSg, pubA, pubB } = webApp();
    b.patch(db, { parent: pubA, subnetIds: [pubA, pubB], publiclyAccessible: true });
    b.patch(dbSg, { ingress: [sgRule('tcp', 5432, '203.0.113.0/24')] });
    expect(keys(reach003, b.build())).toEqual([`rds-internet-reachable@${db}`]);
  });
  it('is silent when the public database is in a private subnet (no IGW route back)', () => {
    const { b, db, dbSg } = webApp();
    b.patch(db, { publiclyAccessible: true });
    b.patch(dbSg, { ingress: [sgRule('tcp', 5432, '0.0.0.0/0')] });
    expect(keys(reach003, b.build())).toEqual([]);
  });
});
