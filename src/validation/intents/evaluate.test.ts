import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../../io/json/read.ts';
import type { Intent } from '../../model/intents.ts';
import type { Design, RouteTable, SecurityGroup } from '../../model/types.ts';
import { analyzeReachability } from '../reachability/analyze.ts';
import { plRule, prefixList } from '../testing/imported.ts';
import { sgRule, webApp } from '../testing/builder.ts';
import { evaluateIntent, evaluateIntents, type IntentResult } from './evaluate.ts';
import { intentFindings } from './findings.ts';
import { buildContext } from '../context.ts';
import { contains } from '../matrix/index.ts';

const intent = (over: Partial<Intent> & Pick<Intent, 'from' | 'to' | 'expect'>): Intent => ({
  id: 'intent-t',
  name: 'test intent',
  enabled: true,
  ...over,
});

const run = (d: Design, it: Intent) => evaluateIntent(buildContext(d), it);

/** Each reported witness is a packet the path engine, asked again, answers as the matrix said. */
function expectWitnessesReplay(d: Design, r: IntentResult, reachable: boolean) {
  expect(r.violations.length).toBeGreaterThan(0);
  for (const v of r.violations) {
    const w = v.witness!;
    expect(w).not.toBeNull();
    const again = analyzeReachability(d, w.query);
    expect(again.reachable, JSON.stringify(w.query)).toBe(reachable);
    expect(again.hops).toEqual(w.answer.hops);
    // The packet is one of the offending traffic.
    expect(contains(v.traffic, w.packet.protocol, w.packet.port)).toBe(true);
  }
}

describe('never', () => {
  const sshFromInternet = (web: string) =>
    intent({
      from: { type: 'internet' },
      to: { type: 'resource', id: web },
      traffic: [{ protocol: 'tcp', fromPort: 22, toPort: 22 }],
      expect: { type: 'never' },
    });

  it('holds when no packet of the traffic gets through', () => {
    const w = webApp();
    const r = run(w.b.build(), sshFromInternet(w.web));
    expect(r.status).toBe('holds');
    expect(r.pairs).toBe(1);
  });

  it('is violated, with a witness packet and its path, when one does', () => {
    const w = webApp();
    const sg = w.b.get<SecurityGroup>(w.webSg);
    w.b.patch(w.webSg, { ingress: [...sg.ingress, sgRule('tcp', [20, 25], '0.0.0.0/0')] });
    const d = w.b.build();
    const r = run(d, sshFromInternet(w.web));
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.trafficText).toBe('tcp 22');
    expect(r.violations[0]!.witness!.packet).toMatchObject({ protocol: 'tcp', port: 22 });
    expectWitnessesReplay(d, r, true);
  });

  it('over all traffic: every port the rules open is in the violation, exactly', () => {
    const w = webApp();
    const d = w.b.build();
    const r = run(
      d,
      intent({ from: { type: 'internet' }, to: { type: 'resource', id: w.web }, expect: { type: 'never' } }),
    );
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.trafficText).toBe('tcp 443');
    expectWitnessesReplay(d, r, true);
  });
});

describe('only', () => {
  const webToApp = (w: ReturnType<typeof webApp>): Intent =>
    intent({
      from: { type: 'resource', id: w.web },
      to: { type: 'resource', id: w.app },
      expect: { type: 'only', ports: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080 }] },
    });

  it('holds when only the given ports get through', () => {
    const w = webApp();
    expect(run(w.b.build(), webToApp(w)).status).toBe('holds');
  });

  it('is violated by any other port that gets through, with its witness', () => {
    const w = webApp();
    w.b.patch(w.appSg, { ingress: [sgRule('tcp', [8080, 8081], w.webSg), sgRule('udp', 53, w.webSg)] });
    const d = w.b.build();
    const r = run(d, webToApp(w));
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.trafficText).toBe('tcp 8081 · udp 53');
    expectWitnessesReplay(d, r, true);
  });

  const appOutThroughNat = (w: ReturnType<typeof webApp>): Intent =>
    intent({
      from: { type: 'resource', id: w.app },
      to: { type: 'internet' },
      traffic: [{ protocol: 'tcp', fromPort: 443, toPort: 443 }],
      expect: { type: 'only', through: 'nat' },
    });

  it('through a kind of hop: holds when the traffic goes by a NAT gateway', () => {
    const w = webApp();
    const r = run(w.b.build(), appOutThroughNat(w));
    expect(r.status).toBe('holds');
  });

  it('through a kind of hop: violated when it gets out another way', () => {
    const w = webApp();
    w.b.patch(w.app, { publicIp: 'auto' });
    const rt = w.b.get<RouteTable>(w.privateRt);
    w.b.patch(w.privateRt, {
      routes: rt.routes.map((r) => (r.destination === '0.0.0.0/0' ? { ...r, target: w.igw } : r)),
    });
    const d = w.b.build();
    const r = run(d, appOutThroughNat(w));
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.reason).toBe('not-through');
    expect(r.violations[0]!.witness!.answer.hops.some((h) => h.kind === 'nat')).toBe(false);
    expectWitnessesReplay(d, r, true);
  });
});

