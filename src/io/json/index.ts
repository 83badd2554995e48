/** Reading and writing design files. (arbitrary.ts is test-only and deliberately not exported here.) */
export { parseDesignJson, MAX_DESIGN_BYTES, type ParseResult, type ReadError } from './read.ts';
export { serializeDesign } from './write.ts';
export { designSchema } from './schema.ts';
export { migrateToCurrent, MIGRATIONS } from './migrations.ts';
