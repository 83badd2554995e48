import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';
import { TextField } from './fields.tsx';
import { FileMenu } from './FileMenu.tsx';
import { ACTIONS, type ActionName } from './actions/index.ts';
import { useActionContext } from './actions/useActionContext.ts';
import { useIntentResults } from '../store/analysis.ts';
import { useIntentsUi } from './intents/intentsUi.ts';
import { useMatrixUi } from './matrix/matrixUi.ts';

/** Shows the intents in the side pane (or the inspector again), with how many are violated. */
function IntentsButton() {
  const { t } = useTranslation();
  const on = useIntentsUi((s) => s.tab === 'intents');
  const violated = useIntentResults().filter((r) => r.status === 'violated').length;
  return (
    <button
      type="button"
      className="vt-btn vt-btn--intents"
      aria-pressed={on}
      onClick={() => useIntentsUi.getState().setTab(on ? 'inspector' : 'intents')}
      data-testid="toolbar.intents"
    >
      {t('intents.tab')}
      {violated > 0 && (
        <span className="vt-count vt-count--error" data-testid="toolbar.intents.violated">
          {violated}
        </span>
      )}
    </button>
  );
}

/** Shows or hides the access matrix view over the canvas. */
function MatrixButton() {
  const { t } = useTranslation();
  const on = useMatrixUi((s) => s.open);
  const a = ACTIONS.matrix;
  return (
    <button
      type="button"
      className="vt-btn"
      aria-pressed={on}
      onClick={() => void a.perform(undefined as never)}
      title={`${t(a.label)} (${a.shortcutLabel})`}
      data-testid="toolbar.matrix"
    >
      {t(a.label)}
    </button>
  );
}

function ToolbarImpl({ snap, onSnap }: { snap: boolean; onSnap: (v: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const ctx = useActionContext();
  /** A button's click, label and tooltip ("Undo (Ctrl+Z)"), from its action. */
  const act = (name: ActionName) => {
    const a = ACTIONS[name];
    return {
      onClick: () => void a.perform(ctx),
      title: a.shortcutLabel ? `${t(a.label)} (${a.shortcutLabel})` : undefined,
      label: t(a.label),
    };
  };
  const undo = act('undo');
  const redo = act('redo');
  const duplicate = act('duplicate');
  const del = act('delete');
  const layout = act('autoLayout');
  const fit = act('fitView');
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
          onClick={undo.onClick}
          disabled={!canUndo}
          data-testid="toolbar.undo"
          title={undo.title}
        >
          ↶ {undo.label}
        </button>
        <button
          type="button"
          className="vt-btn"
          onClick={redo.onClick}
          disabled={!canRedo}
          data-testid="toolbar.redo"
          title={redo.title}
        >
          ↷ {redo.label}
        </button>
      </div>
      <div className="vt-toolbar__group" role="group">
        <button
          type="button"
          className="vt-btn"
          onClick={duplicate.onClick}
          disabled={!hasSelection}
          data-testid="toolbar.duplicate"
          title={duplicate.title}
        >
          {duplicate.label}
        </button>
        <button
          type="button"
          className="vt-btn"
          onClick={del.onClick}
          disabled={!hasSelection}
          data-testid="toolbar.delete"
          title={del.title}
        >
          {del.label}
        </button>
      </div>
      <div className="vt-toolbar__group" role="group">
        <button type="button" className="vt-btn" data-testid="toolbar.layout" onClick={layout.onClick}>
          {layout.label}
        </button>
        <button type="button" className="vt-btn" data-testid="toolbar.fit" onClick={fit.onClick}>
          {fit.label}
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
        <IntentsButton />
        <MatrixButton />
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