describe('always', () => {
  const webToApp = (w: ReturnType<typeof webApp>): Intent =>
    intent({
      from: { type: 'resource', id: w.web },
      to: { type: 'resource', id: w.app },
      traffic: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080 }],
      expect: { type: 'always' },
    });

  it('holds when all of the traffic gets through', () => {
    const w = webApp();
    expect(run(w.b.build(), webToApp(w)).status).toBe('holds');
  });

  it('is violated when some of it is blocked, with a blocked witness', () => {
    const w = webApp();
    w.b.patch(w.appSg, { ingress: [] });
    const d = w.b.build();
    const r = run(d, webToApp(w));
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.reason).toBe('blocked');
    expect(r.violations[0]!.witness!.answer.code).toBe('SG_HAS_NO_RULES');
    expectWitnessesReplay(d, r, false);
  });
});

describe('not known', () => {
  it('traffic a prefix list without entries decides is neither a violation nor a pass', () => {
    const w = webApp();
    prefixList(w.b, 'pl-0a11', null);
    w.b.patch(w.dbSg, { ingress: [plRule('tcp', 5432, 'pl-0a11')] });
    const d = w.b.build();
    const r = run(
      d,
      intent({ from: { type: 'resource', id: w.app }, to: { type: 'kind', kind: 'rds' }, expect: { type: 'never' } }),
    );
    expect(r.status).toBe('unknown');
    expect(r.violationCount).toBe(0);
    expect(r.unknowns[0]!.trafficText).toBe('tcp 5432');
    expect(r.unknowns[0]!.witness!.answer.outcome).toBe('unknown');
    const f = intentFindings([r]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'INTENT-intent-t', severity: 'info', variant: 'not-known' });
  });

  it('a set naming what the design does not hold', () => {
    const w = webApp();
    const r = run(
      w.b.build(),
      intent({ from: { type: 'internet' }, to: { type: 'resource', id: 'i-gone' }, expect: { type: 'never' } }),
    );
    expect(r).toMatchObject({ status: 'unknown', missing: ['i-gone'] });
    expect(intentFindings([r])[0]).toMatchObject({ variant: 'missing' });
  });

  it('an intent turned off is not checked', () => {
    const w = webApp();
    const r = run(
      w.b.build(),
      intent({ from: { type: 'internet' }, to: { type: 'internet' }, expect: { type: 'never' }, enabled: false }),
    );
    expect(r.status).toBe('off');
    expect(intentFindings([r])).toEqual([]);
  });
});

describe('starter intents on the examples', () => {
  const dir = new URL('../../../examples/', import.meta.url);
  const load = (f: string) => {
    const r = parseDesignJson(readFileSync(new URL(f, dir), 'utf8'));
    if (!r.ok) throw new Error(f);
    return r.design;
  };
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const statuses = (d: Design) => Object.fromEntries(evaluateIntents(d).map((r) => [r.intent.id, r.status]));

  it('every example gets the three starter intents, each decided', () => {
    for (const f of files) {
      const rs = evaluateIntents(load(f));
      expect(
        rs.map((r) => r.intent.id),
        f,
      ).toEqual(['starter-no-db-from-internet', 'starter-no-admin-from-internet', 'starter-private-no-inbound']);
      for (const r of rs) expect(['holds', 'violated'], `${f} ${r.intent.id}`).toContain(r.status);
    }
  });

  it('the two-AZ web + database example keeps its database and private subnets from the internet', () => {
    expect(statuses(load('two-az-web-db.json'))).toMatchObject({
      'starter-no-db-from-internet': 'holds',
      'starter-private-no-inbound': 'holds',
    });
  });

  it('the public web server example with SSH opened to the internet: violated, and by which packet', () => {
    const base = load('single-public-web.json');
    const d: Design = {
      ...base,
      resources: base.resources.map((r) =>
        r.kind === 'securityGroup' && r.name === 'web-sg'
          ? { ...r, ingress: [...r.ingress, sgRule('tcp', 22, '0.0.0.0/0')] }
          : r,
      ),
    };
    expect(statuses(base)['starter-no-admin-from-internet']).toBe('holds');
    const r = evaluateIntents(d).find((x) => x.intent.id === 'starter-no-admin-from-internet')!;
    expect(r.status).toBe('violated');
    expect(r.violations[0]!.witness!.packet).toMatchObject({ protocol: 'tcp', port: 22 });
    expectWitnessesReplay(d, r, true);
    const f = intentFindings([r]);
    expect(f[0]).toMatchObject({ rule: 'INTENT-starter-no-admin-from-internet', severity: 'warning' });
  });

  it('a starter intent the design turned off is off', () => {
    const d = { ...load('single-public-web.json'), starterIntentsOff: ['starter-no-admin-from-internet'] };
    expect(statuses(d)['starter-no-admin-from-internet']).toBe('off');
  });
});
