/**
 * The validator's public contract: findings carry a rule id from the catalogue
 * (/work/shared/validator-spec.md §3), a severity, and a variant key naming which sub-condition
 * fired. `message` is plain English for the CLI; the UI translates `${rule}.${variant}` with
 * `params` instead, so every value interpolated into the message is also in `params`.
 */
import type { ResourceId } from '../model/types.ts';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_ID_LIST = [
  'CIDR-001',
  'CIDR-002',
  'CIDR-003',
  'CIDR-004',
  'SUB-001',
  'SUB-002',
  'SUB-003',
  'SUB-004',
  'TOP-001',
  'TOP-002',
  'TOP-003',
  'RT-001',
  'RT-002',
  'RT-003',
  'RT-004',
  'RT-005',
  'IGW-001',
  'IGW-002',
  'NAT-001',
  'NAT-002',
  'NAT-003',
  'NAT-004',
  'NAT-005',
  'EIP-001',
  'NACL-001',
  'NACL-002',
  'NACL-003',
  'NACL-004',
  'NACL-005',
  'SG-001',
  'SG-002',
  'SG-003',
  'SG-004',
  'SG-005',
  'SG-006',
  'SG-007',
  'PL-001',
  'PEER-001',
  'PEER-002',
  'PEER-003',
  'PEER-004',
  'TGW-001',
  'TGW-002',
  'TGW-003',
  'TGW-004',
  'VPN-001',
  'BP-001',
  'BP-002',
  'BP-003',
  'BP-004',
  'REACH-003',
  'VPCE-001',
  'VPCE-002',
  'V6-001',
  'V6-002',
  'V6-003',
  'V6-004',
  'LB-001',
  'LB-002',
  'LB-003',
  'ENI-001',
  'ENI-002',
] as const;

export type RuleId = (typeof RULE_ID_LIST)[number];

/** The rule-like id of an intent's findings (src/validation/intents): `INTENT-<intent id>`. */
export type IntentRuleId = `INTENT-${string}`;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The resource the finding is about (shown on the canvas). */
  readonly resource: ResourceId;
  /** Other resources involved (the overlapping subnet, the second route table...). */
  readonly related?: ResourceId[];
  /** Plain English, for the CLI. */
  readonly message: string;
  /** Kebab key of the sub-condition that fired; i18n key is `${rule}.${variant}`. */
  readonly variant: string;
  /** The values interpolated into `message`. */
  readonly params: Record<string, string | number>;
}

/** A finding of an intent (src/validation/intents): the same shape, with an `INTENT-…` id. */
export interface IntentFinding extends Omit<Finding, 'rule'> {
  readonly rule: IntentRuleId;
}

/** What the findings panel lists: the catalogue's findings and the intents'. */
export type AnyFinding = Finding | IntentFinding;

export interface RuleVariant {
  readonly key: string;
  readonly severity: Severity;
}
