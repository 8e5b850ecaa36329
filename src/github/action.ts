// The action's top level: mask the tokens first, read the inputs and the event, then run the mode.

import * as core from '@actions/core';
import { bundledAssets } from './bundled-assets.js';
import { readEventContext } from './event-context.js';
import { readInputs } from './inputs.js';
import { ACTION_VERSION } from './version.js';

/** Run the action in this process (env is process.env on a runner); failures end as core.setFailed. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Before anything can print them: the runner then masks these values in every log line.
  for (const secret of [core.getInput('nemo-token'), core.getInput('github-token')]) if (secret) core.setSecret(secret);
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.nemoToken) env.NEMO_TOKEN = inputs.nemoToken;
    if (inputs.nemoApiUrl) env.NEMO_API_URL = inputs.nemoApiUrl;
    // The nemo client sends its version; inside the bundle it cannot read package.json.
    env.VOICEOVER_VERSION ||= ACTION_VERSION;
    bundledAssets(env, env.RUNNER_TEMP);
    const ctx = readEventContext(env);
    if (inputs.mode === 'plan') await (await import('./mode-plan.js')).planMode(inputs, ctx, env);
    else if (inputs.mode === 'report') await (await import('./mode-report.js')).reportMode(inputs, ctx, env);
    else await (await import('./mode-run.js')).runMode(inputs, ctx, env);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
