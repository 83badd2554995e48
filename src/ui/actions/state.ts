/**
 * The state the File actions share with the File menu: which dialog is open, whether an image is
 * being made (the menu button shows a spinner), the image background chosen in the menu, and the
 * hidden file input that "Open JSON…" and Ctrl/Cmd+O click.
 */
import { create } from 'zustand';
import type { LibraryEntry } from '../../store/library.ts';
import type { ReadError } from '../../io/json/read.ts';
import type { ImageBackground } from '../../io/export/image.ts';
import type { Design } from '../../model/index.ts';
import type { OpenProgress } from '../../store/openRead.ts';

export type DialogState =
  | { kind: 'designs' }
  | { kind: 'templates'; kept: boolean }
  | { kind: 'importAws' }
  /** A CloudFormation template or Terraform files being opened (ui/iacImport). */
  | { kind: 'importIac'; inputs: readonly { path: string; text: string }[] }
  | { kind: 'sameName'; design: Design; warnings: readonly string[]; match: LibraryEntry; copyName: string }
  | { kind: 'error'; title: string; errors: readonly ReadError[] }
  | { kind: 'link'; url: string }
  /** File › Export as CloudFormation / Terraform (ui/iacExport). */
  | { kind: 'exportIac'; language: 'cfn' | 'terraform' }
  /** File › Compare…: a second design file's text (null when it could not be read) (ui/compare). */
  | { kind: 'compare'; file: string; text: string | null }
  | null;

/** A file being read for opening (File › Open, a drop): its name, how far it got, and how to cancel it. */
export interface Opening {
  readonly file: string;
  readonly progress: OpenProgress;
  readonly controller: AbortController;
}

interface FileUiState {
  dialog: DialogState;
  opening: Opening | null;
  setOpening(opening: Opening | null): void;
  busy: boolean;
  background: ImageBackground;
  setDialog(dialog: DialogState): void;
  setBusy(busy: boolean): void;
  setBackground(background: ImageBackground): void;
}

export const useFileUi = create<FileUiState>()((set) => ({
  dialog: null,
  opening: null,
  setOpening: (opening) => set({ opening }),
  busy: false,
  background: 'white',
  setDialog: (dialog) => set({ dialog }),
  setBusy: (busy) => set({ busy }),
  setBackground: (background) => set({ background }),
}));

export const setDialog = (dialog: DialogState) => useFileUi.getState().setDialog(dialog);

let fileInput: HTMLInputElement | null = null;

/** The File menu's hidden `<input type="file">` (a ref callback). */
export function registerFileInput(el: HTMLInputElement | null) {
  fileInput = el;
}

/** Show the browser's file picker; the input's change opens the file (openFile). */
export function pickFile() {
  fileInput?.click();
}
