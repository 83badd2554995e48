import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS } from '../../model/types.ts';
import { designJsonSchema, designJsonSchemaText } from './jsonSchema.ts';

const committedPath = new URL('../../../schema/design.schema.json', import.meta.url);

describe('schema/design.schema.json', () => {
  it('is up to date with the zod schema (run `npx tsx scripts/gen-schema.ts` to regenerate)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(designJsonSchemaText());
  });

  it('is draft 2020-12 and describes every resource kind', () => {
    const schema = designJsonSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const kinds = schema.properties.resources.items.oneOf.map((o: any) => o.properties.kind.const);
    expect(kinds).toEqual(RESOURCE_KINDS);
  });

  it('keeps the value ranges: ports are integers 0-65535, NACL rule numbers are integers', () => {
    const schema = designJsonSchema() as any;
    expect(schema.properties.flows.items.properties.port).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 65535,
    });
    const nacl = schema.properties.resources.items.oneOf.find((o: any) => o.properties.kind.const === 'nacl');
    expect(nacl.properties.rules.items.properties.number.type).toBe('integer');
  });
});
