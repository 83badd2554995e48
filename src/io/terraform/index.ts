/**
 * Open Terraform (issue #15): `readTerraform` takes the files of a configuration (`.tf` HCL source,
 * one file or a folder's) or the JSON that `terraform show -json` prints for a plan or for state,
 * and converts the AWS network it creates to a design, with a report of what it imported, what it
 * kept as external, what it left out (modules not expanded, with why) and every problem with its
 * place. Never throws; asynchronous only because the HCL parser is a WebAssembly module, loaded the
 * first time HCL is read. The design is not laid out (the caller lays it out, layout/nested.ts).
 */
import type { Design, ResourceKind } from '../../model/types.ts';
import type { AwsProblem } from '../aws/problems.ts';
import type { VariableUse } from './hcl/config.ts';
import type { HclParser } from './hcl/parser.ts';

export type TerraformProblem = AwsProblem;

export interface TerraformInput {
  /** As given: `main.tf`, `network/vpc.tf`, `plan.json`. */
  readonly path: string;
  readonly text: string;
}

export interface ReadTerraformOptions {
  /** Values of input variables by name (they win over the defaults and every .tfvars file; `-var K=V`). */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * `.tfvars` / `.tfvars.json` files given as Terraform's `-var-file` (in order, a later one
   * winning): read after the files Terraform loads by itself (terraform.tfvars,
   * terraform.tfvars.json, *.auto.tfvars[.json] among the inputs), before `vars`.
   */
  readonly varFiles?: readonly TerraformInput[];
  /** The design's name (default: the folder or file name, else "Imported from Terraform"). */
  readonly name?: string;
  /** The provider's region when the configuration does not say (default us-east-1, reported). */
  readonly region?: string;
  /** Loads the HCL parser when HCL is read (default: hcl2json's Node loader; the app passes its own). */
  readonly loadHclParser?: () => Promise<HclParser>;
}

export interface TerraformImportReport {
  /** What was read: HCL source, a plan's JSON or state's JSON; null when nothing could be. */
  readonly format: 'hcl' | 'plan' | 'state' | null;
  readonly counts: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly externals: readonly { id: string; awsType: string; name: string }[];
  /** Resources of other providers or services, by type: not drawn. */
  readonly leftOut: readonly { type: string; count: number }[];
  /** Module calls not expanded, and why (a registry module is never fetched). */
  readonly modules: readonly { name: string; source: string; why: string }[];
  /** Each input variable and the value the import used (from a .tfvars file: `from` names it). */
  readonly variables: readonly VariableUse[];
  readonly problems: readonly TerraformProblem[];
}

export interface TerraformImportResult {
  /** Null means refused: a problem of severity 'error' says why. */
  readonly design: Design | null;
  readonly report: TerraformImportReport;
}

export { readTerraform } from './read.ts';
export type { HclParser } from './hcl/parser.ts';
export type { VariableUse } from './hcl/config.ts';
export { isAutoTfvars, isTfvars } from './tfvars.ts';
