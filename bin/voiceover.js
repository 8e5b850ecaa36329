#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm run build` (run by `npm ci` via `prepare`).

// Node flags WASI (used by the Flite speech engine) as experimental on every run; that line is
// noise for users, so drop just that warning.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const text = typeof warning === 'string' ? warning : warning?.message;
  if (typeof text === 'string' && text.includes('WASI')) return;
  return emitWarning.call(process, warning, ...rest);
};

const { main } = await import('../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
