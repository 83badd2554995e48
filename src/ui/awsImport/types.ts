/** The importer's contract (src/io/aws), as the dialog uses it. */
export type { AwsInput, AwsImportResult, AwsImportReport, AwsProblem } from '../../io/aws/index.ts';
