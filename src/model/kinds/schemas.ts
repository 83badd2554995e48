/**
 * The zod schemas of the design's parts: the shared pieces (fields.ts `fieldSchemas`), each kind's
 * (`KINDS[k].schema`, `.fields`) and any resource's (`resourceSchema`).
 *
 * zod is imported here and nowhere else in the model, so it is not in the first paint: the app
 * needs the schemas only to read a design (io/json/read.ts, which loads with the first saved design
 * or file). Importing this module hands zod to the kind definitions (define.ts `provideZod`); their
 * `fields` and `schema` are built on first use after that.
 */
import { array, boolean, enum as enumOf, literal, number, object, string, union, z } from 'zod';
import { provideZod } from './define.ts';
import { fieldSchemas } from './fields.ts';
import { KIND_DEFS, type AnyKindDef } from './index.ts';

// zod 4 compiles object parsers with `new Function` unless told not to; the app runs under a
// Content-Security-Policy without 'unsafe-eval', where even zod's probe for eval is a violation.
z.config({ jitless: true });

const builders = { array, boolean, enum: enumOf, literal, number, object, string, union };
const pieces = fieldSchemas(builders);
provideZod(builders, pieces);

export const {
  idSchema,
  refSchema,
  portSchema,
  protocolSchema,
  positionSchema,
  sizeSchema,
  baseFields,
  containerFields,
  routeSchema,
  naclRuleSchema,
  sgRuleSchema,
  flowSchema,
} = pieces;

/** The zod schema of any resource: a union discriminated on `kind`. */
export const resourceSchema = z.discriminatedUnion(
  'kind',
  KIND_DEFS.map((d) => d.schema) as unknown as [AnyKindDef['schema'], ...AnyKindDef['schema'][]],
);
