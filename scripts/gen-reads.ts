/**
 * Regenerate src/validation/reads.generated.ts, what each rule part reads:
 * `npx tsx scripts/gen-reads.ts`. Every rule part runs on a recording context
 * (src/validation/testing/recordReads.ts) over the corpus below, and what it read on any design is
 * its row. src/validation/reads.generated.test.ts regenerates the table and fails when the file
 * differs, and checks that the corpus made every rule emit every variant (each branch that reports
 * something was recorded).
 *
 * The corpus, all deterministic (fixed seeds): the example designs, the validator's start designs
 * and a large one, one design per kind of the registry (built from its definition), designs from
 * the registry-driven arbitrary (src/io/json/arbitrary.ts), garbage and mutated designs
 * (src/validation/testing/arbitrary.ts), designs that make the rules report what random ones seldom
 * do (src/validation/testing/witnesses.ts), and every step of random edit sequences as the app
 * makes them (src/validation/testing/edits.ts) from the start designs and those.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { designArbitrary } from '../src/io/json/arbitrary.ts';
import { parseDesignJson } from '../src/io/json/read.ts';
import { RESOURCE_KINDS } from '../src/model/kinds/index.ts';
import type { Design } from '../src/model/types.ts';
import { mutatedDesign, randomDesign } from '../src/validation/testing/arbitrary.ts';
import { kindDesigns } from '../src/validation/testing/builder.ts';
import { applyEdit, edits, startDesigns } from '../src/validation/testing/edits.ts';
import { largeDesign } from '../src/validation/testing/large.ts';
import { witnessDesigns } from '../src/validation/testing/witnesses.ts';
import { recordRuleReads, readsTableSource, type RecordedReads } from '../src/validation/testing/recordReads.ts';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
export const READS_TABLE_PATH = root('src/validation/reads.generated.ts');

const SEED = 12;

function examples(): Design[] {
  const dir = root('examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const r = parseDesignJson(readFileSync(`${dir}/${f}`, 'utf8'));
      return r.ok ? [r.design] : [];
    });
}

/** Every step of `runs` random edit sequences, each from one of `starts`. */
function editedDesigns(starts: readonly Design[], runs: number, seed: number): Design[] {
  const out: Design[] = [];
  fc.sample(fc.tuple(fc.nat(starts.length - 1), edits(14)), { seed, numRuns: runs }).forEach(([start, steps]) => {
    let d = starts[start]!;
    const history: Design[] = [d];
    steps.forEach((e, i) => {
      d = applyEdit(d, e, history, i);
      history.push(d);
      out.push(d);
    });
  });
  return out;
}

export function readsCorpus(): Design[] {
  // Random edits start from the start designs only, so a witness added for a variant leaves every
  // random sequence as it was (the corpus grows by that witness and nothing else).
  const starts = startDesigns();
  return [
    ...examples(),
    ...starts,
    ...witnessDesigns(),
    largeDesign(2),
    ...kindDesigns().map((k) => k.design),
    ...fc.sample(designArbitrary(), { seed: SEED, numRuns: 300 }),
    ...fc.sample(randomDesign, { seed: SEED, numRuns: 300 }),
    ...fc.sample(mutatedDesign, { seed: SEED, numRuns: 300 }),
    ...editedDesigns(starts, 120, SEED),
  ];
}

/** Record the corpus; the table's source, formatted as the repository formats it. */
export async function generateReadsTable(): Promise<{ source: string; recorded: RecordedReads }> {
  const recorded = recordRuleReads(readsCorpus());
  const options = (await prettier.resolveConfig(READS_TABLE_PATH)) ?? {};
  const source = await prettier.format(readsTableSource(recorded.table), { ...options, filepath: READS_TABLE_PATH });
  return { source, recorded };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { source, recorded } = await generateReadsTable();
  writeFileSync(READS_TABLE_PATH, source);
  console.log(
    `Wrote ${READS_TABLE_PATH} from ${recorded.designs} designs (${RESOURCE_KINDS.length} kinds, ${recorded.emitted.size} rule variants seen)`,
  );
}
