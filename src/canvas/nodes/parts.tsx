import { useTranslation } from 'react-i18next';
import type { Chip } from '../project.ts';

export function FindingBadge({ severity, count }: { severity: 'error' | 'warning' | 'info' | null; count: number }) {
  const { t } = useTranslation();
  if (!severity || count === 0) return null;
  return (
    <span className={`vt-badge vt-badge--${severity}`} data-testid="node.badge" aria-label={`${count} ${t(`findings.${severity}`)}`}>
      {severity === 'error' ? '!' : severity === 'warning' ? '▲' : 'i'} {count}
    </span>
  );
}

export function Chips({ chips }: { chips: readonly Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <span className="vt-chips">
      {chips.map((c) => (
        <span key={c.key} className={`vt-chip vt-chip--${c.tone}`}>
          {c.label}
        </span>
      ))}
    </span>
  );
}
