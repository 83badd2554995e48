import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindsDocMarkdown, typeWords, withKindsDoc } from './formatDoc.ts';
import { KINDS, RESOURCE_KINDS } from '../../model/index.ts';

describe('the format doc’s kind tables', () => {
  it('are current: docs/design-format.md holds what the kind definitions generate (npx tsx scripts/gen-docs.ts)', () => {
    const doc = readFileSync(new URL('../../../docs/design-format.md', import.meta.url), 'utf8');
    expect(withKindsDoc(doc)).toBe(doc);
  });

  it('list every kind with its id prefix and every field with its meaning', () => {
    const md = kindsDocMarkdown();
    for (const k of RESOURCE_KINDS) {
      expect(md).toContain(`| \`${k}\` | \`${KINDS[k].idPrefix}-\` |`);
      for (const f of Object.keys(KINDS[k].fields)) expect(md, `${k}.${f}`).toContain(`| \`${f}\` |`);
    }
    expect(md).toContain('| `subnetIds` | id[] | Subnets explicitly associated with this table. |');
  });

  it('name types in plain words', () => {
    expect(typeWords(KINDS.nat.fields.elasticIp, false)).toBe('string \\| null');
    expect(typeWords(KINDS.peering.fields.accepterVpcId, true)).toBe('id \\| null');
    expect(typeWords(KINDS.routeTable.fields.routes, false)).toBe('Route[]');
    expect(typeWords(KINDS.nat.fields.connectivity, false)).toBe('`"public"` \\| `"private"`');
  });
});
