/**
 * The File menu in the toolbar (new, designs, templates, open, save, export, share) and what
 * belongs to it outside the toolbar: the shared-design banner, the "not saved" strip, the
 * file-drop overlay and the dialogs. Those are portalled to <body> so no other component needs to
 * know about them.
 *
 * What each item does is its action (actions/action*.ts, listed in actions/index.ts); the menu's
 * keyboard is useMenuKeyboard, the window-wide drop is FileDropZone.
 */
import { Fragment, memo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type ActionName } from './actions/index.ts';
import { useActionContext } from './actions/useActionContext.ts';
import { registerFileInput, useFileUi } from './actions/state.ts';
import { openFiles } from './actions/actionOpenFile.ts';
import { useMenuKeyboard } from './useMenuKeyboard.ts';
import { FileDropZone } from './FileDropZone.tsx';
import { FileDialogs } from './FileDialogs.tsx';
import { SharedBanner, StorageStrip } from './FileBanners.tsx';
import './files.css';

/** The menu's items in order, by action, in groups between separators. */
const MENU: readonly { action: ActionName; testId: string }[][] = [
  [
    { action: 'newDesign', testId: 'files.new' },
    { action: 'designs', testId: 'files.designs' },
    { action: 'templates', testId: 'files.templates' },
  ],
  [
    { action: 'openFile', testId: 'files.open' },
    { action: 'importAws', testId: 'files.importAws' },
    { action: 'saveJson', testId: 'files.save' },
    { action: 'compare', testId: 'files.compare' },
  ],
  [
    { action: 'exportPng', testId: 'files.exportPng' },
    { action: 'exportSvg', testId: 'files.exportSvg' },
  ],
  [
    { action: 'exportCfn', testId: 'files.exportCfn' },
    { action: 'exportTerraform', testId: 'files.exportTerraform' },
  ],
  [{ action: 'shareLink', testId: 'files.share' }],
];
/** The group after which the image background choice is shown (it belongs to the exports). */
const EXPORT_GROUP = 2;

function MenuItem({
  testId,
  label,
  hint,
  onSelect,
}: {
  testId: string;
  label: string;
  hint?: string;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      className="vt-menu__item"
      onClick={onSelect}
      data-testid={testId}
      tabIndex={-1}
    >
      <span>{label}</span>
      {hint ? <span className="vt-menu__hint">{hint}</span> : null}
    </button>
  );
}

/** The PNG and SVG exports' background: white or transparent. */
function BackgroundChoice() {
  const { t } = useTranslation();
  const background = useFileUi((s) => s.background);
  const setBackground = useFileUi((s) => s.setBackground);
  return (
    <div className="vt-menu__group" role="group" aria-label={t('files.background')}>
      <span className="vt-menu__label" aria-hidden="true">
        {t('files.background')}
      </span>
      <div className="vt-menu__seg">
        {(['white', 'transparent'] as const).map((bg) => (
          <button
            key={bg}
            type="button"
            role="menuitemradio"
            aria-checked={background === bg}
            className="vt-menu__segitem"
            tabIndex={-1}
            onClick={() => setBackground(bg)}
            data-testid={`files.bg.${bg}`}
          >
            <span className={`vt-swatch vt-swatch--${bg}`} aria-hidden="true" />
            {t(bg === 'white' ? 'files.bgWhite' : 'files.bgTransparent')}
          </button>
        ))}
      </div>
    </div>
  );
}

function FileMenuImpl() {
  const { t } = useTranslation();
  const ctx = useActionContext();
  const busy = useFileUi((s) => s.busy);
  const { open, setOpen, buttonRef, menuRef, onMenuKey, onButtonKey, close } = useMenuKeyboard();

  const choose = (name: ActionName) => {
    close();
    void ACTIONS[name].perform(ctx);
  };

  return (
    <div className="vt-filemenu">
      <button
        ref={buttonRef}
        type="button"
        className={`vt-btn vt-filemenu__button${open ? ' vt-filemenu__button--open' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="vt-file-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
        disabled={busy}
        data-testid="files.menu"
      >
        {busy ? <span className="vt-spinner" aria-hidden="true" /> : null}
        {t('files.menu')}
        <span className="vt-filemenu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id="vt-file-menu"
          className="vt-menu"
          role="menu"
          aria-label={t('files.menuLabel')}
          onKeyDown={onMenuKey}
          data-testid="files.popover"
        >
          {MENU.map((group, i) => (
            <Fragment key={i}>
              {i > 0 ? <div className="vt-menu__sep" role="separator" /> : null}
              {group.map(({ action, testId }) => (
                <MenuItem
                  key={action}
                  testId={testId}
                  label={t(ACTIONS[action].label)}
                  hint={ACTIONS[action].menuHint}
                  onSelect={() => choose(action)}
                />
              ))}
              {i === EXPORT_GROUP ? <BackgroundChoice /> : null}
            </Fragment>
          ))}
        </div>
      ) : null}
      <input
        ref={registerFileInput}
        type="file"
        accept=".json,application/json,.yaml,.yml,.template,.tf,.tfvars"
        multiple
        hidden
        data-testid="files.openInput"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // the same file can be picked again
          void openFiles(ctx, files);
        }}
      />
      {createPortal(
        <>
          <SharedBanner />
          <StorageStrip
            onExport={() => void ACTIONS.saveJson.perform(ctx)}
            onManage={() => void ACTIONS.designs.perform(ctx)}
          />
          <FileDropZone ctx={ctx} />
          <FileDialogs ctx={ctx} />
        </>,
        document.body,
      )}
    </div>
  );
}

export const FileMenu = memo(FileMenuImpl);
