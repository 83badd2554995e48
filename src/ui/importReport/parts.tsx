/**
 * The parts of an import's report that the AWS import (awsImport/AwsImportDialog.tsx) and the
 * CloudFormation / Terraform import (iacImport/ImportReport.tsx) show alike: what will be imported
 * per kind, what is kept as external, a list of counted things (calls kept, types left out), and the
 * problems with their place. Each list keeps its dialog's test id.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ResourceKind } from '../../model/index.ts';
import type { AwsProblem } from '../awsImport/types.ts';

/** How many rows of a long list (problems, externals) show before "…and N more". */
export const SHOWN = 50;

/**
 * A problem in the user's language: by its code under `ns` (`awsImport` / `iacImport`) where the
 * locale words it, else the importer's English. `count` goes as `n`: a figure in a sentence, not a
 * plural form (plurals.test.ts); a parser's detail loses its own end punctuation (the sentence ends it).
 */
export function problemText(
  t: TFunction,
  p: AwsProblem,
  exists: (key: string) => boolean,
  ns: 'awsImport' | 'iacImport' = 'awsImport',
): string {
  const key = `${ns}.problem.${p.code}`;
  const n = typeof p.params.count === 'number' ? p.params.count.toLocaleString() : p.params.count;
  const detail = typeof p.params.detail === 'string' ? p.params.detail.replace(/[\s:.]+$/, '') : p.params.detail;
  return exists(key)
    ? t(key, { ...p.params, n, ...(detail === undefined ? {} : { detail }), file: p.file ?? '' })
    : p.message;
}

/** `file:line:column`, the file alone, or nothing. */
export function problemPlace(p: AwsProblem): string {
  if (!p.file) return '';
  return p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
}

function More({ count }: { count: number }) {
  const { t } = useTranslation();
  return count > 0 ? <li className="vt-muted">{t('awsImport.more', { count })}</li> : null;
}

/** "Will import": each kind with a count over zero. */
export function ImportCounts({
  counts,
  testId,
}: {
  counts: Readonly<Partial<Record<ResourceKind, number>>>;
  testId: string;
}) {
  const { t } = useTranslation();
  const rows = (Object.entries(counts) as [ResourceKind, number][]).filter(([, n]) => n > 0);
  return (
    <>
      <h3>{t('awsImport.willImport')}</h3>
      <ul className="vt-aws__counts" data-testid={testId}>
        {rows.map(([kind, n]) => (
          <li key={kind} data-kind={kind}>
            <span className="vt-aws__n">{n}</span> {t(`kind.${kind}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What is kept as external, with why (nothing when there is none). */
export function ExternalsList({
  externals,
  testId,
}: {
  externals: readonly { id: string; awsType: string; name: string }[];
  testId: string;
}) {
  const { t } = useTranslation();
  if (!externals.length) return null;
  return (
    <>
      <h3>{t('awsImport.externals', { count: externals.length })}</h3>
      <p className="vt-modal__note">{t('awsImport.externalsNote')}</p>
      <ul className="vt-aws__list" data-testid={testId}>
        {externals.slice(0, SHOWN).map((x) => (
          <li key={x.id}>
            <span>{x.name}</span> <code>{x.id}</code> <span className="vt-muted">{x.awsType}</span>
          </li>
        ))}
        <More count={externals.length - SHOWN} />
      </ul>
    </>
  );
}

/** A titled list of `code` with a quiet note each (calls kept, types left out, modules); nothing when empty. */
export function CodeList({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: readonly { key: string; code: string; note: string }[];
  testId: string;
}) {
  if (!rows.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="vt-aws__list" data-testid={testId}>
        {rows.map((r) => (
          <li key={r.key}>
            <code>{r.code}</code> <span className="vt-muted">{r.note}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The problems, each with its severity and place; `before` rows (files skipped) come first. */
export function ProblemList({
  problems,
  text,
  testId,
  before = [],
}: {
  problems: readonly AwsProblem[];
  text: (p: AwsProblem) => string;
  testId: string;
  before?: readonly ReactNode[];
}) {
  const { t } = useTranslation();
  if (!problems.length && !before.length) return null;
  return (
    <>
      <h3>{t('awsImport.problems', { count: problems.length + before.length })}</h3>
      <ul className="vt-aws__problems" data-testid={testId}>
        {before}
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-severity={p.severity} data-code={p.code}>
            <span className={`vt-aws__sev vt-aws__sev--${p.severity}`}>{t(`awsImport.severity.${p.severity}`)}</span>
            {problemPlace(p) ? <code>{problemPlace(p)}</code> : null}
            <span>{text(p)}</span>
          </li>
        ))}
        <More count={problems.length - SHOWN} />
      </ul>
    </>
  );
}
