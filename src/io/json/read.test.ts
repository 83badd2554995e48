import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { designArbitrary } from './arbitrary.ts';
import { MAX_DESIGN_BYTES, formatPath, lineColumn, parseDesignJson, utf8Length } from './read.ts';

const pos = { x: 0, y: 0 };
const size = { width: 100, height: 100 };

/** A small, valid design; tests mutate a JSON copy of it. */
function sample(): Record<string, any> {
  return {
    format: 'vpc-town',
    version: 2,
    name: 'Test',
    resources: [
      { kind: 'region', id: 'region-1', name: 'us-east-1', parent: null, position: pos, size, code: 'us-east-1' },
      {
        kind: 'vpc',
        id: 'vpc-1',
        name: 'main',
        parent: 'region-1',
        position: pos,
        size,
        cidrBlocks: ['10.0.0.0/16'],
        flowLogs: true,
        isDefault: false,
      },
      { kind: 'az', id: 'az-1', name: 'a', parent: 'vpc-1', position: pos, size, zone: 'us-east-1a' },
      {
        kind: 'subnet',
        id: 'subnet-1',
        name: 'public',
        parent: 'az-1',
        position: pos,
        size,
        cidr: '10.0.0.0/24',
        mapPublicIpOnLaunch: true,
      },
      { kind: 'igw', id: 'igw-1', name: 'igw', parent: 'vpc-1', position: pos },
      {
        kind: 'routeTable',
        id: 'rtb-1',
        name: 'public',
        parent: 'vpc-1',
        position: pos,
        main: true,
        routes: [
          { id: 'r-1', destination: '10.0.0.0/16', target: 'local' },
          { id: 'r-2', destination: '0.0.0.0/0', target: 'igw-1' },
        ],
        subnetIds: ['subnet-1'],
      },
      {
        kind: 'securityGroup',
        id: 'sg-1',
        name: 'web',
        parent: 'vpc-1',
        position: pos,
        description: 'web',
        isDefault: false,
        ingress: [
          {
            id: 'sgr-1',
            protocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            cidr: '0.0.0.0/0',
            sourceSg: null,
            description: 'https',
          },
        ],
        egress: [
          {
            id: 'sgr-2',
            protocol: 'all',
            fromPort: 0,
            toPort: 65535,
            cidr: null,
            sourceSg: 'sg-1',
            description: 'self',
          },
        ],
      },
      {
        kind: 'instance',
        id: 'i-1',
        name: 'web',
        parent: 'subnet-1',
        position: pos,
        instanceType: 't3.micro',
        privateIp: null,
        publicIp: 'auto',
        elasticIp: null,
        securityGroupIds: ['sg-1'],
      },
    ],
    flows: [{ id: 'flow-1', from: 'internet', to: 'i-1', protocol: 'tcp', port: 443, label: 'https' }],
  };
}

const parse = (doc: unknown) => parseDesignJson(JSON.stringify(doc));
function errorsOf(doc: unknown) {
  const r = parse(doc);
  if (r.ok) throw new Error(`expected errors, got a design with warnings ${JSON.stringify(r.warnings)}`);
  return r.errors;
}
function okOf(doc: unknown) {
  const r = parse(doc);
  if (!r.ok) throw new Error(`expected a design, got ${JSON.stringify(r.errors)}`);
  return r;
}
const res = (d: Design, id: string) => d.resources.find((r) => r.id === id) as any;

describe('parseDesignJson: accepts', () => {
  it('a valid design, unchanged and without warnings', () => {
    const r = okOf(sample());
    expect(r.warnings).toEqual([]);
    expect(r.design).toEqual(sample());
  });

  it('a UTF-8 byte-order mark before the JSON', () => {
    expect(parseDesignJson(`\uFEFF${JSON.stringify(sample())}`).ok).toBe(true);
  });

  it('returns resources parents-first even when the file lists children first', () => {
    const doc = sample();
    doc.resources.reverse();
    const ids = okOf(doc).design.resources.map((r) => r.id);
    for (const [child, parent] of [
      ['vpc-1', 'region-1'],
      ['az-1', 'vpc-1'],
      ['subnet-1', 'az-1'],
      ['i-1', 'subnet-1'],
    ]) {
      expect(ids.indexOf(parent!)).toBeLessThan(ids.indexOf(child!));
    }
  });
});

