import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.ts';
import { analyzeReachability } from '../reachability/analyze.ts';
import { AccessEngine } from './access.ts';
import { naclRule, sgRule, webApp } from '../testing/builder.ts';
import { filteredDesign } from '../testing/filtered.ts';
import { prefixList, plRule } from '../testing/imported.ts';
import {
  INTERNET_ENDPOINT,
  accessBetween,
  accessMatrix,
  equals,
  format,
  resourceEndpoint as res,
  witness,
} from './index.ts';

describe('accessMatrix', () => {
  it('gives the two-tier design its exact cells: the internet to web on 443, web to app on 8080, app to db on 5432', () => {
    const { b, web, app, db } = webApp();
    const m = accessMatrix(b.build());
    expect(format(m.cell(INTERNET_ENDPOINT, res(web)).allowed)).toBe('tcp 443');
    expect(format(m.cell(res(web), res(app)).allowed)).toBe('tcp 8080');
    expect(format(m.cell(res(app), res(db)).allowed)).toBe('tcp 5432');
    expect(format(m.cell(INTERNET_ENDPOINT, res(db)).allowed)).toBe('none');
    expect(format(m.cell(res(db), res(app)).allowed)).toBe('none');
    // Out to the internet: the app through the NAT gateway, everything its group lets out.
    expect(format(m.cell(res(app), INTERNET_ENDPOINT).allowed)).toBe('all traffic');
    expect(m.endpoints.map((e) => (e.kind === 'resource' ? e.id : e.kind))).toEqual(['internet', web, app, db]);
  });

  it('a NACL deny before the allow cuts one port out of what the groups open; replies go out on 1024-65535', () => {
    const { b, vpc, pubA, pubB, webSg, web } = webApp();
    b.patch(webSg, {
      ingress: [sgRule('tcp', [0, 65535], '0.0.0.0/0'), { ...sgRule('tcp', 0, '0.0.0.0/0'), protocol: 'icmp' }],
    });
    b.nacl(vpc, {
      subnets: [pubA, pubB],
      rules: [
        naclRule(90, 'inbound', 'deny', 'tcp', 22, '0.0.0.0/0'),
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535]),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535]),
      ],
    });
    const m = accessMatrix(b.build());
    expect(format(m.cell(INTERNET_ENDPOINT, res(web)).allowed)).toBe('tcp 0-21,23-65535');
  });

  it('says unknown for what a prefix list with unknown entries decides, never allowed', () => {
    const { b, webSg, web } = webApp();
    prefixList(b, 'pl-1', null);
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), plRule('tcp', 22, 'pl-1')] });
    const ctx = buildContext(b.build());
    const a = accessBetween(ctx, INTERNET_ENDPOINT, res(web));
    expect(format(a.allowed)).toBe('tcp 443');
    expect(format(a.unknown)).toBe('tcp 22');
  });

  it('says unknown, never allowed nor blocked, where a NACL rule of unknown block would decide (as naclDecide)', () => {
    const { b, vpc, pubA, pubB, webSg, web } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', [0, 65535], '0.0.0.0/0')] });
    b.nacl(vpc, {
      subnets: [pubA, pubB],
      rules: [
        // Before the allow: a deny of unknown block makes tcp 22 unknown.
        naclRule(50, 'inbound', 'deny', 'tcp', 22, 'unknown'),
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 1000], '0.0.0.0/0'),
        // After the final allow, before the implicit deny: an allow of unknown block.
        naclRule(200, 'inbound', 'allow', 'tcp', [2000, 2999], 'unknown'),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535], '0.0.0.0/0'),
      ],
    });
    const d = b.build();
    const ctx = buildContext(d);
    const a = accessBetween(ctx, INTERNET_ENDPOINT, res(web));
    expect(format(a.allowed)).toBe('tcp 0-21,23-1000');
    expect(format(a.unknown)).toBe('tcp 22,2000-2999');
    for (const [port, outcome] of [
      [22, 'unknown'],
      [80, 'delivered'],
      [2500, 'unknown'],
      [5000, 'blocked'],
    ] as const)
      expect(analyzeReachability(d, { from: 'internet', to: web, protocol: 'tcp', port }).outcome).toBe(outcome);
  });

  it('says unknown for replies a NACL rule of unknown block may refuse', () => {
    const { b, vpc, pubA, pubB, webSg, web } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    b.nacl(vpc, {
      subnets: [pubA, pubB],
      rules: [
        naclRule(100, 'inbound', 'allow', 'tcp', 443, '0.0.0.0/0'),
        naclRule(50, 'outbound', 'deny', 'tcp', [1024, 65535], 'unknown'),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535], '0.0.0.0/0'),
      ],
    });
    const d = b.build();
    const a = accessBetween(buildContext(d), INTERNET_ENDPOINT, res(web));
    expect(format(a.allowed)).toBe('none');
    expect(format(a.unknown)).toBe('tcp 443');
    expect(analyzeReachability(d, { from: 'internet', to: web, protocol: 'tcp', port: 443 }).outcome).toBe('unknown');
  });

  it('one computation per class equals the pair-by-pair answer for every cell', () => {
    fc.assert(
      fc.property(filteredDesign, (d) => {
        const ctx = buildContext(d);
        const m = accessMatrix(ctx);
        // Pair by pair, from scratch (no class results kept from another context).
        const ref = new AccessEngine(buildContext({ ...d }), false);
        for (const s of m.endpoints)
          for (const t of m.endpoints) {
            if (s === t) continue;
            const want = ref.between(s, t);
            const got = m.cell(s, t);
            expect(equals(got.allowed, want.allowed)).toBe(true);
            expect(equals(got.unknown, want.unknown)).toBe(true);
          }
      }),
      { numRuns: 25 },
    );
  });
});

describe('witness', () => {
  it('gives a packet of the cell and the path engine’s hops for it', () => {
    const { b, web, app } = webApp();
    const ctx = buildContext(b.build());
    const w = witness(ctx, res(web), res(app), accessBetween(ctx, res(web), res(app)).allowed)!;
    expect(w.verdict).toBe('allowed');
    expect(w.packet).toMatchObject({ protocol: 'tcp', port: 8080, source: '10.0.0.5' });
    expect(w.answer.outcome).toBe('delivered');
    expect(w.query).toEqual({ from: web, to: app, protocol: 'tcp', port: 8080 });
    const fromNet = witness(ctx, INTERNET_ENDPOINT, res(web))!;
    expect(fromNet.query).toMatchObject({ from: 'internet', srcIp: '203.0.113.1', port: 443 });
    expect(fromNet.answer.reachable).toBe(true);
  });

  it('shows where a blocked packet stops when nothing of the set gets through', () => {
    const { b, db } = webApp();
    const ctx = buildContext(b.build());
    const w = witness(ctx, INTERNET_ENDPOINT, res(db))!;
    expect(w.verdict).toBe('blocked');
    expect(w.answer.outcome).toBe('blocked');
  });
});
