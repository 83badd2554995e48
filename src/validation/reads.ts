/**
 * What a rule reads, so the incremental validator (incremental.ts) re-runs a rule only when an
 * edit changed something it can see. Rules declare nothing: what each part reads is recorded
 * offline over a corpus of designs (testing/recording.ts, with each context helper's reads
 * declared once in testing/contextReads.ts; scripts/gen-reads.ts) into reads.generated.ts, in
 * these terms:
 *
 * - `'securityGroup.ingress'`: that field of every security group;
 * - `'vpc'`: which VPCs exist (their ids, kinds and document order), but none of their fields;
 * - `'subnet.*'`: every field of every subnet;
 * - `'<kind>.parent'` is also what a containment lookup starting at that kind reads
 *   (`vpcOf(subnet.id)` reads `subnet.parent`, then the ancestor itself: list `'vpc'` and the
 *   fields of the VPC it uses); the diff marks `parent` changed on every resource whose chain of
 *   containers changed, so the containers in between need not be listed;
 * - `'any'`: looks up ids of any kind (route targets) and reads whether they exist and their kind;
 * - `'flows'`: reads `design.flows`;
 * - `'*'`: everything.
 *
 * Listing a kind at all includes which resources of it exist and their document order: adding,
 * removing, re-kinding or reordering a resource counts as a change of every field of its kind.
 */
import type { ResourceKind, ResourceOfKind } from '../model/types.ts';
import { RESOURCE_KINDS } from '../model/types.ts';

/**
 * Fields that helpers read on any resource that has them (`'privateIp' in r`): a hand-edited file
 * can give them to a kind whose type lacks them, so they can be listed for every kind.
 */
type SharedField = 'privateIp' | 'securityGroupIds' | 'subnetIds';
type FieldOf<K extends ResourceKind> = (Exclude<keyof ResourceOfKind<K>, 'id' | 'kind'> & string) | SharedField;

/** One entry of a rule's `reads`: `kind`, `kind.field`, `kind.*`, `any`, `flows` or `*`. */
export type Read = { [K in ResourceKind]: K | `${K}.*` | `${K}.${FieldOf<K>}` }[ResourceKind] | 'any' | 'flows' | '*';

/** Fields of a kind (a set of names, possibly empty: existence only), or every field. */
export type FieldSet = ReadonlySet<string> | '*';

export interface ReadSet {
  /** Every kind, every field, and lookups of any id. */
  readonly all: boolean;
  readonly any: boolean;
  readonly flows: boolean;
  readonly kinds: ReadonlyMap<ResourceKind, FieldSet>;
}

/**
 * Fields the canvas changes in bulk and hardly any rule reads: where a node sits, how big it is,
 * and its display name (findings name resources by id). The diff reports their changes like any
 * other (the path engine reads a prefix list's name: an AWS-managed list), so the parts whose
 * generated reads list one re-run, but they do not count towards a large change: moving or
 * renaming many resources is never a full run. A property test (incremental.property.test.ts)
 * checks that changing them on a resource whose kind no part reads them for never changes
 * `validate`'s answer.
 */
export const UNREAD_FIELDS: ReadonlySet<string> = new Set(['position', 'size', 'name']);

const KINDS: ReadonlySet<string> = new Set(RESOURCE_KINDS);

export function compileReads(reads: readonly Read[]): ReadSet {
  let all = false;
  let any = false;
  let flows = false;
  const kinds = new Map<ResourceKind, Set<string> | '*'>();
  for (const r of reads) {
    if (r === '*') all = true;
    else if (r === 'any') any = true;
    else if (r === 'flows') flows = true;
    else {
      const dot = r.indexOf('.');
      const kind = (dot < 0 ? r : r.slice(0, dot)) as ResourceKind;
      if (!KINDS.has(kind)) throw new Error(`reads: unknown kind in "${r}"`);
      const field = dot < 0 ? null : r.slice(dot + 1);
      const prev = kinds.get(kind);
      if (prev === '*') continue;
      if (field === '*') kinds.set(kind, '*');
      else {
        const s = prev ?? new Set<string>();
        if (field !== null) s.add(field);
        kinds.set(kind, s);
      }
    }
  }
  return { all, any: any || all, flows, kinds };
}

/** What changed between two designs, in the terms rules declare (see diff.ts). */
export interface ChangeSet {
  /** Per kind, the fields changed on some resource of it ('*': one was added, removed, re-kinded or reordered). */
  readonly fields: ReadonlyMap<ResourceKind, FieldSet>;
  /** Kinds with a resource added, removed or re-kinded (what a lookup of any id can see). */
  readonly existence: ReadonlySet<ResourceKind>;
  readonly flows: boolean;
}

/** Whether a change can alter the findings of a rule that reads `reads`. */
export function affects(reads: ReadSet, change: ChangeSet): boolean {
  if (reads.flows && change.flows) return true;
  if (reads.any && change.existence.size > 0) return true;
  for (const [kind, changed] of change.fields) {
    const read = reads.all ? '*' : reads.kinds.get(kind);
    if (read === undefined) continue;
    if (read === '*' || changed === '*') return true;
    for (const f of changed) if (read.has(f)) return true;
  }
  return false;
}