describe('parseDesignJson: refuses', () => {
  it('files over 10 MB before parsing, saying how big the file is', () => {
    const text = `{"name":"${'x'.repeat(Math.round(52.4 * 1024 * 1024))}"}`;
    const errors = (parseDesignJson(text) as { errors: { message: string }[] }).errors;
    expect(errors[0]!.message).toBe('The file is 52.5 MB; VPC Town opens designs up to 10 MB.');
  });

  it('counts bytes, not characters, for the limit', () => {
    // 4 MB of a 3-byte character is 12 MB on disk.
    const text = JSON.stringify({ ...sample(), name: '가'.repeat(4 * 1024 * 1024) });
    expect(text.length).toBeLessThan(MAX_DESIGN_BYTES);
    const r = parseDesignJson(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^The file is 12\.\d MB/);
  });

  it('non-JSON, with the line and column when the parser gives a position', () => {
    const r = parseDesignJson('{\n  "format": "vpc-town",\n  "version" 1\n}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^The file is not valid JSON at line 3, column 13/);
  });

  it('a cut-off file, saying so', () => {
    const text = JSON.stringify(sample());
    const r = parseDesignJson(text.slice(0, text.length - 10));
    expect(!r.ok && r.errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('an empty file', () => {
    expect(parseDesignJson('  ')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/empty/) }],
    });
  });

  it('JSON that is not an object', () => {
    expect(!parseDesignJson('[1,2]').ok && (parseDesignJson('[1,2]') as any).errors[0].message).toMatch(
      /holds a list, not a VPC Town design/,
    );
    expect((parseDesignJson('42') as any).errors[0].message).toMatch(/holds a number/);
  });

  it('a wrong or missing format', () => {
    expect(errorsOf({ ...sample(), format: 'excalidraw' })).toEqual([
      { path: 'format', message: expect.stringContaining('"format": "excalidraw"') },
    ]);
    const { format: _f, ...noFormat } = sample();
    expect(errorsOf(noFormat)[0]!.message).toMatch(/has no "format" field/);
  });

  it('a version from a newer VPC Town', () => {
    expect(errorsOf({ ...sample(), version: 7 })).toEqual([
      { path: 'version', message: expect.stringContaining('made by a newer VPC Town') },
    ]);
  });

  it('a version that is not a whole number', () => {
    expect(errorsOf({ ...sample(), version: '1' })[0]!.path).toBe('version');
    expect(errorsOf({ ...sample(), version: 0.5 })[0]!.path).toBe('version');
  });

  it('schema errors, with a JSON path and the resource they are in', () => {
    const doc = sample();
    doc.resources[3].cidr = 24;
    const errors = errorsOf(doc);
    expect(errors).toEqual([
      { path: 'resources[3].cidr', message: 'resources[3].cidr (subnet subnet-1): expected text, found 24.' },
    ]);
  });

  it('a missing field, naming it', () => {
    const doc = sample();
    delete doc.resources[1].flowLogs;
    expect(errorsOf(doc)).toEqual([
      {
        path: 'resources[1].flowLogs',
        message: 'resources[1] (vpc vpc-1): the field "flowLogs" is missing; it should be true or false.',
      },
    ]);
  });

  it('an unknown kind, listing the known ones', () => {
    const doc = sample();
    doc.resources[4].kind = 'carrierGateway';
    const [e] = errorsOf(doc);
    expect(e!.path).toBe('resources[4].kind');
    expect(e!.message).toMatch(/"carrierGateway" is not a kind VPC Town knows; use one of region, vpc/);
  });

  it('ports outside 0-65535 and non-numeric ports', () => {
    const doc = sample();
    doc.resources[6].ingress[0].fromPort = 70000;
    doc.flows[0].port = '443';
    const errors = errorsOf(doc);
    expect(errors.map((e) => e.path)).toEqual(['resources[6].ingress[0].fromPort', 'flows[0].port']);
    expect(errors[0]!.message).toMatch(/between 0 and 65535.*70000/);
  });

  it("a NACL rule number that is not a whole number (its range is the validator's job)", () => {
    const doc = sample();
    const rule = {
      id: 'aclr-1',
      number: 100,
      direction: 'inbound',
      action: 'allow',
      protocol: 'all',
      fromPort: 0,
      toPort: 65535,
      cidr: '0.0.0.0/0',
    };
    doc.resources.push({
      kind: 'nacl',
      id: 'acl-1',
      name: 'n',
      parent: 'vpc-1',
      position: pos,
      isDefault: true,
      rules: [rule],
      subnetIds: [],
    });
    expect(okOf(doc).warnings).toEqual([]);
    rule.number = 99999; // out of AWS's range, but a number: accepted, the validator reports it
    expect(okOf(doc).warnings).toEqual([]);
    (rule as any).number = 'one hundred';
    expect(errorsOf(doc)[0]!.path).toBe('resources[8].rules[0].number');
    rule.number = 100.5;
    expect(errorsOf(doc)[0]!.path).toBe('resources[8].rules[0].number');
  });

  it('an enum value outside its set', () => {
    const doc = sample();
    doc.resources[7].publicIp = 'yes';
    expect(errorsOf(doc)[0]).toEqual({
      path: 'resources[7].publicIp',
      message: 'resources[7].publicIp (instance i-1): "yes" is not allowed here; use one of "none", "auto", "elastic".',
    });
  });

  it('an SG rule with both or neither of cidr and sourceSg', () => {
    const doc = sample();
    doc.resources[6].ingress[0].sourceSg = 'sg-1';
    expect(errorsOf(doc)[0]!.path).toBe('resources[6].ingress[0]');
    doc.resources[6].ingress[0].sourceSg = null;
    doc.resources[6].ingress[0].cidr = null;
    expect(errorsOf(doc)[0]!.message).toMatch(/exactly one of `cidr`, `sourceSg` and `prefixListId`/);
  });

  it('duplicate resource ids', () => {
    const doc = sample();
    doc.resources[4].id = 'rtb-1';
    doc.resources[5].routes[1].target = 'local';
    expect(errorsOf(doc)).toEqual([
      { path: 'resources[5].id', message: expect.stringContaining('"rtb-1" is already used by resources[4]') },
    ]);
  });

  it('reserved ids', () => {
    const doc = sample();
    doc.resources[4].id = 'local';
    doc.resources[5].routes[1].target = 'local';
    expect(errorsOf(doc)[0]).toMatchObject({ path: 'resources[4].id', message: expect.stringContaining('reserved') });
    doc.resources[4].id = '10.0.0.1';
    expect(errorsOf(doc)[0]!.message).toMatch(/looks like an IPv4 address/);
  });

  it('a dangling parent', () => {
    const doc = sample();
    doc.resources[3].parent = 'az-gone';
    expect(errorsOf(doc)).toEqual([
      { path: 'resources[3].parent', message: expect.stringContaining('its parent "az-gone" is not in the design') },
    ]);
  });

  it('parent cycles, once per cycle', () => {
    const doc = sample();
    doc.resources[0].parent = 'subnet-1'; // region → subnet → az → vpc → region
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/parents form a loop \(region-1 → subnet-1 → az-1 → vpc-1 → region-1\)/);
    const self = sample();
    self.resources[4].parent = 'igw-1';
    expect(errorsOf(self)[0]!.message).toMatch(/loop \(igw-1 → igw-1\)/);
  });

  it('caps the number of messages', () => {
    const doc = sample();
    doc.flows = Array.from({ length: 300 }, () => ({}));
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(101);
    expect(errors[100]!.message).toMatch(/…and \d+ more problems/);
  });
});

