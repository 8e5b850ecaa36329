// Messages the way people write them (issue 7 item 4): the script after a label in the middle of a line, any label
// and case, in quotes, in a fence with no label, as timed or subtitle lines; setting-like words in a script are spoken.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/server/agent/parse-message.js';

const COCKATOO = 'Meet the cockatoo. It greets every visitor by name.';

describe('parseMessage: where the script is', () => {
  it('reads the script after "Script:" in the middle of the instruction line (the reported message)', () => {
    const m = parseMessage(`add a natural AI voiceover in English for my product walkthrough video. Script: ${COCKATOO}`);
    expect(m.intent).toBe('edit');
    expect(m.script).toEqual({ text: COCKATOO, format: 'text' });
    expect(m.instruction).toBe('add a natural AI voiceover in English for my product walkthrough video.');
    expect(m.hints).toEqual({ language: 'en' });
  });

  it.each([
    ['Script:'], ['SCRIPT:'], ['script:'], ['Narration:'], ['NARRATION:'], ['Voiceover:'], ['voice-over:'], ['Voice over:'],
    ['Voiceover script:'], ['Say:'], ['say:'], ['SAY:'], ['Narration script:'], ['Script：'],
  ])('takes %s as a label, mid-line and at the start of a line', (label) => {
    expect(parseMessage(`Add a voiceover to my video. ${label} ${COCKATOO}`)).toMatchObject({ intent: 'edit', instruction: 'Add a voiceover to my video.', script: { text: COCKATOO } });
    expect(parseMessage(`Add a voiceover to my video.\n${label} ${COCKATOO}`)).toMatchObject({ intent: 'edit', instruction: 'Add a voiceover to my video.', script: { text: COCKATOO } });
    expect(parseMessage(`Add a voiceover to my video.\n${label}\n${COCKATOO}\nVoice: rms`)).toMatchObject({ script: { text: COCKATOO }, hints: { voice: 'rms' } });
  });

  it('reads labels with the words people lead into them with, and Chinese labels mid-line', () => {
    expect(parseMessage(`Please add narration with this script: ${COCKATOO}`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add a voiceover and please say: ${COCKATOO}`).script?.text).toBe(COCKATOO);
    expect(parseMessage('请给视频加中文配音。脚本：欢迎来到这里。').script?.text).toBe('欢迎来到这里。');
    expect(parseMessage('加配音，旁白：欢迎来到这里。').hints).toEqual({});
  });

  it('a label with nothing after it on its line takes the next lines, fenced or not', () => {
    const fenced = parseMessage(`add a voiceover for my walkthrough. Script:\n\`\`\`\nVoice: clear and friendly.\n${COCKATOO}\n\`\`\`\nVoice: rms`);
    expect(fenced.script?.text).toBe(`Voice: clear and friendly.\n${COCKATOO}`);
    expect(fenced.hints).toEqual({ voice: 'rms' });
    const plain = parseMessage(`add a voiceover for my walkthrough. Narration:\n${COCKATOO}\nLanguage: en`);
    expect(plain).toMatchObject({ instruction: 'add a voiceover for my walkthrough.', script: { text: COCKATOO }, hints: { language: 'en' } });
  });

  it('reads a script in quotes: after a label, after a colon, or as a quoted sentence; without the quotes', () => {
    expect(parseMessage(`Add a voiceover. Script: "${COCKATOO}"`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add a voiceover. Script: “${COCKATOO}”.`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add an English voiceover to my walkthrough: "${COCKATOO}"`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add a voiceover that reads "${COCKATOO}" please`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add a voiceover "${COCKATOO}"`).script?.text).toBe(COCKATOO);
    expect(parseMessage(`Add a voiceover:\n"Meet the cockatoo.\nIt greets every visitor by name."`).script?.text).toBe('Meet the cockatoo.\nIt greets every visitor by name.');
    expect(parseMessage('给视频配音，内容是「欢迎来到这里」').script?.text).toBe('欢迎来到这里');
    // Quotes inside a script are kept; a quoted title, file or voice is not a script.
    expect(parseMessage('Add a voiceover.\nScript: "Hello," she said. "Bye."').script?.text).toBe('"Hello," she said. "Bye."');
    expect(parseMessage('make it vertical with a title "Urban Dreams of the Big City"').script).toBeUndefined();
    expect(parseMessage('add a voiceover with the music "lofi-bed.mp3"').script).toBeUndefined();
    expect(parseMessage('use the voice "rms" please').script).toBeUndefined();
  });

  it('reads a fenced block with no label as the script; its setting-like lines are spoken', () => {
    const m = parseMessage(`Add a voiceover to my product video\n\`\`\`\nTitle: the fastest editor.\n${COCKATOO}\n\`\`\`\nAspect ratio: 9:16`);
    expect(m).toMatchObject({ intent: 'edit', instruction: 'Add a voiceover to my product video', script: { text: `Title: the fastest editor.\n${COCKATOO}` }, hints: { aspect: '9:16' } });
  });

  it('reads timed and subtitle lines with no label; setting-like lines among them are spoken', () => {
    const timed = parseMessage('Add a voiceover\n[00:01] Meet the cockatoo.\nVoice: it greets every visitor.\n[00:04] Script: by name.\nLanguage: en');
    expect(timed.script?.text).toBe('[00:01] Meet the cockatoo.\nVoice: it greets every visitor.\n[00:04] Script: by name.');
    expect(timed.hints).toEqual({ language: 'en' });
    expect(timed.instruction).toBe('Add a voiceover');
    const srt = parseMessage('Add a voiceover\n1\n00:00:01,000 --> 00:00:02,000\nTitle: hello\n\n2\n00:00:03,000 --> 00:00:04,000\nBye');
    expect(srt.script).toEqual({ text: '1\n00:00:01,000 --> 00:00:02,000\nTitle: hello\n\n2\n00:00:03,000 --> 00:00:04,000\nBye', format: 'srt' });
    expect(srt.hints).toEqual({});
    const vtt = parseMessage('Add a voiceover\nWEBVTT\n\n00:01.000 --> 00:02.000\nMusic: we love it');
    expect(vtt.script).toEqual({ text: 'WEBVTT\n\n00:01.000 --> 00:02.000\nMusic: we love it', format: 'vtt' });
    expect(vtt.hints).toEqual({});
  });

  it('keeps words that only look like labels as they are', () => {
    // "transcript:" is not "script:"; "we say: …" inside a plain script stays script.
    const m = parseMessage('Add a voiceover from the transcript: below\n\nWe say: quality first. Every time.');
    expect(m.script?.text).toBe('We say: quality first. Every time.');
    expect(parseMessage('Add a voiceover.\n\nOur team says: hello.').script?.text).toBe('Our team says: hello.');
  });

  it('asks for a script only when the message has none', () => {
    for (const text of ['add a natural AI voiceover in English for my product walkthrough video', 'Add a voiceover. Script:', 'Add a voiceover. Script: ""', 'Voiceover:\n```\n```']) {
      const m = parseMessage(text);
      expect(m.script, text).toBeUndefined();
      expect(m.intent, text).toBe('edit');
    }
  });
});
