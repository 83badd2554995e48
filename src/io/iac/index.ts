/**
 * Export a design as infrastructure as code (issue #15): `toCloudFormation` (a YAML template) and
 * `toTerraform` (main.tf and variables.tf), each with notes on what was left out, what needs
 * parameters and what cannot survive a round trip. Pure: the CLI and the app (lazily) call them.
 */
export { toCloudFormation, type CfnExport } from './cfn.ts';
export type { IacNote, IacNoteCode, IacParameter } from './notes.ts';
export { toTerraform, type TerraformExport, type TerraformFile } from './terraform.ts';
