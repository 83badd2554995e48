/** Regenerate schema/design.schema.json from the zod schema: `npx tsx scripts/gen-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { designJsonSchemaText } from '../src/io/json/jsonSchema.ts';

const out = fileURLToPath(new URL('../schema/design.schema.json', import.meta.url));
writeFileSync(out, designJsonSchemaText());
console.log(`Wrote ${out}`);
