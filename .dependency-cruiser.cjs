/**
 * The layers of src/, checked on every `npm run lint` (and so every `npm test`). Dependencies point
 * one way: ui → state → worker → metrics → model → scenario → engine; the d3 charts sit beside
 * the ui (they read metrics' types, never the store); the command line (cli) is an entry point
 * beside the worker and may print the English labels of ui/locales. A test may import anything.
 */
const not = (...layers) => `^src/(${layers.join('|')})/`;
const rule = (name, from, forbidden, comment) => ({
  name, comment, severity: 'error',
  from: { path: `^src/${from}/`, pathNot: '\\.test\\.tsx?$' },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    rule('engine-is-the-bottom', 'engine', not('model', 'scenario', 'metrics', 'worker', 'state', 'charts', 'ui', 'cli'),
      'the kernel knows nothing of organisations, files or screens'),
    rule('scenario-below-model', 'scenario', not('model', 'metrics', 'worker', 'state', 'charts', 'ui', 'cli'),
      'the file format knows the engine\'s distributions only'),
    rule('model-below-metrics', 'model', not('metrics', 'worker', 'state', 'charts', 'ui', 'cli'),
      'the model knows nothing of how it is measured or shown'),
    rule('metrics-below-worker', 'metrics', not('worker', 'state', 'charts', 'ui', 'cli'),
      'figures are pure transforms of records: no thread, store or screen'),
    rule('worker-below-state', 'worker', not('state', 'charts', 'ui', 'cli'),
      'the worker and its client know nothing of the store or the page'),
    rule('state-below-ui', 'state', not('charts', 'ui', 'cli'),
      'the store knows nothing of components or charts'),
    rule('charts-read-data-only', 'charts', not('model', 'worker', 'state', 'ui', 'cli'),
      'charts draw plain data: they read neither the model nor the store'),
    {
      name: 'model-loads-no-zod', severity: 'error',
      comment: 'compiling and running a model needs no validation library: only types come from the file format, and the zod-free limits and scale',
      from: { path: '^src/(engine|model)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/scenario/', pathNot: '^src/scenario/(limits|scale)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'zod-free-scenario-modules', severity: 'error',
      comment: 'the scenario modules the model may load stay free of zod',
      from: { path: '^src/scenario/(limits|scale)\\.ts$' },
      to: { path: 'zod', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-is-node-only', severity: 'error',
      comment: 'the command line runs in Node: no store, worker client or chart; of the ui, only the English words',
      from: { path: '^src/cli/' },
      to: { path: '^src/(state|worker|charts|ui)/', pathNot: '^src/ui/locales/' },
    },
    {
      name: 'no-circular', severity: 'error',
      comment: 'a cycle at run time makes load order matter (a cold branch naming the Simulation type is no cycle)',
      from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] },
  },
};
