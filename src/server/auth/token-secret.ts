// The server's token key: anonymous tokens are an HMAC of their record under it, so only hashes are stored
// and a client id can still be handed its still-valid token again.

import { createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** Read the key from `file`, creating it (32 random bytes, owner-only) on first start. */
export async function loadTokenSecret(file: string): Promise<Buffer> {
  try {
    await writeFile(file, randomBytes(32), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = await readFile(file);
  if (secret.length < 16) throw new Error(`${file} is damaged (${secret.length} bytes); delete it to start over (issued anonymous tokens then stop working)`);
  return secret;
}

/** The anonymous token of a user's token record (`nonce` makes each record's token different). */
export const deriveToken = (secret: Buffer, userId: string, nonce: string): string =>
  `nmv_usr_${createHmac('sha256', secret).update(`${userId}\n${nonce}`).digest('base64url')}`;
