/**
 * Terraform files read for the import dialog: `readTerraform` is asynchronous (the HCL parser is a
 * WebAssembly module, loaded the first time a .tf file is read), so its answer arrives in a state,
 * kept with the inputs, region and variable values it answers (a stale answer is never shown for newer inputs).
 */
import { useEffect, useState } from 'react';
import { readTerraform, type TerraformImportResult, type TerraformInput } from '../../io/terraform/index.ts';
import { browserHclParser } from './browserHcl.ts';

interface Answer {
  readonly inputs: readonly TerraformInput[];
  readonly region: string;
  readonly vars: Readonly<Record<string, string>>;
  readonly result: TerraformImportResult;
}

export function useTerraformImport(
  inputs: readonly TerraformInput[] | null,
  region: string,
  /** Values typed in the variables form (they win, as -var does). */
  vars: Readonly<Record<string, string>> = NO_VARS,
): { result: TerraformImportResult | null; reading: boolean; last: TerraformImportResult | null } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!inputs?.length) return;
    let live = true;
    void readTerraform(inputs, { ...(region ? { region } : {}), vars, loadHclParser: browserHclParser }).then(
      (result) => {
        if (live) setAnswer({ inputs, region, vars, result });
      },
    );
    return () => {
      live = false;
    };
  }, [inputs, region, vars]);
  if (!inputs?.length) return { result: null, reading: false, last: null };
  const current = answer?.inputs === inputs && answer.region === region && answer.vars === vars;
  // `last`: the answer for these inputs with other values typed (the form keeps its fields meanwhile).
  const last = answer?.inputs === inputs ? answer.result : null;
  return { result: current ? answer.result : null, reading: !current, last };
}

const NO_VARS: Readonly<Record<string, string>> = {};
