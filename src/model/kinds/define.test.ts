import { describe, expect, it } from 'vitest';
import { KINDS, RESOURCE_KINDS } from './index.ts';

// This file imports ./schemas.ts only in its last test: until then zod has not been handed to the
// definitions (vitest runs each test file in its own module graph), as in the app's first paint.
describe('a kind definition without zod loaded', () => {
  it('gives everything but its schema, and says what to import when the schema is read', () => {
    expect(KINDS.subnet.create({ design: { resources: [] }, parent: null, name: 'subnet-1' })).toMatchObject({
      mapPublicIpOnLaunch: false,
    });
    expect(() => KINDS.subnet.fields).toThrow(/import src\/model\/kinds\/schemas\.ts first/);
    expect(() => KINDS.subnet.schema).toThrow(/import src\/model\/kinds\/schemas\.ts first/);
  });

  it('can be copied and printed without building the schema', () => {
    for (const k of RESOURCE_KINDS) {
      expect(() => ({ ...KINDS[k] })).not.toThrow();
      expect(() => JSON.stringify(KINDS[k])).not.toThrow();
    }
  });

  it('builds its fields and schema once zod is loaded, once each', async () => {
    const { resourceSchema, refSchema } = await import('./schemas.ts');
    const fields = KINDS.subnet.fields;
    expect(Object.keys(fields)).toContain('cidr');
    expect(KINDS.subnet.fields).toBe(fields);
    expect(KINDS.subnet.schema).toBe(KINDS.subnet.schema);
    expect(KINDS.peering.fields.requesterVpcId.unwrap()).toBe(refSchema);
    expect(resourceSchema.options).toHaveLength(RESOURCE_KINDS.length);
  });
});
