import { describe, expect, it } from 'vitest';
import { resourceSchema } from '../model/kinds/schemas.ts';
import { KINDS, RESOURCE_KINDS, DESIGN_FORMAT, DESIGN_VERSION, type Design } from '../model/index.ts';
import { CATALOG, PALETTE_KINDS, createResource, uniqueName } from './index.ts';

const empty: Design = { format: DESIGN_FORMAT, version: DESIGN_VERSION, name: 't', resources: [], flows: [] };

describe('catalog', () => {
  it('creates, for every kind, a fresh resource its own schema accepts, with the kind’s id prefix', () => {
    for (const k of RESOURCE_KINDS) {
      const r = createResource(empty, k, null, { x: 0, y: 0 });
      const parsed = resourceSchema.safeParse(r);
      expect(parsed.success, `${k}: ${parsed.error?.message}`).toBe(true);
      expect(r.id.startsWith(`${KINDS[k].idPrefix}-`), r.id).toBe(true);
    }
  });

  it('lists the palette in the definitions’ order, with their sizes and parents', () => {
    expect(PALETTE_KINDS[0]).toBe('region');
    // Every kind but the ones that only arrive by import (external resources, prefix lists).
    expect([...PALETTE_KINDS].sort()).toEqual(RESOURCE_KINDS.filter((k) => KINDS[k].palette !== false).sort());
    expect(PALETTE_KINDS).not.toContain('external');
    expect(PALETTE_KINDS).not.toContain('prefixList');
    for (const k of RESOURCE_KINDS) {
      expect(CATALOG[k].size).toEqual(KINDS[k].size);
      expect(CATALOG[k].allowedParents).toEqual(KINDS[k].parents);
    }
  });

  it('names a fresh resource after its kind, bare for a lone VPC and numbered for subnets', () => {
    expect(uniqueName(empty, 'vpc')).toBe('VPC');
    expect(uniqueName(empty, 'subnet')).toBe('subnet-1');
    const az = createResource(empty, 'az', null, { x: 0, y: 0 });
    expect(az.name).toBe(az.kind === 'az' ? az.zone : '');
  });
});
