/**
 * Texts for validator findings and reachability hops, in English and Korean, with the town
 * analogy. Pure functions, no React: give them an i18next `t`.
 *
 * The app registers `findingResources` under the i18next namespace `findings`:
 *
 *   i18next.init({ resources: { en: { translation: en, findings: findingResources.en },
 *                               ko: { translation: ko, findings: findingResources.ko } }, ... })
 *   // or later: i18next.addResourceBundle(lng, FINDINGS_NS, findingResources[lng])
 *
 * Key layout of the namespace (default `.` key separator):
 *
 *   <RULE>.title                           short title of a rule:          'NACL-003.title'
 *   <RULE>.<variant>.message | .analogy    one finding variant:            'CIDR-001.prefix-out-of-range.message'
 *   code.<CODE>.message | .analogy         a blocking hop, generic text:   'code.SUBNET_ACL_RESTRICTION.analogy'
 *   code.<CODE>.<form>.message | .analogy  a blocking hop, by how it was emitted (params.ts BLOCK_FORMS):
 *                                                                          'code.SUBNET_ACL_RESTRICTION.returnRule.message'
 *   hop.<kind>.<form>.message | .analogy   a passing / informational hop (params.ts PASS_FORMS):
 *                                                                          'hop.nacl.rule.analogy', 'hop.securityGroup.allow.message'
 *   hop.generic.<verdict>.message|analogy  a hop no form matches
 *   value.<group>.<value>                  enumerated param values:        'value.direction.inbound'
 *   traffic.all | icmp | ported            the derived `traffic` param
 *
 * Interpolation: `{{param}}` with the finding's / hop's params (lists in params.ts), plus
 * `resource` (finding.resource) for findings and `at` (hop.resource), `traffic`, `ports` for hops.
 * Resource ids are shown through `nameOf` when given.
 */
import type { TFunction } from 'i18next';
import { ruleById } from '../../validation/rules/index.ts';
import type { Hop } from '../../validation/reachability/types.ts';
import type { AnyFinding } from '../../validation/types.ts';
import { protocolName } from '../../validation/protocols.ts';
import { hopForm, ID_PARAMS, VALUE_PARAMS } from './params.ts';
import { FINDINGS_NS } from './ns.ts';

export { FINDINGS_NS };

// Both languages' texts, for tests and tools, are in ./resources.ts: the app loads Korean on
// demand (src/i18n/index.ts), so this module must not import it.

export interface FindingText {
  readonly title: string;
  readonly message: string;
  readonly analogy: string;
}

export interface HopText {
  readonly message: string;
  readonly analogy: string;
}

/**
 * Display name of a resource id; return undefined (or the id) for anything that is not an id
 * (params also hold CIDRs, addresses, `local`...).
 */
export type NameOf = (id: string) => string | undefined;

type Params = Record<string, string | number>;
/** Interpolation values: `t` is typed loosely here because keys are built at run time. */
type Translate = (key: string, options: Record<string, unknown>) => string;

function translator(t: TFunction): Translate {
  return t as unknown as Translate;
}

function lookup(t: Translate, key: string, params: Params, fallback: string): string {
  const out = t(key, { ...params, ns: FINDINGS_NS, defaultValue: fallback, interpolation: { escapeValue: false } });
  return typeof out === 'string' && out !== '' && out !== key && out !== `${FINDINGS_NS}:${key}` ? out : fallback;
}

/** Show ids as names: a single id, or a comma-separated list of ids. */
function named(value: string | number, nameOf: NameOf | undefined): string | number {
  if (!nameOf || typeof value !== 'string' || value === '') return value;
  const one = (id: string) => {
    const n = nameOf(id);
    return typeof n === 'string' && n !== '' ? n : id;
  };
  return value.includes(', ') ? value.split(', ').map(one).join(', ') : one(value);
}

/** Params ready to interpolate: ids as names, enumerated values translated. */
function display(t: Translate, params: Params, nameOf: NameOf | undefined): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    let value = v;
    if (ID_PARAMS.has(k) || k.endsWith('Id')) value = named(value, nameOf);
    const group = VALUE_PARAMS[k];
    if (group && typeof value === 'string' && value !== '') value = lookup(t, `value.${group}.${value}`, {}, value);
    out[k] = value;
  }
  return out;
}

/**
 * Title, technical message and analogy of a finding in the current language. Falls back to the
 * rule's English title and the finding's English `message` when a text is missing.
 */
export function findingText(t: TFunction, finding: AnyFinding, nameOf?: NameOf): FindingText {
  const tr = translator(t);
  const params = display(tr, { ...finding.params, resource: finding.resource }, nameOf);
  // An intent's finding (INTENT-<id>) is worded by its variant; its title is the intent's name.
  const intent = finding.rule.startsWith('INTENT-');
  const base = intent ? `intent.${finding.variant}` : `${finding.rule}.${finding.variant}`;
  if (intent) {
    return {
      title: String(finding.params.intent ?? finding.rule),
      message: lookup(tr, `${base}.message`, params, finding.message),
      analogy: lookup(tr, `${base}.analogy`, params, finding.message),
    };
  }
  const rule = finding.rule as Exclude<AnyFinding['rule'], `INTENT-${string}`>;
  return {
    title: lookup(tr, `${rule}.title`, {}, ruleById(rule)?.title ?? rule),
    message: lookup(tr, `${base}.message`, params, finding.message),
    analogy: lookup(tr, `${base}.analogy`, params, finding.message),
  };
}

/** The params a hop's text may use: its own, plus `at`, `traffic` and `ports`. */
export function hopParams(t: TFunction, hop: Hop, nameOf?: NameOf): Params {
  const tr = translator(t);
  const p = hop.params ?? {};
  const derived: Params = { at: hop.resource };
  if (typeof p.protocol === 'number') {
    const name = protocolName(p.protocol);
    derived.traffic = name
      ? lookup(tr, 'traffic.numberNamed', { number: p.protocol, name }, `protocol ${p.protocol} (${name})`)
      : lookup(tr, 'traffic.number', { number: p.protocol }, `protocol ${p.protocol}`);
    // A bare number reads badly where a text names the protocol ("{{protocol}} 1024-65535").
    derived.protocol = derived.traffic;
  } else if (typeof p.protocol === 'string') {
    const proto = p.protocol;
    derived.traffic =
      proto === 'all'
        ? lookup(tr, 'traffic.all', {}, 'all traffic')
        : proto === 'icmp'
          ? lookup(tr, 'traffic.icmp', {}, 'ICMP')
          : lookup(tr, 'traffic.ported', { protocol: proto, port: p.port ?? '' }, `${proto} ${p.port ?? ''}`);
  }
  if (p.fromPort !== undefined && p.toPort !== undefined) derived.ports = `${p.fromPort}-${p.toPort}`;
  return display(tr, { ...p, ...derived }, nameOf);
}

/**
 * Message and analogy of one hop of a reachability answer. Blocking hops are explained by their
 * code (and the form it was emitted in), others by kind; falls back to the hop's English `detail`.
 */
export function hopText(t: TFunction, hop: Hop, nameOf?: NameOf): HopText {
  const tr = translator(t);
  const { key } = hopForm(hop);
  const params = hopParams(t, hop, nameOf);
  return {
    message: lookup(tr, `${key}.message`, params, hop.detail),
    analogy: lookup(tr, `${key}.analogy`, params, hop.detail),
  };
}

export { hopForm } from './params.ts';
