/**
 * What a file holds, told from its name and its first characters, without parsing it: a VPC Town
 * design, a CloudFormation template, Terraform (HCL source, a `terraform show -json` plan or state),
 * or something else. Small and free of parsers on purpose: the app asks it before it loads the
 * (large, lazily loaded) reader that fits (first-load budget, BENCHMARKS.md), the CLI before it picks
 * a command's reader.
 */

export type IacKind = 'design' | 'cfn' | 'terraform-hcl' | 'terraform-json';

/** How much of a file's start the checks read. */
const HEAD = 64 * 1024;

/**
 * A CloudFormation template rather than a design or describe output: a top-level
 * `AWSTemplateFormatVersion`, or a `Resources` section whose entries have `Type: AWS::…`.
 */
export function looksLikeCfn(text: string): boolean {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  if (/"format"\s*:\s*"vpc-town"/.test(head.slice(0, 4096))) return false;
  if (/^\s*\{?\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(head)) return true;
  return /^\s*\{?\s*["']?Resources["']?\s*:/m.test(head) && /["']?Type["']?\s*:\s*["']?(AWS|Custom)::/.test(head);
}

/** `terraform show -json` of a plan or of state: `format_version` with `planned_values`, `values` or `terraform_version`. */
export function looksLikeTerraformJson(text: string): boolean {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(head) || !/"format_version"\s*:/.test(head)) return false;
  return /"(planned_values|resource_changes|values|terraform_version|prior_state|configuration)"\s*:/.test(head);
}

/** HCL: a `.tf` file's top-level blocks (`resource "aws_vpc" "x" {`, `variable "x" {`, `module`, `locals {` …). */
export function looksLikeHcl(text: string): boolean {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  return /^\s*(resource|data)\s+"[\w-]+"\s+"[\w-]+"\s*\{|^\s*(variable|module|output|provider)\s+"[\w-]+"\s*\{|^\s*(locals|terraform)\s*\{/m.test(
    head,
  );
}

/** What a file is, by name first (`.tf`, `.yaml`…) and then by content; null when it is none of these. */
export function detectIac(name: string, text: string): IacKind | null {
  const lower = name.toLowerCase();
  // Variable definitions (.tfvars is HCL; .tfvars.json too is read by the Terraform reader).
  if (lower.endsWith('.tf') || /\.tfvars(\.json)?$/.test(lower)) return 'terraform-hcl';
  if (/"format"\s*:\s*"vpc-town"/.test(text.slice(0, 4096))) return 'design';
  if (looksLikeTerraformJson(text)) return 'terraform-json';
  if (looksLikeCfn(text)) return 'cfn';
  if (/\.(ya?ml|template)$/.test(lower)) return 'cfn';
  if (!/^\s*[{[]/.test(text.slice(0, 4096).replace(/^\uFEFF/, '')) && looksLikeHcl(text)) return 'terraform-hcl';
  return lower.endsWith('.json') || /^\s*[{[]/.test(text.slice(0, 64)) ? 'design' : null;
}
