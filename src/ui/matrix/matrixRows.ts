/**
 * What the matrix view shows of a matrix (pure, tested): the endpoints a text filter and a
 * VPC/subnet filter keep, and the CSV of the kept cells (source,destination,traffic).
 */
import { format, isEmpty, type TrafficSet, type Witness } from '../../validation/matrix/index.ts';
import type { MatrixAnswer } from '../../store/matrixAnswer.ts';

export interface MatrixFilter {
  /** Part of a source's or destination's label (any case); empty keeps all. */
  readonly text: string;
  /** A VPC's or a subnet's id; empty keeps all. The internet is always kept. */
  readonly place: string;
}

export const NO_FILTER: MatrixFilter = { text: '', place: '' };

/** The indexes of the endpoints that pass the place filter, and of the rows and columns the text filter keeps. */
export function filterMatrix(a: MatrixAnswer, f: MatrixFilter): { rows: number[]; cols: number[] } {
  const inPlace = a.data.endpoints.map((e, i) => {
    if (!f.place || e.kind !== 'resource') return true;
    const p = a.places[i]!;
    return p.vpc === f.place || p.subnet === f.place;
  });
  const all = a.data.endpoints.map((_, i) => i).filter((i) => inPlace[i]);
  const q = f.text.trim().toLowerCase();
  if (!q) return { rows: all, cols: all };
  const hit = (i: number) => a.labels[i]!.toLowerCase().includes(q);
  const hits = all.filter(hit);
  // A row whose label matches keeps every column; a column whose label matches keeps every row.
  const rows = all.filter((i) => hit(i) || hits.some((j) => cellOf(a, i, j)));
  const cols = all.filter((j) => hit(j) || hits.some((i) => cellOf(a, i, j)));
  return { rows, cols };
}

/** The cells by `src * n + dst`. */
const lookups = new WeakMap<MatrixAnswer, Map<number, { allowed: TrafficSet; unknown: TrafficSet }>>();

/** The cell of two endpoint indexes, or undefined when nothing gets through and nothing is unknown. */
export function cellOf(a: MatrixAnswer, src: number, dst: number) {
  let m = lookups.get(a);
  if (!m) {
    m = new Map();
    const n = a.data.endpoints.length;
    for (const c of a.data.cells) m.set(c.src * n + c.dst, c);
    lookups.set(a, m);
  }
  return m.get(src * a.data.endpoints.length + dst);
}

/** A cell's compact text: what gets through, then what is not known after "?". */
export function cellText(cell: { allowed: TrafficSet; unknown: TrafficSet } | undefined): string {
  if (!cell) return '';
  const parts: string[] = [];
  if (!isEmpty(cell.allowed)) parts.push(format(cell.allowed));
  if (!isEmpty(cell.unknown)) parts.push(`? ${format(cell.unknown)}`);
  return parts.join(' ');
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV of the non-empty cells among these rows and columns: a header, then source,destination,traffic. */
export function matrixCsv(a: MatrixAnswer, rows: readonly number[], cols: readonly number[]): string {
  const keep = new Set(cols);
  const lines = ['source,destination,traffic'];
  const rowSet = new Set(rows);
  for (const c of a.data.cells) {
    if (!rowSet.has(c.src) || !keep.has(c.dst)) continue;
    lines.push([a.labels[c.src]!, a.labels[c.dst]!, cellText(c)].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** A witness packet in one line: `10.0.1.10 → 10.0.2.20 tcp 5432`. */
export function packetText(w: Witness): string {
  const ported = w.packet.protocol === 'tcp' || w.packet.protocol === 'udp';
  return `${w.packet.source} → ${w.packet.destination} ${String(w.packet.protocol)}${ported ? ` ${w.packet.port}` : ''}`;
}
