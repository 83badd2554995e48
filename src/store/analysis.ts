/**
 * Live analysis of the current design: findings and the state of every traffic flow. Computed
 * once per design snapshot (memoised by identity) however many components ask, and only when the
 * document changes: drags live in view state until they end, so dragging never revalidates.
 *
 * Findings come from one incremental validator (src/validation/incremental.ts): after an edit it
 * re-runs only the rules that read what changed, with the same answer as `validate`. The flow
 * analysis asks it for the new snapshot's context first, so the path engine reuses that context
 * (built from the previous one) instead of building its own.
 *
 * The validator and the path engine arrive with the analysis engine (engine.ts), after the first
 * paint of an empty design: until then a design has no findings and no flow answers (nothing is
 * cached), and the hooks re-render when it arrives. main.tsx waits for it before showing a design
 * that has resources, and `analyseAhead` before showing one just opened.
 */
import { useDesignStore } from './designStore.ts';
import type { Design } from '../model/index.ts';
import type { IncrementalValidator } from '../validation/index.ts';
import type { FlowVerdict, ReachabilityAnswer } from '../validation/reachability/index.ts';
import type { AnyFinding, Finding } from '../validation/types.ts';
import type { IntentResult } from '../validation/intents/index.ts';
import type { OpenRead } from './openRead.ts';
import { engineNow, loadEngine, useEngine, type Engine } from './engine.ts';
import { accessWorker, onAccess, postAccess } from './accessWorker.ts';
import { create } from 'zustand';

/** A resource's worst finding and how many it has: its badge on the canvas. */
export interface FindingSummary {
  readonly severity: 'error' | 'warning' | 'info';
  readonly count: number;
}

/** Whether a drawn flow gets through, and how it ends: its colour on the canvas. */
export interface FlowStatus {
  readonly reachable: boolean;
  readonly outcome: 'delivered' | 'exits' | 'blocked' | 'unknown';
  /** What the flow shows, from its answer and what it was drawn for (reachability/flows.ts `flowVerdict`). */
  readonly verdict: FlowVerdict;
}

const findingsCache = new WeakMap<Design, readonly Finding[]>();
const summaryCache = new WeakMap<Design, ReadonlyMap<string, FindingSummary>>();
const flowCache = new WeakMap<Design, ReadonlyMap<string, ReachabilityAnswer>>();
const statusCache = new WeakMap<Design, ReadonlyMap<string, ReachabilityAnswer & FlowStatus>>();
const intentCache = new WeakMap<Design, readonly IntentResult[]>();
const allFindingsCache = new WeakMap<Design, readonly AnyFinding[]>();
/**
 * While a large design's intents are checked in a worker, its findings list and summary are built
 * from an earlier snapshot's answer: kept per snapshot and per answer, so every render until the
 * worker replies gets the same objects. A new array on each call made the findings panel
 * (useRowsInSlices) set state on every render, an endless loop that unmounted the app on the
 * first edit of a 5,000-resource design (e2e/largeEstate.spec.ts).
 */
const provisionalAll = new WeakMap<
  Design,
  { readonly intents: readonly IntentResult[]; readonly all: readonly AnyFinding[] }
>();
const provisionalSummary = new WeakMap<
  Design,
  { readonly all: readonly AnyFinding[]; readonly summary: ReadonlyMap<string, FindingSummary> }
>();
const NO_INTENTS: readonly IntentResult[] = [];

const RANK = { error: 3, warning: 2, info: 1 } as const;

const NO_FINDINGS: readonly Finding[] = [];
const NO_SUMMARY: ReadonlyMap<string, FindingSummary> = new Map();
const NO_ANSWERS: ReadonlyMap<string, ReachabilityAnswer & FlowStatus> = new Map();

/** One for the app: it remembers the last design validated (the previous snapshot, usually). */
let appValidator: IncrementalValidator | null = null;
const validatorOf = (engine: Engine) => (appValidator ??= engine.createIncrementalValidator());

let lastValidated: Design | null = null;

/**
 * Whether `next` shares no resource with `prev` at either end of the list (or `prev` had none):
 * another design (opened, switched to), not an edit of this one. Diffing the two would cost more than validating in full.
 */
export function unrelated(prev: Design, next: Design): boolean {
  const a = prev.resources;
  const b = next.resources;
  if (a === b || b.length === 0) return false;
  // From an empty design (the app's first): nothing to diff against.
  if (a.length === 0) return true;
  return a[0] !== b[0] && a[a.length - 1] !== b[b.length - 1];
}

/** Before the validator sees `design`: forget the previous design when this one is another design. */
function follow(validator: IncrementalValidator, design: Design) {
  if (lastValidated && unrelated(lastValidated, design)) validator.reset();
  lastValidated = design;
}

export function findingsOf(design: Design): readonly Finding[] {
  let f = findingsCache.get(design);
  if (!f) {
    const engine = engineNow();
    if (!engine) return NO_FINDINGS;
    const validator = validatorOf(engine);
    follow(validator, design);
    f = validator.validate(design);
    findingsCache.set(design, f);
  }
  return f;
}

