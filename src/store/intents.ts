/**
 * Editing the design's intents (model/intents.ts): each edit is one step of the document's undo
 * history (the design store's `temporal`, which records every change of `design`), like a flow's.
 */
import { newRecordId } from '../model/ids.ts';
import type { Intent } from '../model/intents.ts';
import type { Design } from '../model/types.ts';
import { useDesignStore } from './designStore.ts';

function edit(change: (d: Design) => Design) {
  const { design } = useDesignStore.getState();
  const next = change(design);
  if (next !== design) useDesignStore.setState({ design: next });
}

/** Add an intent; returns its id. */
export function addIntent(intent: Omit<Intent, 'id'>): string {
  const id = newRecordId('intent');
  edit((d) => ({ ...d, intents: [...(d.intents ?? []), { ...intent, id }] }));
  return id;
}

export function updateIntent(id: string, patch: Partial<Omit<Intent, 'id'>>): void {
  edit((d) => {
    const list = d.intents ?? [];
    if (!list.some((i) => i.id === id)) return d;
    return { ...d, intents: list.map((i) => (i.id === id ? { ...i, ...patch, id } : i)) };
  });
}

/** Replace an intent's fields (what the editor saves: a field it leaves out is gone). */
export function replaceIntent(id: string, next: Omit<Intent, 'id'>): void {
  edit((d) => {
    const list = d.intents ?? [];
    if (!list.some((i) => i.id === id)) return d;
    return { ...d, intents: list.map((i) => (i.id === id ? { ...next, id } : i)) };
  });
}

export function removeIntent(id: string): void {
  edit((d) => {
    const list = d.intents ?? [];
    return list.some((i) => i.id === id) ? { ...d, intents: list.filter((i) => i.id !== id) } : d;
  });
}

/** Turn a starter intent on or off for this design (saved in `starterIntentsOff`). */
export function setStarterIntentOn(id: string, on: boolean): void {
  edit((d) => {
    const off = d.starterIntentsOff ?? [];
    if (on === !off.includes(id)) return d;
    const next = on ? off.filter((x) => x !== id) : [...off, id];
    const { starterIntentsOff: _, ...rest } = d;
    void _;
    return next.length ? { ...rest, starterIntentsOff: next } : rest;
  });
}
