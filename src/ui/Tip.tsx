import { cloneElement, isValidElement, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import {
  FloatingPortal,
  autoUpdate,
  flip,
  offset,
  shift,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
  useRole,
  useMergeRefs,
  safePolygon,
  type Placement,
} from '@floating-ui/react';

/**
 * An accessible tooltip (floating-ui): shows on hover and on keyboard focus, has role="tooltip"
 * and is announced through aria-describedby, closes with Escape, and is placed beside its
 * anchor (flipping and shifting to stay on screen) so it never covers what it explains.
 */
export function Tip({ content, children, placement = 'right', testId }: { content: ReactNode; children: ReactElement; placement?: Placement; testId?: string }) {
  const [open, setOpen] = useState(false);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement,
    whileElementsMounted: autoUpdate,
    middleware: [offset(10), flip({ fallbackAxisSideDirection: 'start' }), shift({ padding: 8 })],
  });
  const hover = useHover(context, { delay: { open: 350, close: 80 }, move: false, handleClose: safePolygon() });
  const focus = useFocus(context);
  const dismiss = useDismiss(context);
  const role = useRole(context, { role: 'tooltip' });
  const { getReferenceProps, getFloatingProps } = useInteractions([hover, focus, dismiss, role]);
  const childRef = isValidElement(children) ? ((children.props as { ref?: Ref<Element> }).ref ?? null) : null;
  // floating-ui's setReference is a callback ref, not a ref object read during render (its documented pattern).
  // oxlint-disable-next-line react/refs
  const ref = useMergeRefs([refs.setReference, childRef]);
  if (!isValidElement(children)) return children;
  return (
    <>
      {cloneElement(children, getReferenceProps({ ref, ...(children.props as object) }) as object)}
      {open && content && (
        <FloatingPortal>
          <div ref={refs.setFloating} style={floatingStyles} className="vt-tip" data-testid={testId ?? 'tooltip'} {...getFloatingProps()}>
            {content}
          </div>
        </FloatingPortal>
      )}
    </>
  );
}
