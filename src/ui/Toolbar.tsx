import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useCanvasView } from '../canvas/useCanvasView.ts';
import { useDesignStore, undo, redo } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';
import { TextField } from './fields.tsx';
import { FileMenu } from './FileMenu.tsx';
import { deleteSelection, duplicateSelection, runAutoLayout } from './commands.ts';

function ToolbarImpl({ snap, onSnap }: { snap: boolean; onSnap: (v: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const view = useCanvasView();
  const name = useDesignStore((s) => s.design.name);
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  const hasSelection = useViewStore((s) => s.selection.length > 0);
  const explain = useViewStore((s) => s.explainMode);
  return (
    <header className="vt-toolbar" data-testid="toolbar">
      <div className="vt-brand">
        <span className="vt-brand__logo" aria-hidden="true">
          ▦
        </span>{' '}
        {t('app.title')}
      </div>
      <div className="vt-toolbar__name">
        <TextField
          label={t('app.designName')}
          value={name}
          testId="toolbar.name"
          onCommit={(v) => useDesignStore.getState().rename(v.trim() || t('app.untitled'))}
        />
      </div>
      <FileMenu />
      <div className="vt-toolbar__group" role="group">
        <button
          type="button"
          className="vt-btn"
          onClick={undo}
          disabled={!canUndo}
          data-testid="toolbar.undo"
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          ↶ {t('toolbar.undo')}
        </button>
        <button
          type="button"
          className="vt-btn"
          onClick={redo}
          disabled={!canRedo}
          data-testid="toolbar.redo"
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
        >
          ↷ {t('toolbar.redo')}
        </button>
      </div>
      <div className="vt-toolbar__group" role="group">
        <button
          type="button"
          className="vt-btn"
          onClick={duplicateSelection}
          disabled={!hasSelection}
          data-testid="toolbar.duplicate"
          title={`${t('toolbar.duplicate')} (Ctrl+D)`}
        >
          {t('toolbar.duplicate')}
        </button>
        <button
          type="button"
          className="vt-btn"
          onClick={deleteSelection}
          disabled={!hasSelection}
          data-testid="toolbar.delete"
          title={`${t('toolbar.delete')} (Delete)`}
        >
          {t('toolbar.delete')}
        </button>
      </div>
      <div className="vt-toolbar__group" role="group">
        <button
          type="button"
          className="vt-btn"
          data-testid="toolbar.layout"
          onClick={async () => {
            await runAutoLayout();
            requestAnimationFrame(() => view.fit({ duration: 300 }));
          }}
        >
          {t('toolbar.layout')}
        </button>
        <button type="button" className="vt-btn" data-testid="toolbar.fit" onClick={() => view.fit({ duration: 300 })}>
          {t('toolbar.fit')}
        </button>
        <label className="vt-btn vt-btn--toggle">
          <input type="checkbox" checked={snap} onChange={(e) => onSnap(e.target.checked)} data-testid="toolbar.snap" />{' '}
          {t('toolbar.snap')}
        </label>
        <label className="vt-btn vt-btn--toggle">
          <input
            type="checkbox"
            checked={explain}
            onChange={(e) => useViewStore.getState().setExplainMode(e.target.checked)}
            data-testid="toolbar.explain"
          />{' '}
          {t('toolbar.explain')}
        </label>
      </div>
      <div className="vt-toolbar__spacer" />
      <label className="vt-lang">
        <span className="vt-sr-only">{t('toolbar.language')}</span>
        <select
          value={i18n.language}
          onChange={(e) => void setLanguage(e.target.value as Language)}
          data-testid="toolbar.language"
          aria-label={t('toolbar.language')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === 'en' ? 'English' : '한국어'}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}

export const Toolbar = memo(ToolbarImpl);
