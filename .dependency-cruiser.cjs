/**
 * The layers, as data (style-guide.md, "Layers held by a check"): dependencies point one way,
 *   model ← validation ← catalog ← layout ← io ← i18n ← store ← canvas ← ui ← app,
 * and model, validation, catalog, layout and the pure part of io never import a UI framework, so the
 * CLI and the tests use them without a DOM. `npm run lint` runs this; src/layers.test.ts proves that
 * each rule catches a probe that breaks it.
 */
const FRAMEWORKS =
  'node_modules/(react|react-dom|react-i18next|i18next|@xyflow|zustand|zundo|html-to-image|@floating-ui|tinykeys|lz-string|aws-icons)/';
/** Tests may reach across layers (a test of io may read the texts); production code may not. */
const TESTS = '\\.test\\.tsx?$';
const upTo = (layers) => `^src/(${layers.join('|')})/`;
const ALL = ['model', 'validation', 'catalog', 'layout', 'io', 'i18n', 'store', 'canvas', 'ui', 'app'];
/** Everything above `layer` in the order. */
const above = (layer) => ALL.slice(ALL.indexOf(layer) + 1);

const layerRule = (layer, extra = {}) => ({
  name: `${layer}-points-down`,
  comment: `${layer} imports only the layers below it (${ALL.slice(0, ALL.indexOf(layer)).join(', ') || 'nothing of ours'}).`,
  severity: 'error',
  from: { path: `^src/${layer}/`, pathNot: TESTS },
  to: { path: upTo(above(layer)), ...extra },
});

module.exports = {
  forbidden: [
    ...['model', 'validation', 'catalog', 'layout', 'io', 'i18n', 'store', 'canvas', 'ui'].map((l) => layerRule(l)),
    {
      name: 'pure-layers-no-frameworks',
      comment:
        'model, validation, catalog and layout stay framework-free: no React, React Flow, zustand, i18n or DOM libraries.',
      severity: 'error',
      from: { path: '^src/(model|validation|catalog|layout)/' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'pure-io-no-frameworks',
      comment:
        'The pure part of io (JSON, share links, templates) runs in the CLI: no UI framework or DOM library (lz-string is its own).',
      severity: 'error',
      from: { path: '^src/io/(json|share)/|^src/io/[^/]+\\.ts$' },
      to: { path: FRAMEWORKS, pathNot: 'node_modules/lz-string/' },
    },
    {
      name: 'io-no-react',
      comment: 'io never renders: export takes DOM elements, never React or a store.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: 'node_modules/(react|react-dom|react-i18next|zustand|zundo)/' },
    },
    {
      name: 'cli-headless',
      comment: 'The CLI uses model, validation, catalog, layout and the pure part of io only.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: `^src/(store|canvas|ui|app|io/export)/|${FRAMEWORKS}` },
    },
    {
      name: 'test-helpers-stay-in-tests',
      comment: 'Test builders, arbitraries and fixtures are for tests: the app and the CLI never import them.',
      severity: 'error',
      from: { path: '^(src|cli)/', pathNot: '\\.test\\.tsx?$|/testing/|(^|/)arbitrary\\.ts$|\\.fixture\\.ts$' },
      to: {
        path: '^src/testing/|/testing/|(^|/)arbitrary\\.ts$|\\.fixture\\.ts$|node_modules/(vitest|fast-check|@playwright)/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|bench/out|reports|test-results)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
