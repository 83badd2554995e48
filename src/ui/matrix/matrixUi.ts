/** View state of the access matrix view (never saved, never in the undo history): open or not. */
import { create } from 'zustand';

export interface MatrixUi {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useMatrixUi = create<MatrixUi>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}));
