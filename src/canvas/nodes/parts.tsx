import type { Chip } from '../project.ts';
import { KIND_ICON } from '../icons.ts';

/** Association chips carry their kind's icon, so a route table's name is not read as a NACL's. */
const CHIP_ICON: Partial<Record<Chip['tone'], string>> = { rtb: KIND_ICON.routeTable, acl: KIND_ICON.nacl };

/**
 * The findings count on a node. Its tooltip (the findings with their analogy) comes from the
 * canvas-wide CanvasTip through `data-tip-findings`, so the badge itself has no hooks.
 */
export function FindingBadge({
  severity,
  count,
  resourceId,
  label,
}: {
  severity: 'error' | 'warning' | 'info' | null;
  count: number;
  resourceId: string;
  label: string;
}) {
  if (!severity || count === 0) return null;
  return (
    <span
      className={`vt-badge vt-badge--${severity}`}
      data-testid="node.badge"
      data-tip-findings={resourceId}
      tabIndex={0}
      aria-label={`${label}: ${count}`}
    >
      {severity === 'error' ? '!' : severity === 'warning' ? '▲' : 'i'} {count}
    </span>
  );
}

export function Chips({ chips }: { chips: readonly Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <span className="vt-chips">
      {chips.map((c) => (
        <span key={c.key} className={`vt-chip vt-chip--${c.tone}`} data-testid={`chip.${c.tone}`} title={c.label}>
          {c.association && CHIP_ICON[c.tone] && (
            <img className="vt-chip__icon" src={CHIP_ICON[c.tone]} alt="" draggable={false} />
          )}
          {c.label}
        </span>
      ))}
    </span>
  );
}
