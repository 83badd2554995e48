import { useTranslation } from 'react-i18next';
import type { Hop, ReachabilityAnswer } from '../validation/reachability/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { namedHopText } from '../i18n/findings/named.ts';

function HopText({ hop }: { hop: Hop }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const d = namedHopText(t, design, hop);
  return (
    <span className="vt-hop__detail">
      {d.message}
      {d.analogy && (
        <span className="vt-analogy" data-testid="hop.analogy">
          {d.analogy}
        </span>
      )}
    </span>
  );
}

/** The reachability answer as a numbered list of hops, the deciding one marked. */
export function HopList({ answer }: { answer: ReachabilityAnswer }) {
  const { t } = useTranslation();
  return (
    <div className="vt-hops" data-testid="hops" data-reachable={answer.reachable}>
      <div className={`vt-verdict vt-verdict--${answer.reachable ? 'ok' : 'blocked'}`} data-testid="hops.verdict">
        {answer.reachable ? t('reach.reachable') : t('reach.blocked')}
        {answer.code && <code className="vt-code">{answer.code}</code>}
      </div>
      <ol>
        {answer.hops.map((h, i) => (
          <li key={i} className={`vt-hop vt-hop--${h.verdict}`} data-testid="hop" data-verdict={h.verdict}>
            <span className="vt-hop__mark" aria-hidden="true">
              {h.verdict === 'pass' ? '✓' : h.verdict === 'block' ? '✕' : '·'}
            </span>
            <HopText hop={h} />
          </li>
        ))}
      </ol>
    </div>
  );
}
