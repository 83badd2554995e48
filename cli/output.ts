/**
 * How the import commands hand over what they read: laid out as the app lays out an import, then
 * written to `-o FILE` (saying so on standard error) or printed on standard output.
 */
import type { Design } from '../src/model/types.ts';
import { serializeDesign } from '../src/io/json/write.ts';
import { layoutNested } from '../src/layout/nested.ts';
import { escapeText } from './escape.ts';

interface OutputIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile?: (path: string, text: string) => void;
}

/** Lays `design` out and writes it to `output`, or prints it; a file that cannot be written is `refuse`d (exit 2). */
export async function emitDesign(
  io: OutputIo,
  output: string | undefined,
  design: Design,
  refuse: (message: string) => Error,
): Promise<void> {
  const text = serializeDesign(await layoutNested(design));
  if (!output) {
    io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  if (!io.writeFile) throw refuse('cannot write files here.');
  try {
    io.writeFile(output, text);
  } catch (e) {
    throw refuse(`cannot write ${escapeText(output)}: ${escapeText((e as Error).message)}.`);
  }
  io.stderr(`wrote ${escapeText(output)}\n`);
}
