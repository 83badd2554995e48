/**
 * Round trip of generated designs (fast-check): designs that can be deployed
 * (testing/deployable.ts) are exported, read back (readCfn, readTerraform), and must be the same
 * network: the same findings and the same reach answers, but for what the notes list as not surviving.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCfn } from '../cfn/index.ts';
import { readTerraform } from '../terraform/index.ts';
import { deployableDesign } from './testing/deployable.ts';
import { toCloudFormation, toTerraform } from './index.ts';
import { compareNetworks, deployValues } from './testing/roundTrip.ts';

describe('round trip of generated designs', () => {
  it('CloudFormation: export then readCfn gives the same findings and reach answers, but for what the notes list', () => {
    fc.assert(
      fc.property(deployableDesign, (design) => {
        const out = toCloudFormation(design);
        const back = readCfn(out.text, { region: out.region, params: deployValues(out.parameters) });
        expect(back.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const { before, after } = compareNetworks(design, back.design!, out.notes);
        expect(after.findings).toEqual(before.findings);
        expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
      }),
      { numRuns: 40 },
    );
  });

  it('Terraform: export then readTerraform gives the same findings and reach answers, but for what the notes list', async () => {
    await fc.assert(
      fc.asyncProperty(deployableDesign, async (design) => {
        const out = toTerraform(design);
        const back = await readTerraform(
          out.files.map((f) => ({ path: f.name, text: f.text })),
          { vars: deployValues(out.variables), region: out.region },
        );
        expect(back.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const { before, after } = compareNetworks(design, back.design!, out.notes);
        expect(after.findings).toEqual(before.findings);
        expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
      }),
      { numRuns: 20 },
    );
  });
});
