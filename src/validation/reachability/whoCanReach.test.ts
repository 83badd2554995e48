import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { whoCanReach } from './whoCanReach.ts';

describe('whoCanReach', () => {
  it('lists the sources and ports that reach the database: only the app, on 5432', () => {
    const { b, db, app } = webApp();
    const w = whoCanReach(b.build(), db);
    expect(w.ports).toEqual([22, 80, 443, 3306, 3389, 5432]);
    expect(w.sources).toEqual([{ source: app, ports: [5432] }]);
  });

  it('puts the internet first and adds the ports the target SG opens', () => {
    const { b, web, webSg, app } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 8443, '10.0.0.0/16')] });
    const w = whoCanReach(b.build(), web);
    expect(w.ports).toContain(8443);
    expect(w.sources[0]).toEqual({ source: 'internet', ports: [443] });
    expect(w.sources.find((s) => s.source === app)?.ports).toEqual([443, 8443]);
  });

  it('returns an empty answer for unknown targets', () => {
    const { b } = webApp();
    expect(whoCanReach(b.build(), 'nope').sources).toEqual([]);
  });
});
