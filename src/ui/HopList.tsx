import { useTranslation } from 'react-i18next';
import { indexDesign, type Flow } from '../model/index.ts';
import type { FlowVerdict, Hop, ReachabilityAnswer } from '../validation/reachability/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { useEngine, type Engine } from '../store/engine.ts';

function HopText({ hop, engine }: { hop: Hop; engine: Engine }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const d = engine.namedHopText(t, design, hop);
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

/** The answer's headline: how the traffic ends, with where it leaves or where the analysis stops. */
function Verdict({ answer, expect, engine }: { answer: ReachabilityAnswer; expect?: Flow['expect']; engine: Engine }) {
  const { asDrawn, flowVerdict } = engine;
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const name = (id: string | undefined) => (id ? (indexDesign(design).get(id)?.name ?? id) : '');
  const tone = expect
    ? flowVerdict(expect, answer)
    : answer.outcome === 'unknown'
      ? 'unknown'
      : answer.reachable
        ? 'ok'
        : 'blocked';
  const headline =
    answer.outcome === 'exits'
      ? t(`reach.exits.${answer.exit?.towards ?? 'internet'}`, { at: name(answer.exit?.at) })
      : answer.outcome === 'unknown'
        ? t(`reach.unknown.${answer.unknown?.reason ?? 'external-not-modelled'}`, { at: name(answer.unknown?.at) })
        : answer.reachable
          ? t('reach.reachable')
          : t('reach.blocked');
  return (
    <div className={`vt-verdict vt-verdict--${tone}`} data-testid="hops.verdict" data-outcome={answer.outcome}>
      {headline}
      {answer.code && <code className="vt-code">{answer.code}</code>}
      {/* For a flow drawn to be blocked, or when the answer is not known; a flow drawn to get through
          already says it in the headline (Reachable / Blocked). */}
      {expect && (expect === 'blocked' || tone === 'unknown') && (
        <div className="vt-verdict__drawn" data-testid="hops.asDrawn" data-as-drawn={asDrawn(tone as FlowVerdict)}>
          {t(`reach.drawn.${tone}`)}
        </div>
      )}
    </div>
  );
}

/**
 * The reachability answer as a numbered list of hops, the deciding one marked. For a drawn flow,
 * `expect` (what it was drawn for) says whether the answer is as drawn.
 */
export function HopList({ answer, expect }: { answer: ReachabilityAnswer; expect?: Flow['expect'] }) {
  // An answer comes from the analysis engine (store/engine.ts), so it has arrived by now.
  const engine = useEngine();
  if (!engine) return null;
  return (
    <div className="vt-hops" data-testid="hops" data-reachable={answer.reachable}>
      <Verdict answer={answer} engine={engine} {...(expect !== undefined ? { expect } : {})} />
      <ol>
        {answer.hops.map((h, i) => (
          <li
            key={i}
            className={`vt-hop vt-hop--${h.verdict}`}
            data-testid="hop"
            data-verdict={h.verdict}
            data-kind={h.kind}
          >
            <span className="vt-hop__mark" aria-hidden="true">
              {h.verdict === 'pass' ? '✓' : h.verdict === 'block' ? '✕' : h.verdict === 'unknown' ? '?' : '·'}
            </span>
            <HopText hop={h} engine={engine} />
          </li>
        ))}
      </ol>
    </div>
  );
}
