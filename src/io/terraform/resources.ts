/**
 * A resource instance as both readers give it (HCL source evaluated, or a plan's or state's JSON):
 * its address, type and attributes, nested blocks as lists of maps (Terraform's own JSON shape).
 */
import type { TfValue } from './values.ts';

export interface TfResource {
  /** `aws_subnet.public[0]`, `module.sg["x"].aws_security_group.this`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** The file it comes from (for problems). */
  readonly file: string;
  readonly values: Readonly<Record<string, TfValue>>;
}
