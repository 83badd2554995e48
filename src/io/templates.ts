/**
 * Starter templates: the four designs of examples/, bundled with Vite's JSON imports and checked
 * again by the importer when opened, exactly like a file (so a bad edit of an example shows up as
 * a message, not as a broken canvas). Names and descriptions are i18n keys under
 * `files.templates.items.<id>`; the UI translates them.
 */
import singlePublicWeb from '../../examples/single-public-web.json';
import twoAzWebDb from '../../examples/two-az-web-db.json';
import threeTierAlb from '../../examples/three-tier-alb.json';
import peeredVpcs from '../../examples/peered-vpcs.json';
import { parseDesignJson, type ParseResult } from './json/read.ts';

export const TEMPLATE_IDS = ['singlePublicWeb', 'twoAzWebDb', 'threeTierAlb', 'peeredVpcs'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Template {
  readonly id: TemplateId;
  /** Counts shown in the dialog, from the bundled JSON. */
  readonly resources: number;
  readonly flows: number;
  load(): ParseResult;
}

const SOURCES: Record<TemplateId, { resources: readonly unknown[]; flows: readonly unknown[] }> = {
  singlePublicWeb,
  twoAzWebDb,
  threeTierAlb,
  peeredVpcs,
};

export const TEMPLATES: readonly Template[] = TEMPLATE_IDS.map((id) => {
  const source = SOURCES[id];
  return {
    id,
    resources: source.resources.length,
    flows: source.flows.length,
    // Re-validated through the importer every time: the bundled object is data from a file.
    load: () => parseDesignJson(JSON.stringify(source)),
  };
});
