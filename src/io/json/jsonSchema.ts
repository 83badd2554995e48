/**
 * The JSON Schema (draft 2020-12) of the design format, generated from the zod schema so the two
 * never disagree. scripts/gen-schema.ts writes it to schema/design.schema.json; jsonSchema.test.ts
 * fails when the committed file is out of date.
 */
import { z } from 'zod';
import { designSchema } from './schema.ts';

const SCHEMA_ID = 'https://vpc.town/schema/design.schema.json';

export function designJsonSchema(): Record<string, unknown> {
  // 'output' closes every object (additionalProperties: false): the reader accepts unknown keys only
  // to drop them with a warning, so an editor should flag them too. Input and output are the same
  // shape otherwise (the zod schema has no transforms or defaults).
  const generated = z.toJSONSchema(designSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}

/** The file's text: 2-space indent and a final newline, like saved designs. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
}
