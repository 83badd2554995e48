/**
 * The action registry: each shortcut belongs to one action, each action has a label in English
 * and Korean, and the registry is the only keyboard map of the app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseKeybinding } from 'tinykeys';
import { enFull as en } from '../../i18n/locales/enFull.ts';
import { ko } from '../../i18n/locales/ko.ts';
import { ACTIONS, ACTION_LIST, actionForKey, type ActionContext } from './index.ts';
import { handleShortcut } from './useShortcuts.ts';

/** A key press as the browser reports it: what tinykeys' matching reads. */
function press(key: string, mods: string[] = [], target: { tagName: string } | null = null): KeyboardEvent {
  return {
    key,
    code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
    getModifierState: (m: string) => mods.includes(m),
    target,
    preventDefault: vi.fn(),
  } as unknown as KeyboardEvent;
}

/** The key press a tinykeys binding ('$mod+Shift+z') stands for. */
function pressOf(binding: string): KeyboardEvent {
  const [[mods, key]] = parseKeybinding(binding) as [[string[], string]];
  return press(key, mods);
}

function text(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((t, k) => (t as Record<string, unknown> | undefined)?.[k], tree);
}

const ctx = {} as ActionContext;

afterEach(() => vi.restoreAllMocks());

describe('the action registry', () => {
  it('lists each action under its own name', () => {
    for (const [name, action] of Object.entries(ACTIONS)) expect(action.name).toBe(name);
  });

  it('gives every shortcut to exactly one action', () => {
    for (const action of ACTION_LIST) {
      for (const binding of action.keys ?? []) {
        const claimants = ACTION_LIST.filter((a) => a.keyTest(pressOf(binding))).map((a) => a.name);
        expect(claimants, `${binding} (${action.name})`).toEqual([action.name]);
      }
    }
  });

  it('has a label for every action in English and Korean', () => {
    for (const action of ACTION_LIST) {
      for (const [lang, texts] of [
        ['en', en],
        ['ko', ko],
      ] as const) {
        const label = text(texts, action.label);
        expect(typeof label === 'string' && label.trim() !== '', `${lang} ${action.label} (${action.name})`).toBe(true);
      }
    }
  });

  it('keeps the shortcuts the app has always had, with their exact modifiers', () => {
    const ctrl = ['Control'];
    expect(actionForKey(press('Delete'))?.name).toBe('delete');
    expect(actionForKey(press('Backspace'))?.name).toBe('delete');
    expect(actionForKey(press('z', ctrl))?.name).toBe('undo');
    expect(actionForKey(press('Z', ['Control', 'Shift']))?.name).toBe('redo');
    expect(actionForKey(press('y', ctrl))?.name).toBe('redo');
    expect(actionForKey(press('c', ctrl))?.name).toBe('copy');
    expect(actionForKey(press('v', ctrl))?.name).toBe('paste');
    expect(actionForKey(press('d', ctrl))?.name).toBe('duplicate');
    expect(actionForKey(press('s', ctrl))?.name).toBe('saveJson');
    expect(actionForKey(press('o', ctrl))?.name).toBe('openFile');
    expect(actionForKey(press('Escape'))?.name).toBe('clearSelection');
    expect(actionForKey(press('M', ['Shift']))?.name).toBe('matrix');
    // A letter alone, or with a modifier the shortcut does not have, is no shortcut.
    expect(actionForKey(press('z'))).toBeUndefined();
    expect(actionForKey(press('s', ['Control', 'Alt']))).toBeUndefined();
  });
});

describe('the keyboard handler', () => {
  it('leaves a key to the field being typed in, unless the action works while typing', () => {
    const remove = vi.spyOn(ACTIONS.delete, 'perform').mockImplementation(() => {});
    const open = vi.spyOn(ACTIONS.openFile, 'perform').mockImplementation(() => {});
    const input = { tagName: 'INPUT' };

    const backspace = press('Backspace', [], input);
    expect(handleShortcut(backspace, ctx)).toBe(false);
    expect(backspace.preventDefault).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();

    const ctrlO = press('o', ['Control'], input);
    expect(handleShortcut(ctrlO, ctx)).toBe(true);
    expect(ctrlO.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith(ctx);

    const onCanvas = press('Delete', [], { tagName: 'DIV' });
    expect(handleShortcut(onCanvas, ctx)).toBe(true);
    expect(remove).toHaveBeenCalledWith(ctx);
  });
});

describe('one keyboard map', () => {
  const SRC = fileURLToPath(new URL('../..', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
    });

  it('binds keys with tinykeys only in the actions registry', () => {
    const binding = files(SRC)
      .filter((p) => /from ['"]tinykeys['"]/.test(readFileSync(p, 'utf8')))
      .map((p) => relative(SRC, p).split('\\').join('/'));
    expect(binding).toEqual(['ui/actions/index.ts']);
  });
});
