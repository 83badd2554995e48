/**
 * The app's one keyboard handler: a key press that is an action's shortcut (the registry,
 * index.ts) runs that action. Mounted once, by the app shell.
 */
import { useEffect, useRef } from 'react';
import { actionForKey } from './index.ts';
import type { ActionContext } from './types.ts';
import { useActionContext } from './useActionContext.ts';

/** The user is typing in a field: shortcuts leave the key to it (unless the action says otherwise). */
export function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** Run the action this key press is the shortcut of; true when there was one. */
export function handleShortcut(e: KeyboardEvent, ctx: ActionContext): boolean {
  const action = actionForKey(e);
  if (!action) return false;
  const whileTyping = action.whileTyping ?? 'ignored';
  if (whileTyping === 'ignored' && isTyping(e)) return false;
  e.preventDefault();
  if (whileTyping === 'commitsField') {
    // A field being typed in commits on blur (inspector, design name): commit it, then act.
    (document.activeElement as HTMLElement | null)?.blur?.();
    setTimeout(() => void action.perform(ctx), 0);
  } else {
    void action.perform(ctx);
  }
  return true;
}

export function useShortcuts() {
  const ctx = useActionContext();
  const ctxRef = useRef(ctx);
  useEffect(() => {
    ctxRef.current = ctx;
  }, [ctx]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => void handleShortcut(e, ctxRef.current);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
