/**
 * Test helper (never imported by app code): what a round trip must keep. A design and the design
 * read back from its exported code are compared as networks: the findings (rule, variant and the
 * subject, named by kind and name since ids change) and the answers to reach questions between
 * every pair of workloads and the internet on a few ports (outcome, explanation code, where it is
 * blocked). Findings about what the notes list as not surviving, and about the resources AWS
 * creates by itself (a VPC's main table, default ACL and default group) where the design has none,
 * are set aside; everything else must match.
 */
import { indexDesign } from '../../../model/graph.ts';
import { kindDef } from '../../../model/kinds/index.ts';
import type { Design, Resource } from '../../../model/types.ts';
import { validate } from '../../../validation/index.ts';
import { analyzeReachability } from '../../../validation/reachability/index.ts';
import type { IacNote } from '../notes.ts';

/** Notes that say the answers to and from their subjects differ once deployed. */
const ANSWERS_CHANGE: ReadonlySet<IacNote['code']> = new Set(['nlb-listener-targets']);

const DEFAULT_KEY = /^(main-rtb|default-acl|default-sg)@/;

/** How a resource is named across a round trip: by kind and name; the VPC's defaults by their VPC. */
export function resourceKeys(d: Design): Map<string, string> {
  const index = indexDesign(d);
  const out = new Map<string, string>();
  for (const r of d.resources) {
    const vpc = index.vpcOf(r.id)?.name ?? '';
    let key = `${r.kind}:${r.name}`;
    if (r.kind === 'routeTable' && r.main) key = `main-rtb@${vpc}`;
    else if (r.kind === 'nacl' && r.isDefault) key = `default-acl@${vpc}`;
    else if (r.kind === 'securityGroup' && r.isDefault) key = `default-sg@${vpc}`;
    else if (r.kind === 'region') key = `region:${r.code}`;
    else if (r.kind === 'az') key = `az:${vpc}:${r.zone}`;
    else if (r.kind === 'external' || (r.kind === 'prefixList' && r.entries === null)) key = `${r.kind}:${r.id}`;
    out.set(r.id, key);
  }
  return out;
}

const PORTS = [22, 80, 443, 3306, 5432] as const;

/** Rules that say one finding for many resources, on the first of them (validation/rules/sg007…). */
const SAID_ONCE = new Set(['SG-007']);

export interface NetworkSummary {
  readonly findings: readonly string[];
  readonly answers: ReadonlyMap<string, string>;
}

/** The findings and reach answers of a design, by resource keys; `skip` keys are left out of the findings. */
export function summarize(d: Design, skip: ReadonlySet<string> = new Set()): NetworkSummary {
  const keys = resourceKeys(d);
  const k = (id: string | undefined) => (id === undefined ? '' : (keys.get(id) ?? id));
  // A finding is about its resource; one said once for many resources (SG-007 names every group on
  // the first of them, so which comes first depends on the order of the resources) about all of them.
  const findings = validate(d)
    .filter((f) => SAID_ONCE.has(f.rule) || !skip.has(k(f.resource)))
    .map((f) => ({
      f,
      about: SAID_ONCE.has(f.rule)
        ? [...new Set([f.resource, ...(f.related ?? [])].map(k))].filter((x) => !skip.has(x))
        : [k(f.resource)],
    }))
    .filter(({ about }) => about.length > 0)
    .map(({ f, about }) => `${f.rule}/${f.variant}@${about.sort().join(',')}`)
    .sort();
  const workloads = d.resources.filter((r) => kindDef(r.kind).roles.workload);
  const ends = ['internet', ...workloads.map((w) => w.id)];
  const answers = new Map<string, string>();
  // Where a path is blocked, named by kind (the defaults' names are AWS's, not the design's).
  const where = (id: string | undefined) => {
    if (id === undefined) return '';
    const r = d.resources.find((x) => x.id === id);
    if (!r) return id;
    const key = k(id);
    return DEFAULT_KEY.test(key) || ['routeTable', 'nacl', 'securityGroup'].includes(r.kind) ? r.kind : key;
  };
  for (const from of ends)
    for (const to of ends) {
      if (from === to) continue;
      for (const port of PORTS) {
        const a = analyzeReachability(d, { from, to, protocol: 'tcp', port });
        answers.set(
          `${from === 'internet' ? from : k(from)} -> ${to === 'internet' ? to : k(to)} tcp/${port}`,
          `${a.outcome} ${a.code ?? ''} ${where(a.blockedAt)} ${a.exit ? where(a.exit.at) : ''}`.trim(),
        );
      }
    }
  return { findings, answers };
}

/** The keys (in either design) of what the notes say does not survive, and of AWS's own defaults the design lacks. */
export function setAside(original: Design, back: Design, notes: readonly IacNote[]): Set<string> {
  const a = resourceKeys(original);
  const b = resourceKeys(back);
  const skip = new Set<string>();
  const byId = new Map<string, Resource>(original.resources.map((r) => [r.id, r]));
  for (const n of notes)
    for (const id of n.subjects) {
      const key = a.get(id);
      if (key) skip.add(key);
      const r = byId.get(id);
      if (r) skip.add(`${r.kind}:${r.name}`);
    }
  const had = new Set(a.values());
  for (const key of b.values()) if (DEFAULT_KEY.test(key) && !had.has(key)) skip.add(key);
  return skip;
}

/** Both summaries, with what is set aside left out of both, for `expect(...).toEqual(...)`. */
export function compareNetworks(
  original: Design,
  back: Design,
  notes: readonly IacNote[],
): { before: NetworkSummary; after: NetworkSummary } {
  const skip = setAside(original, back, notes);
  const before = summarize(original, skip);
  const after = summarize(back, skip);
  // The notes that say a resource's answers change (a network load balancer given empty target
  // groups): the answers to and from it are set aside too.
  const keys = resourceKeys(original);
  const changed = new Set(
    notes.filter((n) => ANSWERS_CHANGE.has(n.code)).flatMap((n) => n.subjects.map((id) => keys.get(id) ?? id)),
  );
  const keep = (answers: ReadonlyMap<string, string>) =>
    new Map(
      [...answers].filter(([q]) => {
        const [from, rest] = q.split(' -> ');
        return !changed.has(from!) && !changed.has(rest!.slice(0, rest!.lastIndexOf(' ')));
      }),
    );
  return {
    before: { findings: before.findings, answers: keep(before.answers) },
    after: { findings: after.findings, answers: keep(after.answers) },
  };
}

/** A value for every parameter without a default, as a deployer would give them. */
export function deployValues(parameters: readonly { name: string; default: string | null; secret: boolean }[]) {
  return Object.fromEntries(
    parameters.filter((p) => p.default === null).map((p) => [p.name, p.secret ? 'correct-horse-battery' : 'given']),
  );
}
