/**
 * Where the analysis engine (engineModules.ts: validator, path engine, finding texts) comes from.
 * It is loaded with `import()`, so a first visit's first paint (an empty design) does not wait
 * for it; main.tsx starts loading it before the first render and waits for it only when the
 * design on screen has resources, so a restored or shared design shows its findings in its first
 * paint. Components read it through `useEngine` and re-render when it arrives.
 */
import { create } from 'zustand';

export type Engine = typeof import('./engineModules.ts');

const useEngineStore = create<{ engine: Engine | null }>(() => ({ engine: null }));

let loading: Promise<Engine> | null = null;

/** Load the engine (once; a failed load is tried again on the next call). */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engineModules.ts').then(
    (engine) => {
      useEngineStore.setState({ engine });
      return engine;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The engine if it has arrived, else null. */
export const engineNow = (): Engine | null => useEngineStore.getState().engine;

/** The engine in a component: null until it has arrived, then the component re-renders with it. */
export const useEngine = (): Engine | null => useEngineStore((s) => s.engine);
