/**
 * An infrastructure-as-code import's report, as the AWS import shows its own (AwsImportDialog, with
 * the same parts: importReport/parts.tsx): what will be imported per kind, what is kept as external,
 * the modules left unexpanded, what was left out, and every problem with its place
 * (`file:line:column` for a syntax error).
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ResourceKind } from '../../model/index.ts';
import type { AwsProblem } from '../awsImport/types.ts';
import { CodeList, ExternalsList, ImportCounts, ProblemList, problemText } from '../importReport/parts.tsx';

export interface ReportShape {
  readonly counts: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly externals: readonly { id: string; awsType: string; name: string }[];
  readonly leftOut: readonly { type: string; count: number }[];
  readonly problems: readonly AwsProblem[];
  /** Terraform's module calls left unexpanded. */
  readonly modules?: readonly { name: string; source: string; why: string }[];
}

/** A problem in the user's language: by its code where the locale words it, else the reader's English. */
function iacProblemText(t: TFunction, p: AwsProblem, exists: (key: string) => boolean): string {
  return problemText(t, p, exists, 'iacImport');
}

export function ImportReport({ report, refused }: { report: ReportShape; refused: boolean }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  return (
    <>
      {refused ? (
        <p className="vt-aws__refused" role="alert" data-testid="iacImport.refused">
          {t('iacImport.refused')}
        </p>
      ) : (
        <ImportCounts counts={report.counts} testId="iacImport.counts" />
      )}
      <ExternalsList externals={report.externals} testId="iacImport.externals" />
      <CodeList
        title={t('iacImport.modules')}
        testId="iacImport.modules"
        rows={(report.modules ?? []).map((m) => ({ key: m.name, code: `module.${m.name}`, note: m.source }))}
      />
      <CodeList
        title={t('iacImport.leftOut')}
        testId="iacImport.leftOut"
        rows={report.leftOut.map((k) => ({ key: k.type, code: k.type, note: `× ${k.count}` }))}
      />
      <ProblemList problems={report.problems} testId="iacImport.problems" text={(p) => iacProblemText(t, p, exists)} />
    </>
  );
}