describe('parseDesignJson: repairs with a warning', () => {
  it('drops unknown keys, saying where', () => {
    const doc = sample();
    doc.theme = 'dark';
    doc.resources[1].tags = { env: 'prod' };
    const r = okOf(doc);
    expect(r.design).toEqual(sample());
    expect(r.warnings).toEqual([
      'resources[1] (vpc vpc-1): ignored the unknown field "tags".',
      'the top level: ignored the unknown field "theme".',
    ]);
  });

  it('never lets __proto__, constructor or prototype keys pollute anything', () => {
    const text = JSON.stringify(sample())
      .replace(
        '"name":"Test"',
        '"name":"Test","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}',
      )
      .replace('"cidr":"10.0.0.0/24"', '"cidr":"10.0.0.0/24","__proto__":{"polluted":true}');
    const r = parseDesignJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(({} as any).polluted).toBeUndefined();
    expect((r.design as any).polluted).toBeUndefined();
    expect((r.design.resources[3] as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.design)).toBe(Object.prototype);
    expect(Object.hasOwn(r.design, '__proto__')).toBe(false);
    expect(r.warnings).toHaveLength(4);
    expect(r.warnings[0]).toMatch(/"__proto__"/);
  });

  it('accepts ids named after Object.prototype members', () => {
    const doc = sample();
    doc.resources[4].id = 'constructor';
    doc.resources[5].routes[1].target = 'constructor';
    doc.resources.push({ kind: 'igw', id: '__proto__', name: 'x', parent: 'toString', position: pos });
    expect(errorsOf(doc)[0]!.message).toMatch(/parent "toString" is not in the design/);
    doc.resources[8].parent = 'vpc-1';
    expect(okOf(doc).design.resources.map((r) => r.id)).toContain('__proto__');
  });

  it('keeps a route to a missing target as a blackhole', () => {
    const doc = sample();
    doc.resources[5].routes[1].target = 'nat-gone';
    const r = okOf(doc);
    expect(res(r.design, 'rtb-1').routes[1].target).toBe('nat-gone');
    expect(r.warnings).toEqual([expect.stringMatching(/route to 0\.0\.0\.0\/0 targets "nat-gone".*blackhole/)]);
  });

  it('drops subnetIds entries that are missing, of the wrong kind, or repeated', () => {
    const doc = sample();
    doc.resources[5].subnetIds = ['subnet-1', 'subnet-gone', 'vpc-1', 'subnet-1'];
    const r = okOf(doc);
    expect(res(r.design, 'rtb-1').subnetIds).toEqual(['subnet-1']);
    expect(r.warnings).toEqual([
      expect.stringContaining('removed "subnet-gone" from subnetIds: there is no subnet with that id'),
      expect.stringContaining('removed "vpc-1" from subnetIds: it is a vpc, not a subnet'),
      expect.stringContaining('"subnet-1" was listed twice in subnetIds'),
    ]);
  });

  it('drops securityGroupIds entries that are not security groups', () => {
    const doc = sample();
    doc.resources[7].securityGroupIds = ['sg-gone', 'sg-1'];
    const r = okOf(doc);
    expect(res(r.design, 'i-1').securityGroupIds).toEqual(['sg-1']);
    expect(r.warnings).toEqual([
      expect.stringContaining('resources[7] (instance i-1): removed "sg-gone" from securityGroupIds'),
    ]);
  });

  it('drops an SG rule whose sourceSg is missing (dropping an allow rule never opens traffic)', () => {
    const doc = sample();
    doc.resources[6].egress[0].sourceSg = 'sg-gone';
    const r = okOf(doc);
    expect(res(r.design, 'sg-1').egress).toEqual([]);
    expect(res(r.design, 'sg-1').ingress).toHaveLength(1);
    expect(r.warnings).toEqual([expect.stringContaining('removed egress rule 1 (sgr-2)')]);
  });

  it('unsets a peering side that is not a VPC', () => {
    const doc = sample();
    doc.resources.push({
      kind: 'peering',
      id: 'pcx-1',
      name: 'p',
      parent: null,
      position: pos,
      requesterVpcId: 'vpc-1',
      accepterVpcId: 'subnet-1',
    });
    const r = okOf(doc);
    expect(res(r.design, 'pcx-1')).toMatchObject({ requesterVpcId: 'vpc-1', accepterVpcId: null });
    expect(r.warnings).toEqual([expect.stringContaining('accepterVpcId "subnet-1" is not a VPC')]);
  });

  it('drops flows whose endpoint is not internet, an IPv4 address or a resource', () => {
    const doc = sample();
    doc.flows.push(
      { id: 'flow-2', from: '203.0.113.9', to: 'i-1', protocol: 'tcp', port: 22, label: 'ssh' },
      { id: 'flow-3', from: 'i-gone', to: 'i-1', protocol: 'tcp', port: 22, label: 'ghost' },
    );
    const r = okOf(doc);
    expect(r.design.flows.map((f) => f.id)).toEqual(['flow-1', 'flow-2']);
    expect(r.warnings).toEqual([expect.stringMatching(/^flows\[2\] \(flow-3 "ghost"\): removed, because "i-gone"/)]);
  });

  it('renames duplicate record ids', () => {
    const doc = sample();
    doc.resources[5].routes[1].id = 'r-1';
    doc.flows[0].id = 'r-1';
    const r = okOf(doc);
    expect(res(r.design, 'rtb-1').routes.map((x: any) => x.id)).toEqual(['r-1', 'r-1-2']);
    expect(r.design.flows[0]!.id).toBe('r-1-3');
    expect(r.warnings).toHaveLength(2);
  });
});

