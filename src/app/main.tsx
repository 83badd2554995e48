import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { initI18nAsync } from '../i18n/index.ts';
import { App } from './App.tsx';
import { startAutosave } from './autosave.ts';

const i18n = await initI18nAsync();
document.documentElement.lang = i18n.language;
await startAutosave(i18n.t.bind(i18n));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
