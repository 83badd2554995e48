/**
 * The File actions' dialogs (Designs…, Templates…, a file that could not be opened, the share
 * link, the same-name question) and the leave question, whichever path asked to leave the design.
 * Which one is open is in the actions' state (actions/state.ts).
 */
import { lazy, Suspense } from 'react';
import { useLibraryStore } from '../store/library.ts';
import type { ActionContext } from './actions/index.ts';
import { ACTIONS } from './actions/index.ts';
import { setDialog, useFileUi } from './actions/state.ts';
import { sameNameChoice } from './actions/actionOpenFile.ts';
import { pickTemplate } from './actions/actionTemplates.ts';
import { confirmImportAws } from './actions/actionImportAws.ts';
import { loadDialogTexts } from '../i18n/index.ts';
import { loadDesignReader } from '../store/designReader.ts';
// The dialogs and their English texts load when first opened, not with the app (first-load
// budget, BENCHMARKS.md).
const withTexts = <M,>(load: Promise<M>) => Promise.all([load, loadDialogTexts()]).then(([m]) => m);
// The designs list opens saved designs: with the design reader (loaded at boot, so normally there).
const dialogs = () =>
  withTexts(Promise.all([import('./DesignsDialog.tsx'), loadDesignReader()]).then(([m]) => m));
const DesignsDialog = lazy(() => dialogs().then((m) => ({ default: m.DesignsDialog })));
const TemplatesDialog = lazy(() => dialogs().then((m) => ({ default: m.TemplatesDialog })));
const OpenErrorDialog = lazy(() => dialogs().then((m) => ({ default: m.OpenErrorDialog })));
const LinkDialog = lazy(() => dialogs().then((m) => ({ default: m.LinkDialog })));
const LeaveDialog = lazy(() => dialogs().then((m) => ({ default: m.LeaveDialog })));
const SameNameDialog = lazy(() => dialogs().then((m) => ({ default: m.SameNameDialog })));
// With the AWS importer in it: loaded when File › Import from AWS… opens.
const AwsImportDialog = lazy(() =>
  withTexts(import('./awsImport/AwsImportDialog.tsx')).then((m) => ({ default: m.AwsImportDialog })),
);

// With the CloudFormation and Terraform readers in it: loaded when a template or .tf file is opened.
const IacImportDialog = lazy(() =>
  withTexts(import('./iacImport/IacImportDialog.tsx')).then((m) => ({ default: m.IacImportDialog })),
);

// With the CloudFormation and Terraform writers in it: loaded when File › Export as … opens.
const IacExportDialog = lazy(() =>
  withTexts(import('./iacExport/IacExportDialog.tsx')).then((m) => ({ default: m.IacExportDialog })),
);

// With the access diff in it: loaded when File › Compare… has a file.
const CompareDialog = lazy(() =>
  withTexts(import('./compare/CompareDialog.tsx')).then((m) => ({ default: m.CompareDialog })),
);

const close = () => setDialog(null);

export function FileDialogs({ ctx }: { ctx: ActionContext }) {
  const dialog = useFileUi((s) => s.dialog);
  return (
    <Suspense fallback={null}>
      {dialog?.kind === 'designs' ? (
        <DesignsDialog onClose={close} onNew={() => void ACTIONS.newDesign.perform(ctx)} />
      ) : null}
      {dialog?.kind === 'templates' ? (
        <TemplatesDialog onClose={close} onPick={(id) => void pickTemplate(ctx, id)} currentKept={dialog.kept} />
      ) : null}
      {dialog?.kind === 'error' ? (
        <OpenErrorDialog title={dialog.title} errors={dialog.errors} onClose={close} />
      ) : null}
      {dialog?.kind === 'importAws' ? (
        <AwsImportDialog onClose={close} onImport={(design) => confirmImportAws(ctx, design)} />
      ) : null}
      {dialog?.kind === 'importIac' ? (
        <IacImportDialog initial={dialog.inputs} onClose={close} onImport={(design) => confirmImportAws(ctx, design)} />
      ) : null}
      {dialog?.kind === 'exportIac' ? <IacExportDialog language={dialog.language} onClose={close} /> : null}
      {dialog?.kind === 'compare' ? <CompareDialog file={dialog.file} text={dialog.text} onClose={close} /> : null}
      {dialog?.kind === 'link' ? <LinkDialog url={dialog.url} onClose={close} /> : null}
      {dialog?.kind === 'sameName' ? (
        <SameNameDialog
          name={dialog.design.name}
          copyName={dialog.copyName}
          match={dialog.match}
          onReplace={() => sameNameChoice(ctx, 'replace')}
          onKeepBoth={() => sameNameChoice(ctx, 'both')}
          onClose={close}
        />
      ) : null}
      <PendingLeave />
    </Suspense>
  );
}

/** The question "this design is not saved: save it as JSON first?", whichever path asked to leave it. */
function PendingLeave() {
  const leaving = useLibraryStore((s) => s.leaving);
  return leaving ? <LeaveDialog reason={leaving.reason} design={leaving.design} /> : null;
}