/** parseDesignJson turns an internal exception into this message; no input should reach it. */
const INTERNAL = /could not read this design/;
const noInternalError = (r: ReturnType<typeof parseDesignJson>) => {
  if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(INTERNAL);
};

describe('parseDesignJson: robustness', () => {
  it('never fails internally, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = parseDesignJson(text);
        expect(r.ok).toBe(false);
        noInternalError(r);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on mutated valid designs, and every error has a message', () => {
    const mutated = designArbitrary().chain((d) => {
      const text = JSON.stringify(d);
      return fc
        .tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.string({ maxLength: 8 }), fc.nat({ max: 8 }))
        .map(([at, insert, del]) => text.slice(0, at) + insert + text.slice(at + del));
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const r = parseDesignJson(text);
        noInternalError(r);
        if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on JSON values of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const doc = { format: 'vpc-town', version: 1, name: 'x', resources: [v], flows: [v] };
        expect(parse(doc).ok).toBe(false);
        noInternalError(parse(doc));
        noInternalError(parse(v));
      }),
      { numRuns: 100 },
    );
  });
});

describe('helpers', () => {
  it('formatPath', () => {
    expect(formatPath(['resources', 3, 'cidr'])).toBe('resources[3].cidr');
    expect(formatPath(['flows', 0])).toBe('flows[0]');
    expect(formatPath(['a b'])).toBe('["a b"]');
    expect(formatPath([])).toBe('');
  });

  it('lineColumn', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('utf8Length matches TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (s) => {
        // TextEncoder turns a lone surrogate into U+FFFD (3 bytes), as utf8Length counts it.
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDesignJson: big inputs', () => {
  const leafAt = (i: number, parent: string) => ({
    kind: 'instance',
    id: `i-big-${i}`,
    name: `web ${i}`,
    parent,
    position: pos,
    instanceType: 't3.micro',
    privateIp: null,
    publicIp: 'none',
    elasticIp: null,
    securityGroupIds: ['sg-1'],
  });

  // No timing is asserted (speed lives in `npm run bench`); the test timeout catches a hang or a
  // quadratic blow-up, which at this size would take minutes.
  it('opens a design of tens of thousands of resources', { timeout: 30_000 }, () => {
    const doc = sample();
    for (let i = 0; i < 40_000; i++) doc.resources.push(leafAt(i, 'subnet-1'));
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_DESIGN_BYTES);
    const r = parseDesignJson(text);
    expect(r.ok && r.design.resources).toHaveLength(40_008);
  });

  it('refuses a very long parent chain without overflowing the stack or hanging', { timeout: 30_000 }, () => {
    const doc = sample();
    for (let i = 0; i < 30_000; i++) doc.resources.push({ ...leafAt(i, i === 0 ? 'subnet-1' : `i-big-${i - 1}`) });
    const r = parseDesignJson(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      {
        path: expect.stringMatching(/^resources\[\d+\]\.parent$/),
        message: expect.stringContaining('nested more than 32 containers deep'),
      },
    ]);
  });

  it('reports one loop in a long cycle, once', () => {
    const doc = sample();
    for (let i = 0; i < 20_000; i++) doc.resources.push(leafAt(i, `i-big-${(i + 1) % 20_000}`));
    const r = parseDesignJson(JSON.stringify(doc));
    expect(!r.ok && r.errors).toHaveLength(1);
    expect(!r.ok && r.errors[0]!.message).toMatch(
      /parents form a loop \(i-big-0 → i-big-1 → .* 19996 more .* → i-big-0\)/,
    );
    expect(!r.ok && r.errors[0]!.message.length).toBeLessThan(400);
  });
});
