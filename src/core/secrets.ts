// Keep known secret values (API keys, tokens) out of text a person or a file will see.

/** Environment variables whose values are secrets (cloud voice keys, the NemoVideo token). */
export const SECRET_ENV_VARS = ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY', 'NEMO_TOKEN'] as const;

/** The secret values set in an environment (long enough to be worth hiding). */
export function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  return SECRET_ENV_VARS.map((name) => env[name]?.trim() ?? '').filter((value) => value.length >= 4);
}

/** Replace every occurrence of each secret, and any `Bearer …` header value, with `***`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = secretValues()): string {
  let out = text.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer ***');
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('***');
  return out;
}
