/**
 * Reading a design file for opening, and analysing it: parse and check the text (io/json), run
 * every rule (each rule part's findings, for the incremental validator's `adopt`) and answer every
 * traffic flow. A pure function: the worker (openRead.worker.ts) runs it off the main thread for a
 * large file, the app runs it in place for a small one (openInBackground.ts); both give the same
 * answer, which analysis.ts `adoptRead` hands to the live analysis.
 */
import type { Design } from '../model/index.ts';
import { parseDesignJson, type ReadError } from '../io/json/read.ts';
import { analyzeReachability, perPartFindings, type Finding, type ReachabilityAnswer } from '../validation/index.ts';

/** How far reading got: `flows` counts the traffic flows answered. */
export type OpenProgress =
  | { readonly stage: 'reading' }
  | { readonly stage: 'checking' }
  | { readonly stage: 'flows'; readonly done: number; readonly total: number };

export type OpenRead =
  | {
      readonly ok: true;
      readonly design: Design;
      readonly warnings: string[];
      /** Each rule part's findings (incremental.ts `perPartFindings`). */
      readonly perPart: Finding[][][];
      /** Each flow's answer, by flow id, in the design's order. */
      readonly flows: [string, ReachabilityAnswer][];
    }
  | { readonly ok: false; readonly errors: ReadError[] };

/** Flows answered between two progress reports. */
const FLOWS_PER_REPORT = 25;

/** Read, check and analyse a design's text. Never throws. */
export function readForOpen(
  text: string,
  maxResources: number,
  onProgress: (p: OpenProgress) => void = () => {},
): OpenRead {
  onProgress({ stage: 'reading' });
  const parsed = parseDesignJson(text, { maxResources });
  if (!parsed.ok) return parsed;
  const { design, warnings } = parsed;
  onProgress({ stage: 'checking' });
  const perPart = perPartFindings(design);
  const flows: [string, ReachabilityAnswer][] = [];
  const total = design.flows.length;
  for (const f of design.flows) {
    if (flows.length % FLOWS_PER_REPORT === 0) onProgress({ stage: 'flows', done: flows.length, total });
    flows.push([
      f.id,
      analyzeReachability(design, {
        from: f.from,
        to: f.to,
        protocol: f.protocol,
        port: f.port,
        ...(f.ipVersion ? { ipVersion: f.ipVersion } : {}),
      }),
    ]);
  }
  return { ok: true, design, warnings, perPart, flows };
}
