/**
 * What the import commands (importAws.ts, importCfn.ts, importTerraform.ts) share: reading an input
 * file (a problem with it is a usage error naming the file), `KEY=VALUE` flags, and the end of an
 * import report (what was imported, what is kept as external, each problem, the verdict).
 */
import { escapeText } from './escape.ts';

/** Why a file could not be read, in a few words. */
function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}

/** `read(path)`, or `refuse` "cannot read WHAT PATH: why." */
export function readInput(
  read: (path: string) => string,
  path: string,
  refuse: (message: string) => Error,
  what = '',
): string {
  try {
    return read(path);
  } catch (e) {
    throw refuse(`cannot read ${what ? `${what} ` : ''}${escapeText(path)}: ${escapeText(whyUnreadable(e))}.`);
  }
}

/** `--flag KEY=VALUE` values; a malformed one is `refuse`d. */
export function keyValues(
  list: readonly string[] | undefined,
  flag: string,
  key: string,
  refuse: (message: string) => Error,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw refuse(`${flag} takes ${key}=VALUE, not "${escapeText(p)}".`);
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

interface ReportLike {
  readonly counts: Readonly<Record<string, number>>;
  readonly externals: readonly { readonly name: string; readonly awsType: string }[];
  readonly problems: readonly {
    readonly severity: string;
    readonly code: string;
    readonly message: string;
    readonly file?: string | null;
    readonly line?: number | null;
    readonly column?: number | null;
  }[];
}

/**
 * The lines after a report's own: imported counts, externals (the first 20), `more` (what the
 * importer read and kept), each problem, the verdict (with the errors and warnings counted).
 */
export function reportTail(report: ReportLike, imported: boolean, more: readonly string[] = []): string[] {
  const lines: string[] = [];
  const counts = Object.entries(report.counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  if (imported) lines.push(`imported: ${counts || 'nothing'}`);
  if (report.externals.length)
    lines.push(
      `kept as external (${report.externals.length}): ${report.externals
        .slice(0, 20)
        .map((e) => `${escapeText(e.name)} (${escapeText(e.awsType)})`)
        .join(', ')}${report.externals.length > 20 ? ', …' : ''}`,
    );
  lines.push(...more);
  for (const p of report.problems) {
    const where = p.file
      ? `${escapeText(p.file)}${p.line !== undefined && p.line !== null ? `:${p.line}:${p.column ?? 1}` : ''}: `
      : '';
    lines.push(`${p.severity} ${where}${escapeText(p.message)} [${p.code}]`);
  }
  const n = (s: string) => report.problems.filter((p) => p.severity === s).length;
  const errors = n('error');
  const warnings = n('warning');
  lines.push(
    !imported
      ? 'Refused: nothing was imported.'
      : errors || warnings
        ? `Imported with ${errors ? `${errors} error${errors === 1 ? '' : 's'} and ` : ''}${warnings} warning${warnings === 1 ? '' : 's'}.`
        : 'Imported.',
  );
  return lines;
}