/** Above this many resources a design's intents are checked in the access worker (access.worker.ts). */
export const INTENTS_WORKER_ABOVE = 300;

/** Bumped when a worker's answer arrives, so the hooks re-render with it. */
const useIntentsTick = create<{ tick: number }>(() => ({ tick: 0 }));
let intentsSeq = 0;
const pendingIntents = new Map<number, Design>();
/** The last intents' answer (of some earlier snapshot): shown while a large design's is computed. */
let lastIntents: readonly IntentResult[] = NO_INTENTS;

/**
 * Above this many resources a design's flows are answered in the access worker too, after an
 * edit: at 20,000 resources answering ~800 flows took ~250 ms of the edit's one long task (issue
 * #17). Until the answer arrives each flow keeps the last answer of an earlier snapshot of the
 * same design (as the intents do); a flow that had none has none (drawn pending).
 */
export const FLOWS_WORKER_ABOVE = 2000;
const pendingFlows = new Map<number, Design>();
/** The last flow answers from the worker, and of which design. */
let lastFlows: { readonly design: Design; readonly answers: ReadonlyMap<string, ReachabilityAnswer> } | null = null;
const provisionalFlows = new WeakMap<Design, ReadonlyMap<string, ReachabilityAnswer>>();
const provisionalStatus = new WeakMap<
  Design,
  {
    readonly answers: ReadonlyMap<string, ReachabilityAnswer>;
    readonly status: ReadonlyMap<string, ReachabilityAnswer & FlowStatus>;
  }
>();
const flowsInWorker = (design: Design) => design.flows.length > 0 && design.resources.length > FLOWS_WORKER_ABOVE;
const flowsPending = (design: Design) => [...pendingFlows.values()].includes(design);

onAccess('flows', {
  reply(m) {
    if (m.kind !== 'flows') return;
    const design = pendingFlows.get(m.seq);
    pendingFlows.delete(m.seq);
    if (!design) return;
    const answers = new Map(m.answers);
    flowCache.set(design, answers);
    lastFlows = { design, answers };
    useIntentsTick.setState((s) => ({ tick: s.tick + 1 }));
  },
  error() {
    pendingFlows.clear();
  },
});

onAccess('intents', {
  reply(m) {
    if (m.kind !== 'intents') return;
    const design = pendingIntents.get(m.seq);
    pendingIntents.delete(m.seq);
    if (!design) return;
    intentCache.set(design, m.results);
    lastIntents = m.results;
    useIntentsTick.setState((s) => ({ tick: s.tick + 1 }));
  },
  error() {
    // Asked again on the next render.
    pendingIntents.clear();
  },
});

/**
 * Every intent of the design (the starter intents, then its own) checked exactly by the access
 * engine (validation/intents), on the context the validator built for this snapshot. A large
 * design's are checked in a worker: until its answer arrives this returns the last answer (of an
 * earlier snapshot), and the hooks re-render when it does, so an edit never waits for them.
 */
export function intentResultsOf(design: Design): readonly IntentResult[] {
  let r = intentCache.get(design);
  if (r) return r;
  const engine = engineNow();
  if (!engine) return NO_INTENTS;
  if (design.resources.length > INTENTS_WORKER_ABOVE) {
    const w = accessWorker();
    if (w) {
      if (![...pendingIntents.values()].includes(design)) {
        // Only the newest snapshot matters: older requests are answered and dropped.
        pendingIntents.clear();
        const seq = ++intentsSeq;
        pendingIntents.set(seq, design);
        // The flows with it (one copy of the design to the worker), if they are asked there.
        const flows = flowsInWorker(design) && !flowCache.has(design) && !flowsPending(design);
        if (flows) {
          pendingFlows.clear();
          pendingFlows.set(seq, design);
        }
        postAccess(w, { seq, kind: 'intents', design, flows });
      }
      return lastIntents;
    }
  }
  const validator = validatorOf(engine);
  follow(validator, design);
  const ctx = validator.context(design);
  r = engine.evaluateIntents(ctx ?? design);
  intentCache.set(design, r);
  lastIntents = r;
  return r;
}

/** The catalogue's findings and the intents' (INTENT-…), in one sorted list: the findings panel's. */
export function allFindingsOf(design: Design): readonly AnyFinding[] {
  let all = allFindingsCache.get(design);
  if (!all) {
    const engine = engineNow();
    if (!engine) return NO_FINDINGS;
    const intents = intentResultsOf(design);
    const provisional = provisionalAll.get(design);
    if (provisional?.intents === intents) return provisional.all;
    const own = engine.intentFindings(intents);
    const rules = findingsOf(design);
    all = own.length ? [...rules, ...own].sort(engine.compareFindings) : rules;
    // Kept for good only once this snapshot's own intents' answer is in (a worker's may still be coming).
    if (intentCache.has(design)) allFindingsCache.set(design, all);
    else provisionalAll.set(design, { intents, all });
  }
  return all;
}

