/**
 * A menu button's popup, as the WAI-ARIA menu button pattern has it: the first item takes focus
 * when it opens; arrows, Home and End move between items; Escape closes it and gives focus back to
 * the button; Tab and a click outside close it.
 */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

const ITEMS = '[role^="menuitem"]:not(:disabled)';

/** The menu's open state, the refs of its button and its popup, and their keyboard handlers. */
export function useMenuKeyboard() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);

  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    requestAnimationFrame(() => menuRef.current?.querySelector<HTMLElement>(ITEMS)?.focus());
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  /** The menu's onKeyDown. */
  const onMenuKey = (e: ReactKeyboardEvent) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const focus = (n: number) => list[(n + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focus(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focus(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focus(0);
        break;
      case 'End':
        e.preventDefault();
        focus(list.length - 1);
        break;
      case 'Escape':
        e.preventDefault();
        e.nativeEvent.stopPropagation(); // not also the Escape shortcut (actionClearSelection)
        close();
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  /** The button's onKeyDown: ArrowDown opens the menu. */
  const onButtonKey = (e: ReactKeyboardEvent) => {
    if (e.key === 'ArrowDown' && !open) {
      e.preventDefault();
      setOpen(true);
    }
  };

  return { open, setOpen, buttonRef, menuRef, onMenuKey, onButtonKey, close };
}
