import type { Design } from '../../model/types.ts';

export interface ReadError {
  /** JSON path of the problem, e.g. `resources[3].cidr`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { ok: true; design: Design; warnings: string[] }
  | { ok: false; errors: ReadError[] };

/** Parse a saved design. Never throws. (Full implementation in progress.) */
export function parseDesignJson(text: string): ParseResult {
  try {
    const raw: unknown = JSON.parse(text);
    return { ok: true, design: raw as Design, warnings: [] };
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `The file is not valid JSON: ${(e as Error).message}` }] };
  }
}
