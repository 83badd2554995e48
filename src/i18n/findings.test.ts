/**
 * The finding and hop texts (src/i18n/findings): every rule variant and explanation code has a
 * message and an analogy in both languages, templates only use params the validator provides, and
 * real findings / reachability answers render in English and Korean.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { parseDesignJson } from '../io/json/read.ts';
import {
  analyzeReachability,
  EXPLANATION_CODES,
  type Hop,
  type ReachabilityAnswer,
} from '../validation/reachability/index.ts';
import { RULE_IDS, RULE_VARIANTS } from '../validation/rules/index.ts';
import { validate } from '../validation/index.ts';
import type { Finding } from '../validation/types.ts';
import { endpointFor, mutatedDesign, randomDesign } from '../validation/testing/arbitrary.ts';
import { DesignBuilder, allOut, naclRule, sgRule, webApp } from '../validation/testing/builder.ts';
import { external, plRule, prefixList, withProtocol } from '../validation/testing/imported.ts';
import { findingText, FINDINGS_NS, hopParams, hopText } from './findings/index.ts';
import { findingResources } from './findings/resources.ts';
import {
  BLOCK_FORMS,
  CODE_PARAMS,
  codeBaseParams,
  FINDING_EXTRA_PARAMS,
  hopForm,
  PASS_FORMS,
  RULE_PARAMS,
} from './findings/params.ts';

type Tree = { [k: string]: string | Tree };
const LANGS = ['en', 'ko'] as const;
const tree = (lng: (typeof LANGS)[number]) => findingResources[lng] as unknown as Tree;

function get(t: Tree, path: string): string | Tree | undefined {
  let cur: string | Tree | undefined = t;
  for (const part of path.split('.')) {
    if (cur === undefined || typeof cur === 'string') return undefined;
    cur = cur[part];
  }
  return cur;
}

function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]!);

/** Derived hop params hopText adds (see params.ts HOP_DERIVED_PARAMS). */
function withDerived(params: readonly string[]): string[] {
  const out = [...params, 'at'];
  if (params.includes('protocol')) out.push('traffic');
  if (params.includes('fromPort') && params.includes('toPort')) out.push('ports');
  return out;
}

/** text key (without .message/.analogy) → params it may use. */
function allowedParams(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const v of RULE_VARIANTS) m.set(v.key, [...(RULE_PARAMS[v.key] ?? []), ...FINDING_EXTRA_PARAMS]);
  for (const code of EXPLANATION_CODES) {
    m.set(`code.${code}`, withDerived(codeBaseParams(code)));
    for (const f of BLOCK_FORMS[code] ?? []) m.set(`code.${code}.${f.key}`, withDerived(f.params));
  }
  for (const f of PASS_FORMS) m.set(f.key, withDerived(f.params));
  for (const v of ['pass', 'info', 'block', 'unknown']) m.set(`hop.generic.${v}`, ['at']);
  // Intents' findings (validation/intents/findings.ts).
  const pair = ['intent', 'intentId', 'from', 'to', 'carried', 'packet', 'resource'];
  for (const v of ['gets-through', 'blocked', 'not-through', 'not-known']) m.set(`intent.${v}`, pair);
  m.set('intent.missing', ['intent', 'intentId', 'missing', 'resource']);
  return m;
}

function makeT(lng: 'en' | 'ko', missing: string[] = []): TFunction {
  const inst = i18next.createInstance();
  void inst.init({
    resources: { en: { [FINDINGS_NS]: findingResources.en }, ko: { [FINDINGS_NS]: findingResources.ko } },
    lng,
    fallbackLng: 'en',
    ns: [FINDINGS_NS],
    defaultNS: FINDINGS_NS,
    initAsync: false,
    interpolation: { escapeValue: false },
    missingInterpolationHandler: (text: string, value: unknown) => {
      missing.push(`${String((value as string[] | undefined)?.[1] ?? value)} in "${text}"`);
      return undefined;
    },
  });
  return inst.getFixedT(lng);
}

