import { describe, expect, it } from 'vitest';
import { DESIGN_VERSION } from '../../model/types.ts';
import { MIGRATIONS, migrateToCurrent } from './migrations.ts';
import { parseDesignJson } from './read.ts';

const pos = { x: 0, y: 0 };
const size = { width: 400, height: 300 };

/** A design as the version 0 prototype saved it. */
function v0(): Record<string, any> {
  return {
    format: 'vpc-town',
    version: 0,
    name: 'Old design',
    nodes: [
      { kind: 'region', id: 'region-1', name: 'r', parent: null, position: pos, size, code: 'us-east-1' },
      {
        kind: 'vpc',
        id: 'vpc-1',
        name: 'v',
        parent: 'region-1',
        position: pos,
        size,
        cidr: '10.0.0.0/16',
        flowLogs: false,
        isDefault: false,
      },
      { kind: 'az', id: 'az-1', name: 'a', parent: 'vpc-1', position: pos, size, zone: 'us-east-1a' },
      {
        kind: 'subnet',
        id: 'subnet-1',
        name: 's',
        parent: 'az-1',
        position: pos,
        size,
        cidr: '10.0.1.0/24',
        vpcId: 'vpc-1',
        public: true,
      },
    ],
  };
}

describe('migration chain', () => {
  it('has one step per version, in order, ending at the current version', () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i));
    expect(MIGRATIONS).toHaveLength(DESIGN_VERSION);
  });

  it('leaves a current-version document alone', () => {
    const doc = { format: 'vpc-town', version: DESIGN_VERSION, name: 'x', resources: [], flows: [] };
    expect(migrateToCurrent(doc)).toEqual({ ok: true, doc, warnings: [] });
  });
});

describe('v0 → v1', () => {
  it('renames nodes, turns cidr into cidrBlocks and public into mapPublicIpOnLaunch, drops vpcId, adds flows', () => {
    const r = migrateToCurrent(v0());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.version).toBe(2);
    expect(r.doc).not.toHaveProperty('nodes');
    expect(r.doc.flows).toEqual([]);
    const [, vpc, , subnet] = r.doc.resources as Record<string, unknown>[];
    expect(vpc).toMatchObject({ cidrBlocks: ['10.0.0.0/16'] });
    expect(vpc).not.toHaveProperty('cidr');
    expect(subnet).toMatchObject({ cidr: '10.0.1.0/24', mapPublicIpOnLaunch: true });
    expect(subnet).not.toHaveProperty('vpcId');
    expect(subnet).not.toHaveProperty('public');
    expect(r.warnings).toEqual([expect.stringContaining('saved in format version 0; it was upgraded to version 2')]);
  });

  it('produces a design parseDesignJson accepts, with only the upgrade note', () => {
    const r = parseDesignJson(JSON.stringify(v0()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.design.resources.map((x) => x.kind)).toEqual(['region', 'vpc', 'az', 'subnet']);
    expect(r.design.resources[3]).toMatchObject({ kind: 'subnet', mapPublicIpOnLaunch: true });
  });

  it("warns when a subnet's vpcId disagrees with where it sits, and keeps the containment", () => {
    const doc = v0();
    doc.nodes[3].vpcId = 'vpc-9';
    const r = migrateToCurrent(doc);
    expect(r.ok && r.warnings).toContainEqual(
      expect.stringContaining('said it belonged to vpc-9 but sits inside vpc-1'),
    );
    expect(r.ok && (r.doc.resources as any[])[3].parent).toBe('az-1');
  });

  it('a subnet without `public` is private', () => {
    const doc = v0();
    delete doc.nodes[3].public;
    const r = migrateToCurrent(doc);
    expect(r.ok && (r.doc.resources as any[])[3].mapPublicIpOnLaunch).toBe(false);
  });

  it('a v0 file without nodes opens empty, with a warning', () => {
    const r = parseDesignJson(JSON.stringify({ format: 'vpc-town', version: 0, name: 'x' }));
    expect(r.ok && r.design.resources).toEqual([]);
    expect(r.ok && r.warnings).toContainEqual(expect.stringContaining('had no `nodes` list'));
  });

  it('a broken v0 file still gets schema errors with paths after migrating', () => {
    const doc = v0();
    doc.nodes[1].cidr = 16;
    const r = parseDesignJson(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.path).toBe('resources[1].cidrBlocks');
  });

  it('does not let a __proto__ key in a v0 node reach any prototype', () => {
    const text = JSON.stringify(v0()).replace('"public":true', '"public":true,"__proto__":{"polluted":1}');
    const r = parseDesignJson(text);
    expect(r.ok).toBe(true);
    expect(({} as any).polluted).toBeUndefined();
  });
});

/** A design as version 1 saved it: everything but intents. */
function v1(): Record<string, any> {
  const r = migrateToCurrent(v0());
  if (!r.ok) throw new Error('v0 fixture');
  const { intents, ...doc } = r.doc;
  void intents;
  return {
    ...doc,
    version: 1,
    flows: [{ id: 'flow-1', from: 'internet', to: 'subnet-1', protocol: 'tcp', port: 443, label: 'https' }],
  };
}

describe('v1 → v2', () => {
  it('adds an empty list of intents and keeps everything else as it was', () => {
    const before = v1();
    const r = migrateToCurrent(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc).toEqual({ ...before, version: 2, intents: [] });
    expect(r.doc).not.toHaveProperty('starterIntentsOff');
  });

  it('opens a version 1 file with the upgrade notice and nothing lost', () => {
    const before = v1();
    const r = parseDesignJson(JSON.stringify(before));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([expect.stringContaining('saved in format version 1; it was upgraded to version 2')]);
    expect(r.design.version).toBe(2);
    expect(r.design.intents).toEqual([]);
    expect(r.design.resources).toEqual(before.resources);
    expect(r.design.flows).toEqual(before.flows);
    expect(r.design.name).toBe(before.name);
  });

  it('keeps intents a version 2 file holds, and refuses a malformed one with its place', () => {
    const intent = {
      id: 'intent-1',
      name: 'no db from the internet',
      from: { type: 'internet' },
      to: { type: 'kind', kind: 'rds' },
      expect: { type: 'never' },
      enabled: true,
    };
    const doc = { ...v1(), version: 2, intents: [intent], starterIntentsOff: ['starter-private-no-inbound'] };
    const ok = parseDesignJson(JSON.stringify(doc));
    expect(ok.ok && ok.design.intents).toEqual([intent]);
    expect(ok.ok && ok.design.starterIntentsOff).toEqual(['starter-private-no-inbound']);
    expect(ok.ok && ok.warnings).toEqual([]);
    const bad = parseDesignJson(JSON.stringify({ ...doc, intents: [{ ...intent, expect: { type: 'sometimes' } }] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]!.path).toMatch(/^intents\[0\]\.expect/);
  });
});

describe('refusals', () => {
  it('a newer version', () => {
    const r = migrateToCurrent({ format: 'vpc-town', version: DESIGN_VERSION + 1 });
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'version', message: expect.stringContaining('made by a newer VPC Town') }],
    });
  });

  it('a negative or missing version', () => {
    expect(migrateToCurrent({ format: 'vpc-town', version: -1 }).ok).toBe(false);
    expect(migrateToCurrent({ format: 'vpc-town' }).ok).toBe(false);
  });
});
