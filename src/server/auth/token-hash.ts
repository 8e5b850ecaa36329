// Tokens are stored and compared by hash only.

import { createHash } from 'node:crypto';

/** sha256 hex of a string. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
