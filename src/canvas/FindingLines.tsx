import { useTranslation } from 'react-i18next';
import type { AnyFinding } from '../validation/types.ts';
import { useDesignStore } from '../store/designStore.ts';
import { useEngine } from '../store/engine.ts';

/** Findings as text: the technical statement and, beside it, the town analogy. */
export function FindingLines({ findings, compact }: { findings: readonly AnyFinding[]; compact?: boolean }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  // There are findings to show only once the analysis engine has arrived.
  const engine = useEngine();
  if (!engine) return null;
  return (
    <ul className={`vt-finding-lines${compact ? ' vt-finding-lines--compact' : ''}`}>
      {findings.map((f, i) => {
        const d = engine.namedFindingText(t, design, f);
        return (
          <li key={`${f.rule}-${i}`}>
            <code>{f.rule}</code> {d.message}
            {d.analogy && (
              <div className="vt-analogy" data-testid="finding.analogy">
                {d.analogy}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
