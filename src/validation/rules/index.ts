/** The rule registry: every rule of the catalogue (validator-spec.md §3), in catalogue order. */
import type { RuleId } from '../types.ts';
import { bp001 } from './bp001.ts';
import { bp002 } from './bp002.ts';
import { bp003 } from './bp003.ts';
import { bp004 } from './bp004.ts';
import { cidr001 } from './cidr001.ts';
import { cidr002 } from './cidr002.ts';
import { cidr003 } from './cidr003.ts';
import { cidr004 } from './cidr004.ts';
import { eip001 } from './eip001.ts';
import { igw001 } from './igw001.ts';
import { igw002 } from './igw002.ts';
import { nacl001 } from './nacl001.ts';
import { nacl002 } from './nacl002.ts';
import { nacl003 } from './nacl003.ts';
import { nacl004 } from './nacl004.ts';
import { nacl005 } from './nacl005.ts';
import { nat001 } from './nat001.ts';
import { nat002 } from './nat002.ts';
import { nat003 } from './nat003.ts';
import { nat004 } from './nat004.ts';
import { nat005 } from './nat005.ts';
import { peer001 } from './peer001.ts';
import { peer002 } from './peer002.ts';
import { peer003 } from './peer003.ts';
import { peer004 } from './peer004.ts';
import { reach003 } from './reach003.ts';
import { rt001 } from './rt001.ts';
import { rt002 } from './rt002.ts';
import { rt003 } from './rt003.ts';
import { rt004 } from './rt004.ts';
import { rt005 } from './rt005.ts';
import type { RuleDef } from './rule.ts';
import { sg001 } from './sg001.ts';
import { sg002 } from './sg002.ts';
import { sg003 } from './sg003.ts';
import { sg004 } from './sg004.ts';
import { sg005 } from './sg005.ts';
import { sg006 } from './sg006.ts';
import { sg007 } from './sg007.ts';
import { sub001 } from './sub001.ts';
import { sub002 } from './sub002.ts';
import { sub003 } from './sub003.ts';
import { sub004 } from './sub004.ts';
import { top001 } from './top001.ts';
import { top002 } from './top002.ts';
import { top003 } from './top003.ts';

export type { RuleDef } from './rule.ts';

export const RULES: readonly RuleDef[] = [
  cidr001,
  cidr002,
  cidr003,
  cidr004,
  sub001,
  sub002,
  sub003,
  sub004,
  top001,
  top002,
  top003,
  rt001,
  rt002,
  rt003,
  rt004,
  rt005,
  igw001,
  igw002,
  nat001,
  nat002,
  nat003,
  nat004,
  nat005,
  eip001,
  nacl001,
  nacl002,
  nacl003,
  nacl004,
  nacl005,
  sg001,
  sg002,
  sg003,
  sg004,
  sg005,
  sg006,
  sg007,
  peer001,
  peer002,
  peer003,
  peer004,
  bp001,
  bp002,
  bp003,
  bp004,
  reach003,
];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Every `${rule}.${variant}` text key the UI needs, with its severity. */
export const RULE_VARIANTS: readonly {
  key: string;
  rule: RuleId;
  variant: string;
  severity: RuleDef['variants'][number]['severity'];
}[] = RULES.flatMap((r) =>
  r.variants.map((v) => ({ key: `${r.id}.${v.key}`, rule: r.id, variant: v.key, severity: v.severity })),
);

export function ruleById(id: string): RuleDef | undefined {
  return RULES.find((r) => r.id === id);
}
