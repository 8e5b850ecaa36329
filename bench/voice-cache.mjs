// Benchmark: restoring a cached voice in the action (issue 8 item 4). Prints figures from one run; nothing is asserted.
// Needs `npm run build` (lib/) and azurite (a dev dependency).
//
//   node bench/voice-cache.mjs [--mb 64] [--runs 3]
//
// A store with one voice of --mb MB (random bytes: no compression helps) is saved once through the same
// cache-service v2 stand-in and azurite as the tests, then restored --runs times into an emptied store, as a
// fresh runner would. Beside it, for scale: copying the same folder on this disk (the floor of any restore).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const MB = arg('--mb', 64);
const RUNS = arg('--runs', 3);

// The tests' stand-ins are TypeScript: transpile them into node_modules/.cache (so their imports resolve).
async function standIns() {
  const out = join(ROOT, 'node_modules/.cache/voiceover-bench');
  mkdirSync(out, { recursive: true });
  for (const name of ['azurite', 'results-service', 'cache-service']) {
    const source = readFileSync(join(ROOT, 'test/github/helpers', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(out, `${name}.js`), outputText);
  }
  writeFileSync(join(out, 'action-process.js'), `export const ROOT = ${JSON.stringify(ROOT)};\n`);
  const { startAzurite } = await import(join(out, 'azurite.js'));
  const { startCacheService } = await import(join(out, 'cache-service.js'));
  const azurite = await startAzurite('actions-results', ROOT);
  return { azurite, service: await startCacheService(azurite) };
}

const base = mkdtempSync(join(tmpdir(), 'voiceover-bench-voices-'));
const { azurite, service } = await standIns();
try {
  Object.assign(process.env, service.env(), { GITHUB_WORKSPACE: join(base, 'workspace'), RUNNER_TEMP: join(base, 'temp') });
  mkdirSync(process.env.GITHUB_WORKSPACE, { recursive: true });
  const { restoreVoices } = await import(join(ROOT, 'lib/github/voice-cache.js'));
  const quiet = { info: () => {}, warning: (l) => console.error(l) };
  const env = () => ({ RUNNER_TOOL_CACHE: join(base, 'toolcache') });
  const ids = ['piper:en_US-amy-medium'];

  const first = await restoreVoices(ids, { env: env(), catalogueVersion: 'bench', log: quiet, enabled: true });
  const voice = join(first.dir, 'vits-piper-en_US-amy-medium');
  mkdirSync(voice, { recursive: true });
  writeFileSync(join(voice, 'model.onnx'), randomBytes(MB * 1024 * 1024));
  writeFileSync(join(voice, 'tokens.txt'), '_ 0\n');
  let t = performance.now();
  const saved = await first.save();
  const saveS = (performance.now() - t) / 1000;
  const copyFrom = join(base, 'copy-source');
  cpSync(first.dir, copyFrom, { recursive: true });

  const restores = [];
  const copies = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(join(base, 'toolcache'), { recursive: true, force: true });
    t = performance.now();
    const session = await restoreVoices(ids, { env: env(), catalogueVersion: 'bench', log: quiet, enabled: true });
    restores.push((performance.now() - t) / 1000);
    if (session.restored !== session.key) throw new Error(`run ${i + 1}: the cached voice was not restored`);
    const target = join(base, `copy-${i}`);
    t = performance.now();
    cpSync(copyFrom, target, { recursive: true });
    copies.push((performance.now() - t) / 1000);
    rmSync(target, { recursive: true, force: true });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const f = (s) => `${s.toFixed(2)} s`;
  console.log(`voice of ${MB} MB, ${RUNS} restores into an empty store (cache-service v2 stand-in + azurite on 127.0.0.1)`);
  console.log(`save (tar + zstd + upload): ${f(saveS)} (${saved})`);
  console.log(`restore: median ${f(median(restores))} [${restores.map(f).join(', ')}]; ${(MB / median(restores)).toFixed(0)} MB/s`);
  console.log(`plain copy of the same folder: median ${f(median(copies))}; restore / copy = ${(median(restores) / median(copies)).toFixed(1)}x`);
} finally {
  await service.stop();
  await azurite.stop();
  rmSync(base, { recursive: true, force: true });
}
