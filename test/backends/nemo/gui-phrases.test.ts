// GUI phrasing of the service never reaches a person raw.
import { describe, expect, it } from 'vitest';
import { hasGuiPhrase, mapGuiPhrases } from '../../../src/backends/nemo/gui-phrases.js';

describe('mapGuiPhrases', () => {
  it.each([
    ['Your voiceover is ready! Click Export to download it.', 'Your voiceover is ready! The voiceover tool exports and downloads the video itself.'],
    ['Click the "Export" button in the top right corner.', 'The voiceover tool exports and downloads the video itself.'],
    ['完成了。点击导出即可下载。', '完成了。 The voiceover tool exports and downloads the video itself.'],
    ['Open the timeline panel to adjust the voice.', 'Details are on the task page linked in the report.'],
    ['Drag the clip onto the timeline to reorder. Drag and drop more files here!', 'To change the timeline, edit the video or script in the config and run the voiceover tool again.'],
    ['Done. Click here to see your credits.', 'Done. The voiceover tool does this step itself; details are on the task page linked in the report.'],
    ['You can click the Save button.\nOr open settings.', 'The voiceover tool saves the result in the output folder itself. Details are on the task page linked in the report.'],
  ])('%s', (input, expected) => {
    const out = mapGuiPhrases(input);
    expect(out).toBe(expected);
    expect(hasGuiPhrase(out)).toBe(false);
  });

  it('leaves other text alone', () => {
    const text = 'Added a voiceover with 4 lines in English (voice slt). The timeline is 20 s long.';
    expect(mapGuiPhrases(text)).toBe(text);
    expect(hasGuiPhrase(text)).toBe(false);
  });
});

describe('mapGuiPhrases on texts with numbers and URLs', () => {
  it('keeps decimals, file names and URLs whole, and leaves text without GUI phrasing byte for byte', () => {
    const plain = 'the file lasts 4.000s, but the timeline lasts 5.000s\nsee https://cdn.test/x.mp4';
    expect(mapGuiPhrases(plain)).toBe(plain);
    expect(mapGuiPhrases('Render 2.5 failed at https://cdn.test/a.mp4. Click Export to retry.')).toBe(
      'Render 2.5 failed at https://cdn.test/a.mp4. The voiceover tool exports and downloads the video itself.',
    );
  });
});
