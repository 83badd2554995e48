import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, RULES, RULE_IDS, RULE_VARIANTS, RULE_ID_LIST, compareFindings } from './index.ts';
import { webApp } from './testing/builder.ts';

describe('validate', () => {
  it('registers every rule of the catalogue exactly once, with its variants', () => {
    expect([...RULE_IDS].sort()).toEqual([...RULE_ID_LIST].sort());
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.variants.length).toBeGreaterThan(0);
      expect(r.title).toMatch(/\.$/);
    }
    expect(RULE_VARIANTS.map((v) => v.key)).toContain('CIDR-004.docker-overlap');
    expect(RULE_VARIANTS.find((v) => v.key === 'CIDR-004.not-rfc1918')?.severity).toBe('info');
  });

  it('has one rule file with a test beside it per rule, and unique variant keys', () => {
    // `sg001-open-admin-ports.ts`: the id, then what the rule checks.
    const files = readdirSync(new URL('./rules/', import.meta.url));
    for (const id of RULE_IDS) {
      const prefix = id.toLowerCase().replace('-', '');
      const named = files.filter((f) => new RegExp(`^${prefix}-[a-z0-9]+(-[a-z0-9]+)*\\.ts$`).test(f));
      expect(named, prefix).toHaveLength(1);
      expect(files, prefix).toContain(named[0]!.replace(/\.ts$/, '.test.ts'));
      expect(
        files.filter((f) => f.startsWith(`${prefix}.`) || f.startsWith(`${prefix}-`)),
        prefix,
      ).toHaveLength(2);
    }
    const keys = RULE_VARIANTS.map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^[A-Z][A-Z0-9]*-\d{3}\.[a-z0-9]+(-[a-z0-9]+)*$/.test(k))).toBe(true);
  });

  it('finds nothing above info on the standard two-tier design', () => {
    const { b } = webApp();
    const findings = validate(b.build());
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('sorts errors, then warnings, then infos, then by resource', () => {
    const { b, vpc, pubA } = webApp();
    b.patch(vpc, { cidrBlocks: ['10.0.0.0/16', '172.17.0.0/16'], flowLogs: false });
    b.patch(pubA, { cidr: '10.0.0.0/30' });
    const f = validate(b.build());
    const sev = f.map((x) => x.severity);
    expect(sev.indexOf('error')).toBe(0);
    expect(sev.lastIndexOf('error')).toBeLessThan(sev.indexOf('warning'));
    expect(sev.lastIndexOf('warning')).toBeLessThan(sev.indexOf('info'));
    expect([...f].sort(compareFindings)).toEqual(f);
    expect(f.some((x) => x.rule === 'SUB-001' && x.resource === pubA)).toBe(true);
  });

  it('every finding uses a declared variant with its declared severity', () => {
    const { b, vpc } = webApp();
    b.patch(vpc, { cidrBlocks: ['10.0.0.0/8', '169.254.0.0/16', 'nope'], flowLogs: false, isDefault: true });
    for (const f of validate(b.build())) {
      const v = RULES.find((r) => r.id === f.rule)!.variants.find((x) => x.key === f.variant);
      expect(v, `${f.rule}.${f.variant}`).toBeDefined();
      expect(f.severity).toBe(v!.severity);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('returns [] for things that are not designs', () => {
    expect(validate(null as never)).toEqual([]);
    expect(validate({ resources: 'x' } as never)).toEqual([]);
  });
});
