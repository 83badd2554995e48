/**
 * Terraform files read for the import dialog: `readTerraform` is asynchronous (the HCL parser is a
 * WebAssembly module, loaded the first time a .tf file is read), so its answer arrives in a state,
 * kept with the inputs and region it answers (a stale answer is never shown for newer inputs).
 */
import { useEffect, useState } from 'react';
import { readTerraform, type TerraformImportResult, type TerraformInput } from '../../io/terraform/index.ts';
import { browserHclParser } from './browserHcl.ts';

interface Answer {
  readonly inputs: readonly TerraformInput[];
  readonly region: string;
  readonly result: TerraformImportResult;
}

export function useTerraformImport(
  inputs: readonly TerraformInput[] | null,
  region: string,
): { result: TerraformImportResult | null; reading: boolean } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!inputs?.length) return;
    let live = true;
    void readTerraform(inputs, { ...(region ? { region } : {}), loadHclParser: browserHclParser }).then((result) => {
      if (live) setAnswer({ inputs, region, result });
    });
    return () => {
      live = false;
    };
  }, [inputs, region]);
  if (!inputs?.length) return { result: null, reading: false };
  const current = answer?.inputs === inputs && answer.region === region;
  return { result: current ? answer.result : null, reading: !current };
}
