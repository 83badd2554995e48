import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { bp004 } from './bp004-database-placement.ts';

describe('BP-004 databases', () => {
  it('accepts a private database whose subnet group covers two AZs', () => {
    expect(keys(bp004, webApp().b.build())).toEqual([]);
  });
  it('errors on a one-AZ subnet group and warns on public access', () => {
    const { b, db, privA } = webApp();
    b.patch(db, { subnetIds: [privA], publiclyAccessible: true });
    expect(keys(bp004, b.build())).toEqual([`publicly-accessible@${db}`, `subnet-group-single-az@${db}`]);
  });
});
