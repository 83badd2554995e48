import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { whoCanReach } from './whoCanReach.ts';

describe('whoCanReach', () => {
  it('lists the sources and ports that reach the database: only the app, on 5432', () => {
    const { b, db, app } = webApp();
    const w = whoCanReach(b.build(), db);
    expect(w.ports).toEqual([22, 80, 443, 3306, 3389, 5432]);
    expect(w.sources.map((s) => [s.source, s.ports, s.traffic])).toEqual([[app, [5432], 'tcp 5432']]);
  });

  it('puts the internet first and adds the ports the target SG opens', () => {
    const { b, web, webSg, app } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 8443, '10.0.0.0/16')] });
    const w = whoCanReach(b.build(), web);
    expect(w.ports).toContain(8443);
    expect(w.sources[0]).toMatchObject({ source: 'internet', ports: [443], traffic: 'tcp 443' });
    expect(w.sources.find((s) => s.source === app)?.ports).toEqual([443, 8443]);
    expect(w.sources.find((s) => s.source === app)?.traffic).toBe('tcp 443,8443');
  });

  it('is exhaustive: a source that gets through only on a port no list tries, or only over udp, is listed with it', () => {
    const { b, web, webSg, app } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', [30000, 30010], '10.0.0.0/16'), sgRule('udp', 53, '10.0.0.0/16')] });
    const w = whoCanReach(b.build(), web);
    const s = w.sources.find((x) => x.source === app)!;
    expect(s.ports).toEqual([30000]);
    expect(s.traffic).toBe('tcp 30000-30010 · udp 53');
    expect(w.sources.some((x) => x.source === 'internet')).toBe(false);
  });

  it('returns an empty answer for unknown targets', () => {
    const { b } = webApp();
    expect(whoCanReach(b.build(), 'nope').sources).toEqual([]);
  });
});
