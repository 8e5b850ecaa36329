// Secret values are masked in any text: the known variables' values and Bearer header values.
import { describe, expect, it } from 'vitest';
import { redactSecrets, secretValues } from '../../src/core/secrets.js';

describe('redactSecrets', () => {
  it('masks the values of OPENAI_API_KEY, ELEVENLABS_API_KEY and NEMO_TOKEN, and any Bearer value', () => {
    const env = { OPENAI_API_KEY: 'sk-abc123456', ELEVENLABS_API_KEY: ' el-xyz98765 ', NEMO_TOKEN: 'nv', PATH: '/usr/bin' };
    expect(secretValues(env)).toEqual(['sk-abc123456', 'el-xyz98765']);
    const text = 'key sk-abc123456 refused; el-xyz98765 too; header Authorization: Bearer other.token-1; /usr/bin stays';
    expect(redactSecrets(text, secretValues(env))).toBe('key *** refused; *** too; header Authorization: Bearer ***; /usr/bin stays');
  });
});
