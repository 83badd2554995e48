/**
 * The reader's size limits (./read.ts), in a module of their own so that the app's first paint can
 * check a file's or a link's size before the reader (schemas, zod) has loaded.
 */
/** Largest file VPC Town opens, in bytes (10 MB). Big enough for thousands of resources. */
export const MAX_DESIGN_BYTES = 10 * 1024 * 1024;
/**
 * Most resources a design the user opens (file, share link) may hold (docs/design-format.md,
 * "Limits"), passed as `maxResources`. Counted right after the
 * JSON is parsed, before the schema, the references, the validator and the canvas do any work: a
 * 50,000-resource design kept the tab busy for over a minute. Four times the 5,000 that
 * BENCHMARKS.md measures; a design that size is several estates and reads better split up.
 */
export const MAX_RESOURCES = 20_000;