function loadExample(name: string): Design {
  const r = parseDesignJson(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.design;
}
const EXAMPLES = ['peered-vpcs.json', 'single-public-web.json', 'three-tier-alb.json', 'two-az-web-db.json'];
const nameOfFor = (d: Design) => {
  const names = new Map(d.resources.map((r) => [r.id, r.name] as const));
  return (id: string) => names.get(id);
};

describe('finding texts: coverage', () => {
  it('en and ko have exactly the same keys (besides plural forms), all non-empty strings', () => {
    const en = leaves(tree('en'));
    const ko = leaves(tree('ko'));
    // i18next plural forms (`message_one`): English has "one" and "other", Korean only "other".
    const base = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(PLURAL, '')))].sort();
    expect(base(ko.keys())).toEqual(base(en.keys()));
    for (const k of [...en.keys(), ...ko.keys()].filter((x) => PLURAL.test(x)))
      expect(en.has(k.replace(PLURAL, '')), `${k} needs its base key`).toBe(true);
    for (const [k, v] of [...en, ...ko]) expect(v.trim(), k).not.toBe('');
  });

  it.each(LANGS)('%s: every rule has a title and every variant a message and an analogy', (lng) => {
    const t = tree(lng);
    for (const id of RULE_IDS) expect(typeof get(t, `${id}.title`), `${lng} ${id}.title`).toBe('string');
    for (const v of RULE_VARIANTS) {
      for (const part of ['message', 'analogy'])
        expect(typeof get(t, `${v.key}.${part}`), `${lng} ${v.key}.${part}`).toBe('string');
    }
  });

  it.each(LANGS)('%s: every explanation code, code form and hop form has a message and an analogy', (lng) => {
    const t = tree(lng);
    const keys = [...allowedParams().keys()].filter((k) => !RULE_VARIANTS.some((v) => v.key === k));
    expect(keys.length).toBeGreaterThan(EXPLANATION_CODES.length);
    for (const key of keys) {
      for (const part of ['message', 'analogy'])
        expect(typeof get(t, `${key}.${part}`), `${lng} ${key}.${part}`).toBe('string');
    }
  });

  it('has no texts for unknown rules, variants or codes, and a param list for every variant', () => {
    const en = tree('en');
    const variantKeys = new Set(RULE_VARIANTS.map((v) => v.key));
    for (const [k, v] of Object.entries(en)) {
      if (['code', 'hop', 'value', 'traffic', 'intent'].includes(k)) continue;
      expect(RULE_IDS, k).toContain(k);
      for (const variant of Object.keys(v as Tree))
        if (variant !== 'title') expect(variantKeys, `${k}.${variant}`).toContain(`${k}.${variant}`);
    }
    expect(Object.keys(en.code as Tree).sort()).toEqual([...EXPLANATION_CODES].sort());
    expect(Object.keys(RULE_PARAMS).sort()).toEqual([...variantKeys].sort());
    for (const code of [...Object.keys(BLOCK_FORMS), ...Object.keys(CODE_PARAMS)])
      expect(EXPLANATION_CODES as readonly string[]).toContain(code);
    for (const code of EXPLANATION_CODES) expect(code in BLOCK_FORMS || code in CODE_PARAMS, code).toBe(true);
  });
});

