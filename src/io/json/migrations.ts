/**
 * Versioned migrations of saved designs, applied to the raw JSON before schema validation
 * (tldraw's `tlschema/src/migrations` is the model: each step upgrades one version, and a file is
 * walked up the chain until it reaches DESIGN_VERSION).
 *
 * Migrations work on untrusted `unknown` data. They copy with object spread (which defines own
 * properties and never runs the `__proto__` setter) and never assign a key taken from the file.
 */
import { DESIGN_FORMAT, DESIGN_VERSION } from '../../model/types.ts';

export type RawObject = Record<string, unknown>;

export interface Migration {
  /** Upgrades a document of version `from` to version `from + 1`. */
  readonly from: number;
  readonly description: string;
  /** Returns the upgraded document; pushes a user-facing note to `warnings` for anything it guessed. */
  readonly up: (doc: RawObject, warnings: string[]) => RawObject;
}

export function isObject(v: unknown): v is RawObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Version 0 (the prototype's format) differed from version 1 in four ways:
 * - the resource list was called `nodes`;
 * - a VPC had one `cidr` string (no secondary blocks yet) instead of `cidrBlocks`;
 * - a subnet repeated its VPC in `vpcId` (redundant with containment) and said `public: true`
 *   where v1 says `mapPublicIpOnLaunch`;
 * - there were no intended flows, so `flows` did not exist.
 */
const v0ToV1: Migration = {
  from: 0,
  description:
    '`nodes` → `resources`, VPC `cidr` → `cidrBlocks`, subnet `public` → `mapPublicIpOnLaunch`, drop subnet `vpcId`, add `flows`.',
  up(doc, warnings) {
    const { nodes, ...rest } = doc;
    const list: unknown[] = Array.isArray(nodes) ? nodes : [];
    if (!Array.isArray(nodes)) warnings.push('This version 0 file had no `nodes` list; it opens as an empty design.');
    const parentOf = new Map<string, string | null>();
    const kindOf = new Map<string, string>();
    for (const n of list) {
      if (isObject(n) && typeof n.id === 'string') {
        parentOf.set(n.id, typeof n.parent === 'string' ? n.parent : null);
        if (typeof n.kind === 'string') kindOf.set(n.id, n.kind);
      }
    }
    const vpcAbove = (id: string): string | null => {
      let cur: string | null | undefined = parentOf.get(id) ?? null;
      for (let steps = 0; cur != null && steps <= parentOf.size; steps++) {
        if (kindOf.get(cur) === 'vpc') return cur;
        cur = parentOf.get(cur);
      }
      return null;
    };
    const resources = list.map((n, i) => {
      if (!isObject(n)) return n;
      if (n.kind === 'vpc') {
        const { cidr, ...vpc } = n;
        if ('cidrBlocks' in vpc) return vpc;
        return { ...vpc, cidrBlocks: typeof cidr === 'string' ? [cidr] : cidr === undefined ? [] : cidr };
      }
      if (n.kind === 'subnet') {
        const { vpcId, public: isPublic, ...subnet } = n;
        const inVpc = typeof n.id === 'string' ? vpcAbove(n.id) : null;
        if (typeof vpcId === 'string' && inVpc !== null && vpcId !== inVpc) {
          warnings.push(
            `nodes[${i}] (subnet ${String(n.id)}) said it belonged to ${vpcId} but sits inside ${inVpc}; it stays where it sits.`,
          );
        }
        if ('mapPublicIpOnLaunch' in subnet) return subnet;
        return { ...subnet, mapPublicIpOnLaunch: isPublic === undefined ? false : isPublic };
      }
      return n;
    });
    return { ...rest, version: 1, resources, flows: Array.isArray(rest.flows) ? rest.flows : [] };
  },
};

/**
 * Version 2 adds intents (what must never, only or always happen; model/intents.ts) and the list
 * of starter intents the design turned off. A version 1 design had neither: it gets an empty list
 * of intents and every starter intent on. Nothing else changed, so nothing is lost.
 */
const v1ToV2: Migration = {
  from: 1,
  description: 'add `intents: []` (and every starter intent on).',
  up(doc) {
    return { ...doc, intents: Array.isArray(doc.intents) ? doc.intents : [] };
  },
};

/** The chain, in order; MIGRATIONS[i].from === i. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

export type MigrationResult =
  { ok: true; doc: RawObject; warnings: string[] } | { ok: false; errors: { path: string; message: string }[] };

/**
 * Check `format` and `version`, then upgrade the document to DESIGN_VERSION.
 * Refuses files from a newer VPC Town (it cannot know what they mean) and non-designs.
 */
export function migrateToCurrent(raw: unknown): MigrationResult {
  if (!isObject(raw)) {
    const what = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`;
    return fail('', `This file holds ${what}, not a VPC Town design (a JSON object with "format": "vpc-town").`);
  }
  if (raw.format !== DESIGN_FORMAT) {
    const said = raw.format === undefined ? 'has no "format" field' : `says "format": ${JSON.stringify(raw.format)}`;
    return fail(
      'format',
      `This is not a VPC Town design: it ${said}, where a design says "format": "${DESIGN_FORMAT}".`,
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(
      'version',
      `The design's "version" must be a whole number (this VPC Town writes ${DESIGN_VERSION}); found ${JSON.stringify(version) ?? 'nothing'}.`,
    );
  }
  if (version > DESIGN_VERSION) {
    return fail(
      'version',
      `This design was made by a newer VPC Town (format version ${version}; this one reads up to ${DESIGN_VERSION}). Update VPC Town to open it.`,
    );
  }
  const warnings: string[] = [];
  let doc: RawObject = raw;
  for (let v = version; v < DESIGN_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step || step.from !== v) return fail('version', `VPC Town cannot upgrade designs of version ${v}.`);
    doc = { ...step.up(doc, warnings), version: v + 1 };
  }
  if (version < DESIGN_VERSION) {
    warnings.unshift(
      `This design was saved in format version ${version}; it was upgraded to version ${DESIGN_VERSION}. Saving writes the new version.`,
    );
  }
  return { ok: true, doc, warnings };
}

function fail(path: string, message: string): MigrationResult {
  return { ok: false, errors: [{ path, message }] };
}
