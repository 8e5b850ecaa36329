// The code a sherpa-onnx child process runs, as a string: started with `node -e`, it needs no file of its
// own, so the ncc bundle (dist/), lib/ and vitest's TypeScript all run the same thing. Plain CommonJS on
// purpose: nothing here may depend on a build step. A child process, not a worker thread: sherpa-onnx's
// native code exits or crashes the whole process on a bad model (exit 255, SIGSEGV), which must not be ours.

/**
 * Messages (IPC, `serialization: 'advanced'`): `{type:'load', id, addon, config}` loads one model (once per
 * process: espeak-ng is initialised by the first model's data dir) and answers `{type:'loaded', id,
 * sampleRate, numSpeakers, rss}`; `{type:'speak', id, text, sid, speed}` answers `{type:'audio', id, samples,
 * sampleRate, rss}`; a JavaScript error answers `{type:'failed', id, message, rss}`. The process exits when the
 * parent disconnects.
 */
export const SHERPA_WORKER_SOURCE = String.raw`
'use strict';
let tts;
function reply(message) {
  if (process.connected) process.send(message);
}
process.on('message', (message) => {
  const { id } = message;
  try {
    if (message.type === 'load') {
      if (tts) throw new Error('this process already holds a model');
      const sherpa = require(message.addon);
      tts = new sherpa.OfflineTts(message.config);
      reply({ type: 'loaded', id, sampleRate: tts.sampleRate, numSpeakers: tts.numSpeakers, rss: process.memoryUsage().rss });
    } else if (message.type === 'speak') {
      if (!tts) throw new Error('no model is loaded');
      const audio = tts.generate({ text: message.text, sid: message.sid, speed: message.speed, enableExternalBuffer: false });
      reply({ type: 'audio', id, samples: new Float32Array(audio.samples), sampleRate: audio.sampleRate, rss: process.memoryUsage().rss });
    }
  } catch (error) {
    reply({ type: 'failed', id, message: error && error.message ? error.message : String(error), rss: process.memoryUsage().rss });
  }
});
process.on('disconnect', () => process.exit(0));
`;
