/**
 * Where a tooltip goes: beside its anchor, flipped or shifted to stay on screen, following it while
 * it scrolls or resizes. floating-ui's `computePosition` + `autoUpdate` (@floating-ui/dom), loaded
 * when the first tooltip opens rather than with the app (first-load budget, BENCHMARKS.md). Until
 * the first position is known the tooltip is laid out but hidden, so it never flashes in a corner.
 */
import { useLayoutEffect, useState, type CSSProperties } from 'react';
import type { Placement } from '@floating-ui/dom';

export type { Placement } from '@floating-ui/dom';

type FloatingUi = typeof import('@floating-ui/dom');
let loading: Promise<FloatingUi> | null = null;
const floatingUi = () => (loading ??= import('@floating-ui/dom'));

const HIDDEN: CSSProperties = { position: 'absolute', left: 0, top: 0, visibility: 'hidden' };

export function useTipPosition(
  reference: Element | null,
  floating: HTMLElement | null,
  placement: Placement,
  fallbackAxisSideDirection: 'none' | 'start' | 'end' = 'none',
): CSSProperties {
  const [at, setAt] = useState<{ x: number; y: number; for: HTMLElement } | null>(null);
  useLayoutEffect(() => {
    if (!reference || !floating) return;
    let stopped = false;
    let stop: (() => void) | undefined;
    void floatingUi().then(({ autoUpdate, computePosition, flip, offset, shift }) => {
      if (stopped) return;
      const update = () =>
        void computePosition(reference, floating, {
          placement,
          strategy: 'absolute',
          middleware: [offset(10), flip({ fallbackAxisSideDirection }), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          if (!stopped) setAt({ x: Math.round(x), y: Math.round(y), for: floating });
        });
      stop = autoUpdate(reference, floating, update);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [reference, floating, placement, fallbackAxisSideDirection]);
  if (!at || at.for !== floating) return HIDDEN;
  return { position: 'absolute', left: 0, top: 0, transform: `translate(${at.x}px, ${at.y}px)` };
}
