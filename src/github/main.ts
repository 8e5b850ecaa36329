// Entry point of the bundle (dist/index.js): what `runs.main` in action.yml starts.

import { runAction } from './action.js';

// Node flags WASI (the Flite speech engine) as experimental on every run: noise in a workflow log.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (text.includes('WASI')) return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

await runAction();
