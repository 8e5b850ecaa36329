import { describe, expect, it } from 'vitest';
import { parsePacketCsv, planTailCheck, type PacketScan } from '../../src/media/packets.js';

describe('parsePacketCsv', () => {
  const csv = [
    'video,0,0.000000,0.000000,0.033333,K_',
    'audio,1,-0.007000,-0.007000,0.020000,K_',
    'video,0,0.066667,0.033333,0.033333,__',
    'video,0,N/A,0.100000,N/A,__', // no pts: its dts counts, no duration: 0
    'video,0,4.000000,4.000000,0.033333,K_',
    'audio,1,4.980000,4.980000,0.020000,K_',
    'audio,2,9.000000,9.000000,0.020000,K_', // a second audio track does not count
    'video,3,0.000000,0.000000,N/A,K_', // nor a second video stream (cover art)
    '',
  ].join('\n');

  it('reads the first video and audio streams: earliest start, latest end, last video keyframe', () => {
    expect(parsePacketCsv(csv, { video: true, audio: true })).toEqual({ packets: 6, first_s: -0.007, end_s: 5, lastKey_s: 4, errors: '' });
  });

  it('counts only the asked streams, and audio keyframes when there is no video', () => {
    expect(parsePacketCsv(csv, { video: false, audio: true })).toMatchObject({ packets: 2, end_s: 5, lastKey_s: 4.98 });
    expect(parsePacketCsv(csv, { video: true, audio: false })).toMatchObject({ packets: 4, end_s: 4.033333, lastKey_s: 4 });
  });

  it('gives no times for no packets and keeps the demuxer\'s complaint', () => {
    expect(parsePacketCsv('', { video: true, audio: true }, 'File ended prematurely')).toEqual({ packets: 0, errors: 'File ended prematurely' });
  });
});

describe('planTailCheck', () => {
  const scan = (over: Partial<PacketScan>): PacketScan => ({ packets: 10, end_s: 37.1, errors: '', ...over });

  it('refuses packets that stop more than a second (or 2 % of a long file) short of the claimed end', () => {
    expect(planTailCheck(scan({ end_s: 2 }), 4)).toEqual({ action: 'refuse' });
    expect(planTailCheck(scan({ end_s: undefined, packets: 0 }), 4)).toEqual({ action: 'refuse' });
    expect(planTailCheck(scan({ end_s: 3.2, lastKey_s: 3 }), 4)).toEqual({ action: 'decode', from_s: 3 });
    expect(planTailCheck(scan({ end_s: 590, lastKey_s: 588 }), 600)).toEqual({ action: 'decode', from_s: 588 });
    expect(planTailCheck(scan({ end_s: 587, lastKey_s: 586 }), 600)).toEqual({ action: 'refuse' });
  });

  it('decodes from a keyframe near the end, on the timeline ffmpeg -ss reads (from the file start)', () => {
    expect(planTailCheck(scan({ lastKey_s: 30 }), 37.13)).toEqual({ action: 'decode', from_s: 30 });
    expect(planTailCheck(scan({ end_s: 11.5, lastKey_s: 9.4 }), 10, 1.4)).toEqual({ action: 'decode', from_s: 8 });
  });

  it('accepts a complete, cleanly read tail whose keyframe is far back, and decodes it all when the demuxer complained', () => {
    expect(planTailCheck(scan({ lastKey_s: undefined }), 37.13)).toEqual({ action: 'accept' });
    expect(planTailCheck(scan({ lastKey_s: 0 }), 37.13)).toEqual({ action: 'accept' });
    expect(planTailCheck(scan({ lastKey_s: undefined, errors: 'Invalid data found' }), 37.13)).toEqual({ action: 'full' });
  });
});
