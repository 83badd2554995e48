/**
 * File › Export as CloudFormation… / Export as Terraform…: the dialog (ui/iacExport, loaded with
 * the exporters when first opened) writes the design as code, shows the notes and downloads it.
 */
import type { Action } from './types.ts';
import { setDialog } from './state.ts';

export const actionExportCfn: Action = {
  name: 'exportCfn',
  label: 'files.exportCfn',
  menuHint: '.yaml',
  perform: () => setDialog({ kind: 'exportIac', language: 'cfn' }),
};

export const actionExportTerraform: Action = {
  name: 'exportTerraform',
  label: 'files.exportTerraform',
  menuHint: '.tf',
  perform: () => setDialog({ kind: 'exportIac', language: 'terraform' }),
};
