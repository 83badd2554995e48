import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { initI18nAsync } from '../i18n/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { loadEngine } from '../store/engine.ts';
import { loadDesignReader } from '../store/designReader.ts';
import { loadFlowRouter } from '../canvas/useFlowRoutes.ts';
import { App } from './App.tsx';
import { startAutosave } from './autosave.ts';

// The analysis engine (validator, path engine, finding texts: store/engine.ts) and the flow
// router (canvas/useFlowRoutes.ts) load while the texts and the saved design do, outside the
// first-load JavaScript. A failed load leaves the app usable, without findings or routed flows.
const loaded = (what: string, p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => console.error(`VPC Town could not load its ${what}`, e),
  );
const engine = loaded('analysis engine', loadEngine());
const router = loaded('flow router', loadFlowRouter());
// The design reader (store/designReader.ts) likewise; startAutosave waits for it when there are
// saved designs to read.
void loaded('design reader', loadDesignReader());
const i18n = await initI18nAsync();
document.documentElement.lang = i18n.language;
await startAutosave(i18n.t.bind(i18n));
// A design with resources (restored or shared) shows its findings and routed flows in its first
// paint; an empty one (a first visit) is painted without waiting for either.
const { design } = useDesignStore.getState();
if (design.resources.length > 0) await engine;
if (design.flows.length > 0) await router;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
