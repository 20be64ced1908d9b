// `npm run bench`: bundles the benchmark (engine, hand-written loop, SIM.JS) with esbuild, the way
// the app ships the engine, then runs it. Bundling gives every implementation the same footing:
// one module, constants inlined, no per-file TypeScript loader in the way.
import { build } from 'esbuild';
import { pathToFileURL, fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./engine-bench.ts', import.meta.url));
// Inside the repository, so the bundle resolves its external packages from node_modules.
const outfile = fileURLToPath(new URL('../../node_modules/.cache/cm-bench/bench.mjs', import.meta.url));
await build({ entryPoints: [entry], bundle: true, minifySyntax: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning',
  // SIM.JS is loaded through createRequire at run time; keep the package as is.
  external: ['simjs', 'yaml', 'zod'],
  // The bench's files find the scenario and SIM.JS relative to their own folder.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) } });
process.env.CM_BENCH_BUNDLE = outfile; // the benchmark runs each implementation in a child process of this bundle
// count-instructions.sh only needs the bundle.
if (!process.env.CM_BENCH_BUILD_ONLY) await import(pathToFileURL(outfile).href);
