/** Regenerate the kind tables of docs/design-format.md from the kind definitions: `npx tsx scripts/gen-docs.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withKindsDoc } from '../src/io/json/formatDoc.ts';

const path = fileURLToPath(new URL('../docs/design-format.md', import.meta.url));
writeFileSync(path, withKindsDoc(readFileSync(path, 'utf8')));
console.log(`Wrote ${path}`);
