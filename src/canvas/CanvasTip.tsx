import { useEffect, useId, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTipPosition } from './useTipPosition.ts';
import { useTranslation } from 'react-i18next';
import { useFindings } from '../store/analysis.ts';
import { FindingLines } from './FindingLines.tsx';

/**
 * One tooltip for the whole canvas. A tooltip component per node costs a floating-ui instance
 * and its hooks per node: about 190 ms of mounting at 1,000 resources, paid again on every pan as
 * culling mounts nodes (BENCHMARKS.md). Instead, nodes carry `data-tip-kind` / `data-tip-findings`
 * and this listens once, on the canvas, for pointer and keyboard focus.
 *
 * Same contract as ui/Tip: role="tooltip", linked by aria-describedby, shown on hover and focus,
 * Escape closes it, placed beside its anchor (flip/shift) so it never covers what it explains.
 */
type Anchor = { el: HTMLElement; kind: string | null; title: string | null; findings: string | null };

function anchorOf(target: EventTarget | null, root: HTMLElement, inside = false): Anchor | null {
  if (!(target instanceof Element)) return null;
  // Hover lands on a part of a node (look up); keyboard focus lands on React Flow's node wrapper
  // around it (look down).
  const el =
    target.closest<HTMLElement>('[data-tip-kind], [data-tip-findings]') ??
    (inside ? target.querySelector<HTMLElement>('[data-tip-kind]') : null);
  if (!el || !root.contains(el)) return null;
  return {
    el,
    kind: el.dataset.tipKind ?? null,
    title: el.dataset.tipTitle ?? null,
    findings: el.dataset.tipFindings ?? null,
  };
}

export function CanvasTip({ root }: { root: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const floatingStyles = useTipPosition(
    anchor?.el ?? null,
    anchor ? floating : null,
    anchor?.findings ? 'top' : 'bottom',
  );

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dragging = false;
    const show = (a: Anchor | null, delay: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setAnchor((cur) => (cur?.el === a?.el ? cur : a)), delay);
    };
    const over = (e: PointerEvent) => {
      if (dragging) return;
      const a = anchorOf(e.target, el);
      show(a, a ? 350 : 80);
    };
    const leave = () => show(null, 80);
    const down = () => {
      dragging = true;
      show(null, 0);
    };
    const up = () => (dragging = false);
    // Keyboard focus only: a click also focuses the node, and a tooltip there would sit under the pointer.
    const focusIn = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target.matches(':focus-visible')) show(anchorOf(e.target, el, true), 0);
    };
    const focusOut = () => show(null, 0);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') show(null, 0);
    };
    // One signal removes every listener on cleanup.
    const off = new AbortController();
    const opts = { signal: off.signal };
    el.addEventListener('pointerover', over, opts);
    el.addEventListener('pointerleave', leave, opts);
    el.addEventListener('pointerdown', down, opts);
    window.addEventListener('pointerup', up, opts);
    el.addEventListener('focusin', focusIn, opts);
    el.addEventListener('focusout', focusOut, opts);
    window.addEventListener('keydown', key, opts);
    return () => {
      if (timer) clearTimeout(timer);
      off.abort();
    };
  }, [root]);

  // Link the anchor to the tooltip for assistive technology while it is open.
  useEffect(() => {
    const el = anchor?.el;
    if (!el) return;
    const prev = el.getAttribute('aria-describedby');
    el.setAttribute('aria-describedby', id);
    return () => {
      if (prev) el.setAttribute('aria-describedby', prev);
      else el.removeAttribute('aria-describedby');
    };
  }, [anchor, id]);

  if (!anchor || !anchor.el.isConnected) return null;
  return createPortal(
    <>
      <div ref={setFloating} id={id} role="tooltip" style={floatingStyles} className="vt-tip" data-testid="tooltip">
        {anchor.findings ? (
          <BadgeFindings resourceId={anchor.findings} />
        ) : (
          <>
            <strong>{anchor.title ?? t(`kind.${anchor.kind}`)}</strong>
            <div className="vt-tip__aws">{t(`meaning.${anchor.kind}`)}</div>
            <div>{t(`analogy.${anchor.kind}`)}</div>
          </>
        )}
      </div>
    </>,
    document.body,
  );
}

function BadgeFindings({ resourceId }: { resourceId: string }) {
  const findings = useFindings().filter((f) => f.resource === resourceId);
  return <FindingLines findings={findings.slice(0, 4)} compact />;
}
