import {
  cloneElement,
  isValidElement,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useTipPosition, type Placement } from '../canvas/useTipPosition.ts';

/**
 * An accessible tooltip: shows on hover (after a short delay) and on keyboard focus, has
 * role="tooltip" and is linked with aria-describedby, closes with Escape, and is placed beside
 * its anchor (flip/shift keep it on screen) so it never covers what it explains.
 *
 * Positioning is floating-ui's, loaded on the first tooltip (useTipPosition.ts); the few
 * interactions are written here rather than pulling in @floating-ui/react's interaction hooks,
 * which cost ~20 kB of first-load JavaScript (BENCHMARKS.md). The canvas uses one shared tooltip
 * instead (canvas/CanvasTip.tsx).
 */
export function Tip({
  content,
  children,
  placement = 'right',
  testId,
}: {
  content: ReactNode;
  children: ReactElement;
  placement?: Placement;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [reference, setReference] = useState<Element | null>(null);
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const floatingStyles = useTipPosition(reference, open ? floating : null, placement, 'start');
  useEffect(() => {
    if (!open) return;
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [open]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  if (!isValidElement(children)) return children;
  const later = (v: boolean, ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(v), ms);
  };
  const props = children.props as Record<string, unknown>;
  return (
    <>
      {/* oxlint-disable-next-line react/refs -- the handlers read the timer ref when they run, not during render. */}
      {cloneElement(children, {
        ref: setReference,
        'aria-describedby': open ? id : (props['aria-describedby'] as string | undefined),
        onPointerEnter: () => later(true, 350),
        onPointerLeave: () => later(false, 80),
        onPointerDown: () => later(false, 0),
        onFocus: (e: React.FocusEvent<Element>) => {
          if (e.currentTarget.matches(':focus-visible')) later(true, 0);
        },
        onBlur: () => later(false, 0),
      } as object)}
      {open &&
        content &&
        createPortal(
          <div
            ref={setFloating}
            id={id}
            role="tooltip"
            style={floatingStyles}
            className="vt-tip"
            data-testid={testId ?? 'tooltip'}
          >
            {content}
          </div>,
          document.body,
        )}
    </>
  );
}
