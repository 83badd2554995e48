/**
 * Terraform round trip: every example, and every CloudFormation template of the corpus once read,
 * exported with toTerraform and read back with readTerraform (HCL), is the same network: the same
 * findings and the same reach answers, but for what the notes list as not surviving.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { readCfn } from '../cfn/index.ts';
import { parseDesignJson } from '../json/read.ts';
import { readTerraform } from '../terraform/index.ts';
import { toTerraform } from './index.ts';
import { compareNetworks, deployValues } from './testing/roundTrip.ts';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const corpus = fileURLToPath(new URL('../cfn/fixtures/', import.meta.url));

async function roundTrip(design: Design) {
  const out = toTerraform(design);
  const back = await readTerraform(
    out.files.map((f) => ({ path: f.name, text: f.text })),
    { vars: deployValues(out.variables), region: out.region },
  );
  return { out, back: back.design, problems: back.report.problems };
}

describe('Terraform round trip', { timeout: 20_000 }, () => {
  for (const f of readdirSync(examples).filter((f) => f.endsWith('.json')))
    it(`examples/${f}: export then readTerraform gives the same network`, async () => {
      const r = parseDesignJson(readFileSync(examples + f, 'utf8'));
      if (!r.ok) throw new Error(f);
      const { out, back, problems } = await roundTrip(r.design);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const { before, after } = compareNetworks(r.design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });

  const PARAMS = { EnvironmentName: 'dev', KeyName: 'k', PeerName: 'p', PeerVPCID: 'vpc-0123456789abcdef0' };
  for (const f of readdirSync(corpus).filter((f) => /\.(ya?ml|json)$/.test(f)))
    it(`corpus ${f}: readCfn, export as Terraform, readTerraform gives the same network`, async () => {
      const first = readCfn(readFileSync(corpus + f, 'utf8'), { params: PARAMS, region: 'eu-west-1' });
      if (!first.design) return;
      const { out, back, problems } = await roundTrip(first.design);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const { before, after } = compareNetworks(first.design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });
});
