import { describe, expect, it } from 'vitest';
import { KINDS, RESOURCE_KINDS, kindDef, kindsWith } from './index.ts';
import './schemas.ts';

const kinds = new Set<string>(RESOURCE_KINDS);

describe('the kind registry', () => {
  it('lists each kind once, under its own key, with a unique id prefix', () => {
    for (const k of RESOURCE_KINDS) expect(KINDS[k].kind).toBe(k);
    expect(new Set(RESOURCE_KINDS).size).toBe(RESOURCE_KINDS.length);
    const prefixes = RESOURCE_KINDS.map((k) => KINDS[k].idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('names only real kinds as parents and as reference targets, and every role a reference asks for exists', () => {
    for (const k of RESOURCE_KINDS) {
      const def = kindDef(k);
      for (const p of def.parents) if (p !== null) expect(kinds.has(p), `${k} parent ${p}`).toBe(true);
      for (const ref of def.refs) {
        if (Array.isArray(ref.to)) for (const t of ref.to) expect(kinds.has(t), `${k}.${ref.field} → ${t}`).toBe(true);
        else expect(kindsWith((ref.to as { role: 'routeTarget' }).role).length, `${k}.${ref.field}`).toBeGreaterThan(0);
      }
    }
  });

  it('declares every field that holds ids as a reference, so deletes, copies and the reader handle it', () => {
    const idLike = (name: string) => /Ids?$/.test(name) || name === 'sourceSg' || name === 'target';
    for (const k of RESOURCE_KINDS) {
      const def = kindDef(k);
      const declared = new Set(def.refs.flatMap((r) => (r.shape === 'records' ? [`${r.field}.${r.key}`] : [r.field])));
      for (const [field, schema] of Object.entries(def.fields)) {
        if (idLike(field)) expect(declared.has(field), `${k}.${field}`).toBe(true);
        // Arrays of records: look one level in.
        const element = (schema as { element?: { shape?: Record<string, unknown> } }).element;
        for (const sub of Object.keys(element?.shape ?? {}))
          if (idLike(sub)) expect(declared.has(`${field}.${sub}`), `${k}.${field}[].${sub}`).toBe(true);
      }
    }
  });

  it('gives every container a size and a container flag, and nothing else a size field', () => {
    for (const k of RESOURCE_KINDS) {
      const shape = kindDef(k).schema.shape as Record<string, unknown>;
      expect('size' in shape, k).toBe(kindDef(k).container);
    }
  });

  it('answers questions about groups of kinds through roles', () => {
    expect(kindsWith('workload')).toEqual(['instance', 'loadBalancer', 'rds']);
    expect(kindsWith('securityGroupMember')).toEqual([
      'instance',
      'loadBalancer',
      'rds',
      'interfaceEndpoint',
      'networkInterface',
    ]);
    expect(kindsWith('addressable')).toEqual([
      'nat',
      'instance',
      'loadBalancer',
      'rds',
      'interfaceEndpoint',
      'networkInterface',
    ]);
    expect(kindsWith('routeTarget')).toEqual([
      'igw',
      'nat',
      'instance',
      'peering',
      'external',
      'transitGateway',
      'vpnGateway',
      'gatewayEndpoint',
      'egressOnlyIgw',
    ]);
    expect(kindsWith('subnetAssociation')).toEqual(['routeTable', 'nacl']);
  });
});
