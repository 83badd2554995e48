/**
 * Importing a real-sized AWS estate in Node (run by scripts/bench.mjs through tsx; prints one JSON
 * object). The estate is the generator's (src/io/aws/generate.ts): 20 VPCs of describe-* output,
 * 2,001 resources once imported. Timed: `readAws` (parse, recognise, convert, check) and
 * `layoutNested` (the layout `vpc-town import aws` and File › Import from AWS… give it), cold (the
 * first of the process, which loads elkjs) and warm (median of repeated runs).
 *
 * With `--write DIR` it also writes the estate's files (DIR/us-west-2/*.json), the imported design
 * (DIR/estate.json) and 1,000 reach queries over it (DIR/queries.json) for the CLI and browser runs.
 *
 * Usage: node --expose-gc --import tsx bench/awsImport.ts [reps=5] [--write DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateAwsEstate } from '../src/io/aws/generate.ts';
import { readAws } from '../src/io/aws/index.ts';
import { serializeDesign } from '../src/io/json/write.ts';
import { layoutNested } from '../src/layout/nested.ts';
import type { Design } from '../src/model/types.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const outDir = writeAt >= 0 ? args[writeAt + 1] : undefined;
const reps = Number(args.find((a, i) => /^\d+$/.test(a) && i !== writeAt + 1) ?? 5);

function stat(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    min: s[0]!,
    max: s[s.length - 1]!,
    runs: s.length,
  };
}

const inputs = generateAwsEstate();
const bytes = inputs.reduce((n, f) => n + f.text.length, 0);

async function once(): Promise<{ read: number; layout: number; design: Design }> {
  gc();
  const t0 = performance.now();
  const r = readAws(inputs, { layout: false });
  const t1 = performance.now();
  if (!r.design) throw new Error('the estate was refused');
  const design = await layoutNested(r.design);
  return { read: t1 - t0, layout: performance.now() - t1, design };
}

const cold = await once();
const read: number[] = [];
const layout: number[] = [];
const total: number[] = [];
for (let k = 0; k < reps + 1; k++) {
  const r = await once();
  if (k === 0) continue; // one more untimed warm-up
  read.push(r.read);
  layout.push(r.layout);
  total.push(r.read + r.layout);
}

/**
 * 1,000 questions a team would ask of the estate, VPC by VPC: the internet to the load balancer
 * and to a web server, web to app, app to the database, web to the database, app out to the internet.
 */
function queriesFor(d: Design) {
  const byId = new Map(d.resources.map((x) => [x.id, x]));
  const vpcOf = (id: string): string | undefined => {
    for (let r = byId.get(id); r; r = r.parent ? byId.get(r.parent) : undefined) if (r.kind === 'vpc') return r.id;
    return undefined;
  };
  const perVpc = new Map<string, { web: string[]; app: string[]; db: string[]; lb: string[] }>();
  for (const r of d.resources) {
    const tier =
      r.kind === 'rds' ? 'db' : r.kind === 'loadBalancer' ? 'lb' : r.kind === 'instance' ? r.name.split('-')[0] : null;
    const vpc = vpcOf(r.kind === 'rds' || r.kind === 'loadBalancer' ? (r.parent ?? r.id) : r.id);
    if (!vpc || (tier !== 'web' && tier !== 'app' && tier !== 'db' && tier !== 'lb')) continue;
    const e = perVpc.get(vpc) ?? { web: [], app: [], db: [], lb: [] };
    e[tier].push(r.id);
    perVpc.set(vpc, e);
  }
  const vpcs = [...perVpc.values()];
  const pick = (xs: string[], i: number) => xs[i % xs.length]!;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; out.length < 1000; i++) {
    const v = vpcs[i % vpcs.length]!;
    const k = Math.floor(i / vpcs.length);
    const ask = [
      { from: 'internet', to: pick(v.lb, k), protocol: 'tcp', port: 443 },
      { from: 'internet', to: pick(v.web, k), protocol: 'tcp', port: 8080 },
      { from: pick(v.web, k), to: pick(v.app, k + 1), protocol: 'tcp', port: 9000 },
      { from: pick(v.app, k), to: pick(v.db, k), protocol: 'tcp', port: 5432 },
      { from: pick(v.web, k), to: pick(v.db, k), protocol: 'tcp', port: 5432 },
      { from: pick(v.app, k), to: 'internet', protocol: 'tcp', port: 443 },
    ];
    out.push(ask[k % ask.length]!);
  }
  return out;
}

if (outDir) {
  for (const f of inputs) {
    const p = join(outDir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
  writeFileSync(join(outDir, 'estate.json'), serializeDesign(cold.design));
  writeFileSync(join(outDir, 'queries.json'), JSON.stringify(queriesFor(cold.design)));
}

console.log(
  JSON.stringify({
    files: inputs.length,
    bytes,
    resources: cold.design.resources.length,
    vpcs: cold.design.resources.filter((x) => x.kind === 'vpc').length,
    cold: { read: cold.read, layout: cold.layout, total: cold.read + cold.layout },
    read: stat(read),
    layout: stat(layout),
    total: stat(total),
  }),
);