describe('finding texts: params', () => {
  it.each(LANGS)('%s: templates use only the params the rule or hop provides', (lng) => {
    const t = tree(lng);
    const bad: string[] = [];
    const allowed = allowedParams();
    for (const [key, params] of allowed) {
      for (const part of ['message', 'analogy', 'message_one', 'analogy_one']) {
        const text = get(t, `${key}.${part}`);
        if (typeof text !== 'string') continue;
        for (const p of placeholders(text)) if (!params.includes(p)) bad.push(`${key}.${part}: {{${p}}}`);
      }
    }
    for (const [key, text] of leaves(t)) {
      if (key.startsWith('value.') || key.endsWith('.title')) expect(placeholders(text), key).toEqual([]);
      if (key === 'traffic.ported') expect(placeholders(text).sort()).toEqual(['port', 'protocol']);
    }
    expect(bad).toEqual([]);
  });

  // The declared lists must match what the validator really emits: run it on the examples and on
  // random / mutated designs (seeded, so the run is deterministic).
  const designs: Design[] = [
    ...EXAMPLES.map(loadExample),
    ...fc.sample(mutatedDesign, { numRuns: 250, seed: 7 }),
    ...fc.sample(randomDesign, { numRuns: 150, seed: 11 }),
  ];

  it('RULE_PARAMS matches the params of every finding validate() emits', () => {
    const seen = new Set<string>();
    for (const d of designs) {
      for (const f of validate(d)) {
        const key = `${f.rule}.${f.variant}`;
        seen.add(key);
        expect(Object.keys(f.params).sort(), key).toEqual([...(RULE_PARAMS[key] ?? ['(undeclared)'])].sort());
        expect(f.params, `${key} must not emit "resource" (findingText sets it)`).not.toHaveProperty('resource');
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('every hop analyzeReachability emits matches a form whose params are exactly the hop params', () => {
    const answers: ReachabilityAnswer[] = [];
    for (const name of EXAMPLES) {
      const d = loadExample(name);
      const ends = [
        'internet',
        ...d.resources.filter((r) => ['instance', 'rds', 'loadBalancer', 'nat'].includes(r.kind)).map((r) => r.id),
      ];
      for (const from of ends)
        for (const to of ends)
          for (const port of [22, 443, 5432]) answers.push(analyzeReachability(d, { from, to, protocol: 'tcp', port }));
      answers.push(analyzeReachability(d, { from: ends[1]!, to: 'internet', protocol: 'all', port: 0 }));
      answers.push(analyzeReachability(d, { from: 'nowhere', to: 'internet', protocol: 'tcp', port: 1 }));
    }
    for (const d of fc.sample(mutatedDesign, { numRuns: 150, seed: 3 })) {
      const [from, to] = fc.sample(fc.tuple(endpointFor(d), endpointFor(d)), { numRuns: 1, seed: answers.length })[0]!;
      answers.push(analyzeReachability(d, { from: from as string, to: to as string, protocol: 'tcp', port: 443 }));
    }
    const codes = new Set<string>();
    const forms = new Set<string>();
    for (const h of answers.flatMap((a) => a.hops)) {
      const { key, params } = hopForm(h);
      forms.add(key);
      if (h.code) codes.add(h.code);
      const label = `${key} ← ${h.kind}/${h.verdict}/${h.direction}: ${h.detail}`;
      expect(key.startsWith('hop.generic'), label).toBe(false);
      if (h.code && BLOCK_FORMS[h.code]) expect(key, label).not.toBe(`code.${h.code}`);
      expect(Object.keys(h.params).sort(), label).toEqual([...params].sort());
    }
    expect(codes.size).toBeGreaterThan(5);
    expect(forms.size).toBeGreaterThan(20);
  });
});

describe('finding texts: rendering', () => {
  const render = (lng: 'en' | 'ko', f: Finding, nameOf?: (id: string) => string | undefined) => {
    const missing: string[] = [];
    const out = findingText(makeT(lng, missing), f, nameOf);
    expect(missing, `${f.rule}.${f.variant}`).toEqual([]);
    return out;
  };

  it('renders real findings of the examples with names, in both languages', () => {
    const d = loadExample('two-az-web-db.json');
    const f = validate(d).find((x) => x.rule === 'SG-007' && x.variant === 'default-egress')!;
    expect(f).toBeDefined();
    const nameOf = nameOfFor(d);
    expect(render('en', f, nameOf)).toEqual({
      title: 'Default outbound rule',
      message:
        'Security group web-sg allows all outbound traffic to 0.0.0.0/0. That is AWS’s default for every security group; narrow it where the group should reach only some destinations.',
      analogy:
        'The dog web-sg lets everyone in its house go out anywhere, on any road: that is how every dog starts out. Teach it otherwise if the house should only go to a few places.',
    });
    expect(render('ko', f, nameOf)).toEqual({
      title: '기본 아웃바운드 규칙',
      message:
        '보안 그룹 web-sg이(가) 0.0.0.0/0으로 나가는 모든 트래픽을 허용합니다. 모든 보안 그룹에 AWS가 기본으로 두는 규칙입니다. 일부 목적지에만 가야 하는 그룹이라면 좁히세요.',
      analogy:
        'web-sg 개는 집 안 사람이 어느 길로든 어디로든 나가게 둡니다. 모든 개가 처음에는 그렇게 배웁니다. 몇 곳에만 가야 하는 집이라면 개를 다시 가르치세요.',
    });

    const p = loadExample('peered-vpcs.json');
    const bp = validate(p).find((x) => x.rule === 'BP-001')!;
    const vpcName = nameOfFor(p)(bp.resource)!;
    expect(render('en', bp, nameOfFor(p)).analogy).toBe(
      `Every house of town ${vpcName} is in district us-east-1a: one flood there and the whole town is dark. Build in a second district too.`,
    );
    expect(render('ko', bp, nameOfFor(p)).message).toBe(
      `VPC ${vpcName}의 모든 워크로드가 가용 영역 하나(us-east-1a)에 있습니다. 그 가용 영역에 장애가 나면 모두 멈춥니다.`,
    );
  });

  it('renders NACL-003 (missing return rule) with translated directions', () => {
    const { b, vpc } = webApp();
    const acl = b.nacl(vpc, {
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [32768, 65535])],
    });
    const f = validate(b.build()).find((x) => x.rule === 'NACL-003')!;
    expect(f.resource).toBe(acl);
    const nameOf = (id: string) => (id === acl ? 'web-acl' : undefined);
    expect(render('en', f, nameOf).analogy).toBe(
      'Checkpoint web-acl lets the cars of rule 100 through, but turns back the replies: no outbound rule allows ports 1024-65535 for 0.0.0.0/0, and a checkpoint remembers nothing.',
    );
    expect(render('ko', f, nameOf).message).toBe(
      '네트워크 ACL web-acl: 인바운드 규칙 100번에 대응하는 아웃바운드 허용 규칙(0.0.0.0/0, tcp 1024-65535)이 없어 응답이 버려집니다(네트워크 ACL은 상태를 기억하지 않습니다).',
    );
  });

  it('renders every finding of many designs in both languages without missing params', () => {
    for (const d of [...EXAMPLES.map(loadExample), ...fc.sample(mutatedDesign, { numRuns: 60, seed: 5 })]) {
      for (const f of validate(d)) {
        for (const lng of LANGS) {
          const out = render(lng, f);
          for (const s of Object.values(out)) expect(s).not.toMatch(/\{\{/);
        }
      }
    }
  });

  it('falls back to the English message when a text is missing', () => {
    const fake = {
      rule: 'SG-006',
      severity: 'info',
      resource: 'sg-1',
      message: 'plain English',
      variant: 'no-such-variant',
      params: {},
    } as unknown as Finding;
    const out = findingText(makeT('ko'), fake);
    expect(out.message).toBe('plain English');
    expect(out.analogy).toBe('plain English');
    expect(out.title).toBe('보안 그룹 설명');
    const hop: Hop = {
      resource: 'x',
      kind: 'mystery',
      verdict: 'pass',
      detail: 'English detail',
      params: {},
      direction: 'forward',
    };
    expect(hopText(makeT('en'), hop).message).toBe('Passes x.');
    const emptyT = i18next.createInstance();
    void emptyT.init({ resources: {}, lng: 'en', initAsync: false });
    expect(hopText(emptyT.getFixedT('en'), hop)).toEqual({ message: 'English detail', analogy: 'English detail' });
  });

  describe('the blocked internet → database flow of two-az-web-db', () => {
    const d = loadExample('two-az-web-db.json');
    const flow = d.flows.find((f) => f.from === 'internet' && f.port === 5432)!;
    const a = analyzeReachability(d, flow);
    const blocked = a.hops.find((h) => h.verdict === 'block')!;
    const nameOf = nameOfFor(d);

    it('is blocked at the database for lack of a public address', () => {
      expect(a.reachable).toBe(false);
      expect(blocked.code).toBe('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS');
    });

    it('renders in English and Korean', () => {
      const missing: string[] = [];
      expect(hopText(makeT('en', missing), blocked, nameOf)).toEqual({
        message: 'postgres has no public IPv4 address, so internet gateway igw cannot deliver internet traffic to it.',
        analogy:
          'House postgres has no public street address, so tollgate igw cannot tell a car from the highway where to go.',
      });
      expect(hopText(makeT('ko', missing), blocked, nameOf)).toEqual({
        message: 'postgres에 공인 IPv4 주소가 없어, 인터넷 게이트웨이 igw에서 인터넷 트래픽을 전달할 수 없습니다.',
        analogy:
          'postgres 집에는 공인 주소가 없어서, igw 톨게이트가 고속도로에서 온 차에게 갈 곳을 알려 줄 수 없습니다.',
      });
      expect(missing).toEqual([]);
    });
  });

  it('renders passing and blocking hops of the example flows with the analogy terms', () => {
    const d = loadExample('single-public-web.json');
    const nameOf = nameOfFor(d);
    const ok = analyzeReachability(d, d.flows[0]!);
    const ssh = analyzeReachability(d, d.flows[1]!);
    const enT = makeT('en');
    const koT = makeT('ko');
    const nacl = ok.hops.find((h) => h.kind === 'nacl' && h.direction === 'forward')!;
    expect(hopText(enT, nacl, nameOf).analogy).toMatch(
      /^The checkpoint at neighbourhood \S+ lets the car through: inbound rule 100 allows tcp 443\.$/,
    );
    expect(hopText(koT, nacl, nameOf).analogy).toMatch(
      /^\S+ 동네의 검문소가 차를 통과시킵니다\. 인바운드 규칙 100번이 tcp 443 통행을 허용합니다\.$/,
    );
    const ret = ok.hops.find((h) => h.kind === 'nacl' && h.direction === 'return')!;
    // The return hop names the rule that allowed the replies, like every forward hop.
    expect(hopText(enT, ret, nameOf).message).toMatch(
      /: outbound rule 100 allows the replies \(tcp 1024-65535, peer 203\.0\.113\.1\)\.$/,
    );
    expect(hopText(koT, ret, nameOf).message).toMatch(
      /아웃바운드 규칙 100번이 응답을 허용합니다\(tcp 1024-65535, 상대 203\.0\.113\.1\)\.$/,
    );
    const block = ssh.hops.at(-1)!;
    expect(block.code).toBe('ENI_SG_RULES_MISMATCH');
    expect(hopText(enT, block, nameOf).analogy).toMatch(
      /^The dog at \S+ does not let it pass: none of its inbound rules allows tcp 22 with 203\.0\.113\.1\.$/,
    );
    expect(hopText(koT, block, nameOf).analogy).toMatch(
      /집 앞 개가 지나가게 두지 않습니다\. 203\.0\.113\.1 상대로 tcp 22을\(를\) 허용하는 인바운드 규칙이 없습니다\.$/,
    );
    for (const a of [ok, ssh]) {
      for (const h of a.hops) {
        for (const t of [enT, koT]) {
          const out = hopText(t, h, nameOf);
          expect(out.message).not.toBe(h.detail);
          expect(out.analogy).not.toMatch(/\{\{|undefined/);
        }
      }
    }
  });
});

describe('finding texts: no grammar defects with one item or several', () => {
  /** Params whose value is a comma-separated list. */
  const LISTS = new Set([
    'tables',
    'nacls',
    'igws',
    'members',
    'subnets',
    'others',
    'groups',
    'securityGroups',
    'by',
    'zones',
    'listeners',
    'vpcBlocks',
    'peerBlocks',
    'rule',
    'matched',
  ]);
  const SAMPLE: Record<string, string | number> = {
    cidr: '10.0.0.0/16',
    otherCidr: '10.0.0.0/24',
    destination: '0.0.0.0/0',
    local: '10.0.0.0/16',
    ip: '10.0.1.9',
    address: '10.0.1.9',
    source: '10.0.0.5',
    publicIp: 'elastic',
    translatedSource: '10.0.0.4',
    eip: '203.0.113.10',
    from: '203.0.113.1',
    first: '10.0.1.4',
    last: '10.0.1.254',
    direction: 'inbound',
    returnDirection: 'outbound',
    action: 'allow',
    protocol: 'tcp',
    targetKind: 'subnet',
    zone: 'us-east-1a',
    natZone: 'us-east-1b',
    region: 'us-east-1',
    otherRegion: 'eu-west-1',
    reason: '172.16.0.0/12',
    primary: '10.0.0.0/16',
    alternative: '0.0.0.0/0 → nat-1',
    expected: 'pcx-1',
    endpoint: 'i-nope',
    port: 443,
    dbPort: 5432,
    number: 100,
    prefix: 30,
    quota: 5,
    usable: 11,
    fromPort: 1024,
    toPort: 65535,
  };
  const value = (param: string, n: number, key: string): string | number => {
    if (param === 'count') return n;
    // NACL-002's `rule` is the described rule; in hops a rule number (or a list of them).
    if (param === 'rule' && key.startsWith('NACL-002')) return 'rule 100: allow tcp 22 from 0.0.0.0/0';
    // A hop's `rule` is a list only where several rules share the ephemeral range (return hops).
    const listed = LISTS.has(param) && (param !== 'rule' || key.startsWith('hop.nacl.return'));
    if (listed) return Array.from({ length: n }, (_, i) => `${param}-L${i + 1}`).join(', ');
    return SAMPLE[param] ?? `${param}-1`;
  };
  const nameOf = (id: string) => (/^[a-zA-Z]+-\d+$/.test(id) ? `${id.replace(/-\d+$/, '')}-name` : undefined);

  const PLURAL_NOUNS =
    'routes|rules|groups|subnets|tables|zones|Zones|gateways|houses|districts|neighbourhoods|blocks|ACLs|interfaces|dogs|checkpoints';
  const SINGULAR_NOUNS = 'group|rule|subnet|table|zone|Zone|gateway|house|district|neighbourhood|dog|checkpoint';
  function defects(text: string, one: boolean, lng: 'en' | 'ko'): string[] {
    const out: string[] = [];
    const check = (re: RegExp, what: string) => re.test(text) && out.push(`${what}: ${text}`);
    check(/\{\{|undefined|\bnull\b|NaN/, 'unfilled');
    check(/""|“”|‘’|\(\s*\)|\(\s*,|,\s*\)/, 'empty quotes or parentheses');
    check(/\(s\)|\(es\)/, 'plural hack');
    check(/ {2}/, 'double space');
    if (lng === 'en') {
      check(new RegExp(`(^|\\s)1 ([\\w-]+ ){0,2}(${PLURAL_NOUNS})\\b`), '"1 <plural>"');
      check(/(^|\s)[aA] [aeioAEIO]\w/, '"a" before a vowel');
      check(/(^|\s)an [b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\w/, '"an" before a consonant');
      if (one) check(new RegExp(`\\b(${PLURAL_NOUNS}) \\S+-L1\\b(?!,)`), 'plural noun before one item');
      else check(new RegExp(`\\b(${SINGULAR_NOUNS}) \\S+-L1, `), 'singular noun before a list');
      if (one) check(/\b(groups|rules)\b[^.;:]*\b(have|allow|decide)\b/, 'plural verb with one item');
    }
    return out;
  }

  const keysWith = (params: readonly string[]) => params.includes('count') || params.some((p) => LISTS.has(p));
  /** Counts a rule only emits above a floor (a quota exceeded, "more than one"): tried at the floor and above. */
  const FLOOR: Record<string, number> = {
    'CIDR-004.too-many-blocks': 6,
    'SUB-004.over-capacity': 12,
    'TOP-003.multiple-route-tables': 2,
    'TOP-003.multiple-nacls': 2,
    'RT-001.multiple-main': 2,
    'IGW-001.multiple-igws': 2,
    'SG-004.too-many-sgs': 6,
  };
  const counts = (key: string, params: readonly string[]) => {
    if (!keysWith(params)) return [1];
    const floor = FLOOR[key];
    return floor ? [floor, floor + 2] : [1, 3];
  };

  it.each(LANGS)('%s: every rule variant reads well with one item and with several', (lng) => {
    const t = makeT(lng);
    const bad: string[] = [];
    for (const v of RULE_VARIANTS) {
      const params = RULE_PARAMS[v.key] ?? [];
      for (const n of counts(v.key, params)) {
        const p: Record<string, string | number> = {};
        for (const k of params) p[k] = value(k, n, v.key);
        const f = {
          rule: v.rule,
          severity: v.severity,
          resource: 'res-1',
          message: '',
          variant: v.variant,
          params: p,
        } as Finding;
        const text = findingText(t, f, nameOf);
        for (const s of [text.message, text.analogy])
          bad.push(...defects(s, n === 1, lng).map((d) => `${v.key} (${n}): ${d}`));
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(LANGS)('%s: every hop and explanation-code text reads well with one item and with several', (lng) => {
    const t = makeT(lng);
    const bad: string[] = [];
    for (const [key, params] of allowedParams()) {
      if (RULE_VARIANTS.some((v) => v.key === key)) continue;
      for (const n of keysWith(params) ? [1, 3] : [1]) {
        const hop: Hop = {
          resource: 'at-1',
          kind: 'x',
          verdict: 'pass',
          detail: '',
          direction: 'forward',
          params: Object.fromEntries(
            params.filter((k) => !['at', 'traffic', 'ports'].includes(k)).map((k) => [k, value(k, n, key)]),
          ),
        };
        const p = hopParams(t, hop, nameOf);
        for (const part of ['message', 'analogy']) {
          const text = t(`${key}.${part}`, { ...p, ns: FINDINGS_NS, interpolation: { escapeValue: false } });
          bad.push(...defects(text, n === 1, lng).map((d) => `${key}.${part} (${n}): ${d}`));
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('real findings of the examples and of a NAT gateway without a default route read well', () => {
    const { b, pubA, publicRt } = webApp();
    b.patch(publicRt, { routes: [{ id: 'l', destination: '10.0.0.0/16', target: 'local' }] });
    expect(pubA).toBeTruthy();
    const designs = [...EXAMPLES.map(loadExample), b.build()];
    const seen = new Set<string>();
    for (const d of designs) {
      const names = nameOfFor(d);
      for (const f of validate(d)) {
        seen.add(`${f.rule}.${f.variant}`);
        for (const lng of LANGS) {
          const out = findingText(makeT(lng), f, names);
          for (const s of [out.message, out.analogy])
            expect(defects(s, false, lng).filter((x) => !/noun|verb/.test(x))).toEqual([]);
        }
        expect(f.message).not.toMatch(/""|\(s\)|\b1 (routes|rules|groups)\b/);
      }
    }
    expect(seen).toContain('NAT-002.no-default-route');
  });
});

describe('finding texts: where the analysis leaves the design, and protocol numbers', () => {
  /** Answers with every new hop: exits, unknown externals, unknown and tied prefix lists, protocol 50. */
  function answers(): ReachabilityAnswer[] {
    const { b, vpc, publicRt, web, webSg } = webApp();
    prefixList(b, 'pl-unknown', null);
    prefixList(b, 'pl-a', ['198.18.1.0/24']);
    prefixList(b, 'pl-b', ['198.18.1.0/24']);
    external(b, 'vgw-1', 'vpn-gateway', [vpc]);
    external(b, 'tgw-1', 'transit-gateway', [vpc]);
    const rt = b.get(publicRt) as Extract<Design['resources'][number], { kind: 'routeTable' }>;
    const routes = (extra: [string, string][]) => [
      ...rt.routes,
      ...extra.map(([destination, target], i) => ({ id: `x-${i}`, destination, target })),
    ];
    const out: ReachabilityAnswer[] = [];
    const ask = (from: string, to: string, protocol: 'tcp' | number = 'tcp') =>
      out.push(analyzeReachability(b.build(), { from, to, protocol, port: 443 }));
    b.patch(publicRt, {
      routes: routes([
        ['172.16.0.0/12', 'vgw-1'],
        ['192.168.0.0/16', 'tgw-1'],
      ]),
    });
    ask(web, '172.16.0.1');
    ask(web, '192.168.0.1');
    b.patch(publicRt, {
      routes: routes([
        ['pl-a', 'vgw-1'],
        ['pl-b', 'tgw-1'],
      ]),
    });
    ask(web, '198.18.1.1');
    b.patch(publicRt, { routes: routes([['pl-unknown', 'vgw-1']]) });
    ask(web, '198.18.1.1');
    b.patch(publicRt, { routes: rt.routes });
    b.patch(webSg, { ingress: [plRule('tcp', 443, 'pl-unknown'), withProtocol(sgRule('tcp', 0, '0.0.0.0/0'), 50)] });
    ask('198.18.1.1', web);
    ask('198.18.1.1', web, 50);
    const n = new DesignBuilder();
    const v = n.vpc(n.region(), '10.0.0.0/16');
    const az = n.az(v);
    const s1 = n.subnet(az, '10.0.1.0/24');
    const s2 = n.subnet(az, '10.0.2.0/24');
    n.routeTable(v, { main: true });
    n.nacl(v, { rules: [withProtocol(naclRule(100, 'inbound', 'allow', 'tcp', 0), 50)], subnets: [s2] });
    const i1 = n.instance(s1, { securityGroupIds: [n.sg(v, { egress: [allOut()] })] });
    const i2 = n.instance(s2, { securityGroupIds: [n.sg(v, { ingress: [{ ...allOut(), id: 'in' }] })] });
    out.push(analyzeReachability(n.build(), { from: i1, to: i2, protocol: 50, port: 0 }));
    return out;
  }

  it('every new hop matches a form with exactly its params, and renders in both languages', () => {
    const all = answers();
    expect(all.map((a) => a.outcome)).toEqual([
      'exits',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'delivered',
      'blocked',
    ]);
    const keys = new Set<string>();
    for (const h of all.flatMap((a) => a.hops)) {
      const { key, params } = hopForm(h);
      keys.add(key);
      expect(key.startsWith('hop.generic'), `${key}: ${h.detail}`).toBe(false);
      expect(Object.keys(h.params).sort(), key).toEqual([...params].sort());
      for (const lng of LANGS) {
        const missing: string[] = [];
        const text = hopText(makeT(lng, missing), h);
        expect(missing, `${lng} ${key}`).toEqual([]);
        expect(text.message).not.toMatch(/\{\{/);
      }
    }
    for (const k of [
      'hop.external.exits',
      'hop.external.unknown',
      'hop.routeTable.prefixListTie',
      'hop.routeTable.prefixListUnknown',
      'hop.securityGroup.prefixListUnknown',
    ])
      expect(keys).toContain(k);
  });

  it('says where the traffic leaves, and names protocol numbers, in English and Korean', () => {
    const [exits, , , , , esp, espBlocked] = answers();
    const leave = exits!.hops.at(-1)!;
    expect(hopText(makeT('en'), leave).message).toBe(
      'The traffic leaves the design at vgw-1 (vpn-gateway), towards a VPN; VPC Town does not model what happens next.',
    );
    expect(hopText(makeT('ko'), leave).message).toBe(
      '트래픽이 vgw-1(vpn-gateway)에서 설계 밖으로, VPN 쪽으로 나갑니다. 그다음에 일어나는 일은 VPC Town이 모델링하지 않습니다.',
    );
    const sg = esp!.hops.find((h) => h.kind === 'securityGroup')!;
    expect(hopText(makeT('en'), sg).message).toContain('allows protocol 50 (ESP) with 198.18.1.1');
    expect(hopText(makeT('ko'), sg).message).toContain('프로토콜 50(ESP)');
    const block = espBlocked!.hops.at(-1)!;
    expect(block.direction).toBe('return');
    expect(hopText(makeT('en'), block).message).toContain('protocol 50 (ESP)');
  });
});

describe('finding texts: a network ACL rule whose block is not known', () => {
  /** Internet → web on 443 over IPv4, through a rule of unknown block inbound (forward) or outbound (replies). */
  function answers(): ReachabilityAnswer[] {
    const out: ReachabilityAnswer[] = [];
    for (const unknownOut of [false, true]) {
      const { b, vpc, pubA, web } = webApp();
      b.nacl(vpc, {
        rules: [
          naclRule(100, 'inbound', unknownOut ? 'allow' : 'deny', 'tcp', 443, unknownOut ? '0.0.0.0/0' : 'unknown'),
          naclRule(200, 'inbound', 'allow', 'all', 0),
          naclRule(100, 'outbound', 'deny', 'tcp', [1024, 65535], unknownOut ? 'unknown' : '0.0.0.0/0'),
          naclRule(200, 'outbound', 'allow', 'all', 0),
        ],
        subnets: [pubA],
      });
      out.push(analyzeReachability(b.build(), { from: 'internet', to: web, protocol: 'tcp', port: 443 }));
    }
    return out;
  }

  it('forward and replies: each hop has its own form, exactly its params, in both languages, not a prefix list text', () => {
    const all = answers();
    expect(all.map((a) => a.outcome)).toEqual(['unknown', 'unknown']);
    const hops = all.map((a) => a.hops.at(-1)!);
    expect(hops.map((h) => hopForm(h).key)).toEqual(['hop.nacl.blockUnknown', 'hop.nacl.blockUnknownReplies']);
    for (const h of hops) {
      const { key, params } = hopForm(h);
      expect(Object.keys(h.params).sort(), key).toEqual([...params].sort());
      for (const lng of LANGS) {
        const missing: string[] = [];
        const text = hopText(makeT(lng, missing), h);
        expect(missing, `${lng} ${key}`).toEqual([]);
        expect(text.message).not.toMatch(/\{\{|prefix list|접두사/);
        expect(text.message).toContain('100');
      }
    }
    expect(hopText(makeT('en'), hops[0]!).message).toBe(
      `Network ACL ${hops[0]!.params.acl} of ${hops[0]!.params.subnet}: inbound rule 100 names a block that is not in the design, so whether it decides tcp 443 with 203.0.113.1 is not known.`,
    );
  });
});
