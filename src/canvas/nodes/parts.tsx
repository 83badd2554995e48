import { useTranslation } from 'react-i18next';
import type { Chip, NodeText } from '../project.ts';
import { Tip } from '../../ui/Tip.tsx';
import { useFindings } from '../../store/analysis.ts';
import { FindingLines } from '../../ui/FindingLines.tsx';

/** The findings count on a node; hover or focus it to read them with their analogy. */
export function FindingBadge({ severity, count, resourceId }: { severity: 'error' | 'warning' | 'info' | null; count: number; resourceId: string }) {
  const { t } = useTranslation();
  if (!severity || count === 0) return null;
  return (
    <Tip placement="top" content={<BadgeFindings resourceId={resourceId} />}>
      <span className={`vt-badge vt-badge--${severity}`} data-testid="node.badge" tabIndex={0} aria-label={`${count} ${t(`findings.${severity}`)}`}>
        {severity === 'error' ? '!' : severity === 'warning' ? '▲' : 'i'} {count}
      </span>
    </Tip>
  );
}

function BadgeFindings({ resourceId }: { resourceId: string }) {
  const findings = useFindings().filter((f) => f.resource === resourceId);
  return <FindingLines findings={findings.slice(0, 4)} compact />;
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

/** A node's detail line: literal text, or an i18n key with params. */
export function useNodeText(text: NodeText): string {
  const { t } = useTranslation();
  return typeof text === 'string' ? text : t(text.k, text.p ?? {});
}
