// The action's top level: mask the tokens first, read the inputs and the event, then run the mode.

import * as core from '@actions/core';
import { bundledAssets } from './bundled-assets.js';
import { readEventContext } from './event-context.js';
import { readInputs } from './inputs.js';
import { ACTION_VERSION } from './version.js';

/** Run the action in this process (env is process.env on a runner); failures end as core.setFailed. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Before anything can print them: the runner then masks these values in every log line.
  for (const name of ['nemo-token', 'github-token', 'openai-api-key', 'elevenlabs-api-key']) {
    const secret = core.getInput(name);
    if (secret) core.setSecret(secret);
  }
  // Keys set in the job's env instead of inputs are masked too.
  for (const name of ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY']) if (env[name]?.trim()) core.setSecret(env[name]!.trim());
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.nemoToken) env.NEMO_TOKEN = inputs.nemoToken;
    if (inputs.nemoApiUrl) env.NEMO_API_URL = inputs.nemoApiUrl;
    if (inputs.openaiApiKey) env.OPENAI_API_KEY = inputs.openaiApiKey;
    if (inputs.openaiBaseUrl) env.OPENAI_BASE_URL = inputs.openaiBaseUrl;
    if (inputs.elevenlabsApiKey) env.ELEVENLABS_API_KEY = inputs.elevenlabsApiKey;
    if (inputs.elevenlabsBaseUrl) env.ELEVENLABS_BASE_URL = inputs.elevenlabsBaseUrl;
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