export function summaryOf(design: Design): ReadonlyMap<string, FindingSummary> {
  let s = summaryCache.get(design);
  if (!s) {
    if (!engineNow()) return NO_SUMMARY;
    const all = allFindingsOf(design);
    const provisional = provisionalSummary.get(design);
    if (provisional?.all === all) return provisional.summary;
    const m = new Map<string, FindingSummary>();
    for (const f of all) {
      const prev = m.get(f.resource);
      const severity = !prev || RANK[f.severity] > RANK[prev.severity] ? f.severity : prev.severity;
      m.set(f.resource, { severity, count: (prev?.count ?? 0) + 1 });
    }
    s = m;
    if (intentCache.has(design)) summaryCache.set(design, s);
    else provisionalSummary.set(design, { all, summary: s });
  }
  return s;
}

/**
 * While a very large design's flows are answered in the worker: the last answers of an earlier
 * snapshot of the same design, for the flows this one still has; the same map on every call.
 */
function flowsMeanwhile(design: Design): ReadonlyMap<string, ReachabilityAnswer> {
  let m = provisionalFlows.get(design);
  if (!m) {
    const out = new Map<string, ReachabilityAnswer>();
    if (lastFlows && !unrelated(lastFlows.design, design))
      for (const f of design.flows) {
        const a = lastFlows.answers.get(f.id);
        if (a) out.set(f.id, a);
      }
    m = out;
    provisionalFlows.set(design, m);
  }
  return m;
}

export function flowAnswers(design: Design): ReadonlyMap<string, ReachabilityAnswer> {
  let m = flowCache.get(design);
  if (!m) {
    const engine = engineNow();
    if (!engine) return NO_ANSWERS;
    const w = flowsInWorker(design) ? accessWorker() : null;
    if (w) {
      if (!flowsPending(design)) {
        pendingFlows.clear();
        const seq = ++intentsSeq;
        pendingFlows.set(seq, design);
        postAccess(w, { seq, kind: 'flows', design });
      }
      return flowsMeanwhile(design);
    }
    const out = new Map<string, ReachabilityAnswer>();
    // The context from the previous snapshot's (cached per design, so analyzeReachability uses it).
    if (design.flows.length) {
      const validator = validatorOf(engine);
      follow(validator, design);
      validator.context(design);
    }
    for (const f of design.flows)
      out.set(
        f.id,
        engine.analyzeReachability(design, {
          from: f.from,
          to: f.to,
          protocol: f.protocol,
          port: f.port,
          ...(f.ipVersion ? { ipVersion: f.ipVersion } : {}),
        }),
      );
    m = out;
    flowCache.set(design, m);
    lastFlows = { design, answers: m };
  }
  return m;
}

/** Each flow's answer with its verdict (what the canvas colours it by). */
export function flowStatusOf(design: Design): ReadonlyMap<string, ReachabilityAnswer & FlowStatus> {
  let m = statusCache.get(design);
  if (!m) {
    const engine = engineNow();
    if (!engine) return NO_ANSWERS;
    const answers = flowAnswers(design);
    const provisional = !flowCache.has(design);
    const kept = provisional ? provisionalStatus.get(design) : undefined;
    if (kept?.answers === answers) return kept.status;
    const out = new Map<string, ReachabilityAnswer & FlowStatus>();
    for (const f of design.flows) {
      const a = answers.get(f.id);
      if (a) out.set(f.id, { ...a, verdict: engine.flowVerdict(f.expect, a) });
    }
    m = out;
    // Kept for good only once this snapshot's own answers are in (the worker's may still be coming).
    if (provisional) provisionalStatus.set(design, { answers, status: m });
    else statusCache.set(design, m);
  }
  return m;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Before showing a design just read (a file being opened): validate it and answer its flows, each
 * in a task of its own, so the render that shows it only looks the answers up and the page
 * answers clicks and keys between the steps.
 */
export async function analyseAhead(design: Design): Promise<void> {
  await loadEngine();
  await nextTask();
  findingsOf(design);
  await nextTask();
  flowAnswers(design);
  await nextTask();
}

/**
 * A design read and analysed elsewhere (openRead.ts, in a worker for a large file): its findings
 * and flow answers become the live analysis's, so showing it validates nothing, and the next edit
 * is incremental from it.
 */
export function adoptRead(read: Extract<OpenRead, { ok: true }>, engine: Engine): void {
  const { design } = read;
  lastValidated = design;
  findingsCache.set(design, validatorOf(engine).adopt(design, read.perPart));
  const answers = new Map(read.flows);
  flowCache.set(design, answers);
  lastFlows = { design, answers };
}

/** The design on screen, in a component that also re-renders when the engine arrives. */
function useAnalysedDesign(): Design {
  useEngine();
  useIntentsTick((s) => s.tick);
  return useDesignStore((s) => s.design);
}

export const useFindings = () => allFindingsOf(useAnalysedDesign());
export const useIntentResults = () => intentResultsOf(useAnalysedDesign());
export const useFindingsSummary = () => summaryOf(useAnalysedDesign());
export const useFlowStatus = () => flowStatusOf(useAnalysedDesign());
