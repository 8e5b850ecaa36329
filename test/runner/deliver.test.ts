// Temporary delivery names: beside the final file on every platform's separators.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partialPath } from '../../src/runner/deliver.js';

describe('partialPath', () => {
  it('hides the temporary file beside the final one (POSIX paths)', () => {
    expect(partialPath('/repo/out/demo.mp4', path.posix)).toBe('/repo/out/.demo.mp4.partial');
    expect(partialPath('demo.srt', path.posix)).toBe('.demo.srt.partial');
  });
  it('splits Windows paths on backslashes too', () => {
    expect(partialPath('C:\\repo\\out\\demo.mp4', path.win32)).toBe('C:\\repo\\out\\.demo.mp4.partial');
    expect(partialPath('D:\\a/b\\demo.vtt', path.win32)).toBe('D:\\a\\b\\.demo.vtt.partial');
  });
});
