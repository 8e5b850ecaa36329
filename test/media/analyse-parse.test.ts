import { describe, expect, it } from 'vitest';
import { parseEbur128Summary, parseScdetLog, parseShowinfoTimes, parseSilenceLog, speechOnsets } from '../../src/media/analyse-parse.js';

const summary = (i: string, lra: string, peak: string): string =>
  `[Parsed_ebur128_0 @ 0x5632691a0000] t: 3.9    TARGET:-23 LUFS    M: -41.8 S: -41.8     I: -12.0 LUFS       LRA:   9.0 LU  FTPK: -1.0 dBFS  TPK: -1.0 dBFS\n` +
  `[Parsed_ebur128_0 @ 0x5632691a0000] Summary:\n\n  Integrated loudness:\n    I:         ${i} LUFS\n    Threshold: -51.8 LUFS\n\n` +
  `  Loudness range:\n    LRA:         ${lra} LU\n    Threshold: -61.8 LUFS\n    LRA low:   -41.8 LUFS\n    LRA high:  -41.8 LUFS\n\n` +
  `  True peak:\n    Peak:      ${peak} dBFS\n`;

describe('parseEbur128Summary', () => {
  it('reads the Summary block, not the running meter lines before it', () => {
    expect(parseEbur128Summary(summary('-41.8', '0.0', '-37.6'))).toEqual({ integrated_lufs: -41.8, true_peak_dbtp: -37.6, lra: 0 });
    expect(parseEbur128Summary(summary('-9.5', '12.3', '2.1'))).toEqual({ integrated_lufs: -9.5, true_peak_dbtp: 2.1, lra: 12.3 });
  });

  it('gives -Infinity for silence (everything under the -70 LUFS gate, peak -inf)', () => {
    expect(parseEbur128Summary(summary('-70.0', '0.0', '-inf'))).toEqual({ integrated_lufs: -Infinity, true_peak_dbtp: -Infinity, lra: 0 });
  });

  it('gives undefined without a summary', () => {
    expect(parseEbur128Summary('Conversion failed!')).toBeUndefined();
  });
});

describe('parseSilenceLog', () => {
  const log = '[silencedetect @ 0x1] silence_start: -0.00133\n[silencedetect @ 0x1] silence_end: 1.00267 | silence_duration: 1.004\n' +
    'size=N/A time=00:00:02.00\n[silencedetect @ 0x1] silence_start: 2.5\n';

  it('pairs starts with ends and closes a silence still open at the end', () => {
    expect(parseSilenceLog(log, 4)).toEqual([{ start_s: 0, end_s: 1.00267 }, { start_s: 2.5, end_s: 4 }]);
  });

  it('drops the open silence when the end is unknown', () => {
    expect(parseSilenceLog(log)).toEqual([{ start_s: 0, end_s: 1.00267 }]);
  });
});

describe('speechOnsets', () => {
  it('starts at 0 when the file opens with sound, then at the end of each inner silence', () => {
    expect(speechOnsets([{ start_s: 1, end_s: 3 }], 4)).toEqual([0, 3]);
    expect(speechOnsets([{ start_s: 0, end_s: 1 }, { start_s: 2, end_s: 4 }], 4)).toEqual([1]);
    expect(speechOnsets([], 4)).toEqual([0]);
    expect(speechOnsets([{ start_s: 0, end_s: 4 }], 4)).toEqual([]);
  });
});

describe('scene logs', () => {
  it('reads scdet detections and showinfo pts_time lines', () => {
    expect(parseScdetLog('[scdet @ 0x55] lavfi.scd.score: 15.625, lavfi.scd.time: 2\n[scdet @ 0x55] lavfi.scd.score: 29.1, lavfi.scd.time: 7.36\n')).toEqual([2, 7.36]);
    const showinfo =
      '[Parsed_showinfo_1 @ 0x5627] config in time_base: 1/12800, frame_rate: 25/1\n' +
      '[Parsed_showinfo_1 @ 0x5627] n:   0 pts:  25600 pts_time:2       pos:     1563 fmt:yuv420p sar:1/1 s:160x120\n' +
      '[Parsed_showinfo_1 @ 0x5627] n:   1 pts:  64000 pts_time:5.04    pos:     9000 fmt:yuv420p\n' +
      '[other @ 0x1] pts_time:9\n';
    expect(parseShowinfoTimes(showinfo)).toEqual([2, 5.04]);
  });
});
