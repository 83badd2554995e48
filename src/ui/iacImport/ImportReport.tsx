/**
 * An infrastructure-as-code import's report, as the AWS import shows its own (AwsImportDialog): what
 * will be imported per kind, what is kept as external, what was left out, and every problem with its
 * place (`file:line:column` for a syntax error).
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ResourceKind } from '../../model/index.ts';
import type { AwsProblem } from '../awsImport/types.ts';

/** How many rows of a long list show before "…and N more". */
const SHOWN = 50;

export interface ReportShape {
  readonly counts: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly externals: readonly { id: string; awsType: string; name: string }[];
  readonly leftOut: readonly { type: string; count: number }[];
  readonly problems: readonly AwsProblem[];
  /** Terraform's module calls left unexpanded. */
  readonly modules?: readonly { name: string; source: string; why: string }[];
}

/** A problem in the user's language: by its code where the locale words it, else the reader's English. */
export function iacProblemText(t: TFunction, p: AwsProblem, exists: (key: string) => boolean): string {
  const key = `iacImport.problem.${p.code}`;
  const n = typeof p.params.count === 'number' ? p.params.count.toLocaleString() : p.params.count;
  // A parser's detail may end in its own punctuation ("…at line 8, column 1:"); the sentence ends it.
  const detail = typeof p.params.detail === 'string' ? p.params.detail.replace(/[\s:.]+$/, '') : p.params.detail;
  return exists(key) ? t(key, { ...p.params, n, detail, file: p.file ?? '' }) : p.message;
}

export function problemPlace(p: AwsProblem): string {
  if (!p.file) return '';
  return p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
}

export function ImportReport({ report, refused }: { report: ReportShape; refused: boolean }) {
  const { t, i18n } = useTranslation();
  const counts = (Object.entries(report.counts) as [ResourceKind, number][]).filter(([, n]) => n > 0);
  const exists = (key: string) => i18n.exists(key);
  const { problems, externals, leftOut } = report;
  return (
    <>
      {refused ? (
        <p className="vt-aws__refused" role="alert" data-testid="iacImport.refused">
          {t('iacImport.refused')}
        </p>
      ) : (
        <>
          <h3>{t('awsImport.willImport')}</h3>
          <ul className="vt-aws__counts" data-testid="iacImport.counts">
            {counts.map(([kind, n]) => (
              <li key={kind} data-kind={kind}>
                <span className="vt-aws__n">{n}</span> {t(`kind.${kind}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {externals.length ? (
        <>
          <h3>{t('awsImport.externals', { count: externals.length })}</h3>
          <p className="vt-modal__note">{t('awsImport.externalsNote')}</p>
          <ul className="vt-aws__list" data-testid="iacImport.externals">
            {externals.slice(0, SHOWN).map((x) => (
              <li key={x.id}>
                <span>{x.name}</span> <code>{x.id}</code> <span className="vt-muted">{x.awsType}</span>
              </li>
            ))}
            {externals.length > SHOWN ? (
              <li className="vt-muted">{t('awsImport.more', { count: externals.length - SHOWN })}</li>
            ) : null}
          </ul>
        </>
      ) : null}
      {report.modules?.length ? (
        <>
          <h3>{t('iacImport.modules')}</h3>
          <ul className="vt-aws__list" data-testid="iacImport.modules">
            {report.modules.map((m) => (
              <li key={m.name}>
                <code>module.{m.name}</code> <span className="vt-muted">{m.source}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {leftOut.length ? (
        <>
          <h3>{t('iacImport.leftOut')}</h3>
          <ul className="vt-aws__list" data-testid="iacImport.leftOut">
            {leftOut.map((k) => (
              <li key={k.type}>
                <code>{k.type}</code> <span className="vt-muted">× {k.count}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problems.length ? (
        <>
          <h3>{t('awsImport.problems', { count: problems.length })}</h3>
          <ul className="vt-aws__problems" data-testid="iacImport.problems">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i} data-severity={p.severity} data-code={p.code}>
                <span className={`vt-aws__sev vt-aws__sev--${p.severity}`}>
                  {t(`awsImport.severity.${p.severity}`)}
                </span>
                {problemPlace(p) ? <code>{problemPlace(p)}</code> : null}
                <span>{iacProblemText(t, p, exists)}</span>
              </li>
            ))}
            {problems.length > SHOWN ? (
              <li className="vt-muted">{t('awsImport.more', { count: problems.length - SHOWN })}</li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
