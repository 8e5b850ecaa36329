// Normalisation rules for e-mail addresses and URLs ("dev@example.com" → "dev at example dot com").

import { cardinalWords } from './spoken-numbers.js';
import { splitTrailingPunctuation, type SpeechRule } from './speech-rule.js';

/** Top-level domains recognised in bare domains ("example.com" without https://). */
const TLDS = 'com|org|net|io|dev|app|ai|co|edu|gov|info|biz|me|tv|xyz|tech|cloud|site|blog|page|uk|us|de|fr|eu|ca|au|jp|nl|ly|gg|fm';

/** Two-letter domain labels said as words rather than spelled. */
const SAID_AS_WORDS = new Set(['co', 'me', 'so', 'to', 'in', 'go', 'do']);

/** Symbols inside addresses and how they are said. */
const SYMBOLS: Record<string, string> = { '.': 'dot', '-': 'dash', _: 'underscore', '+': 'plus', '~': 'tilde', '%': 'percent', '=': 'equals' };

/** Words of one address part: digits as numbers, symbols by name. */
function speakPart(part: string): string {
  return part
    .split(/([.\-_+~%=]|\d+)/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\d+$/.test(piece) ? cardinalWords(piece) : (SYMBOLS[piece] ?? piece)))
    .join(' ');
}

/** A host name as said: "docs.example.io" → "docs dot example dot I O". */
function speakHost(host: string): string {
  const [name = '', port] = host.split(':');
  const labels = name.split('.').map((label, i, all) => {
    const isTld = i === all.length - 1 && all.length > 1;
    if (isTld && label.length === 2 && !SAID_AS_WORDS.has(label.toLowerCase())) return label.toUpperCase().split('').join(' ');
    return speakPart(label);
  });
  const spoken = labels.join(' dot ');
  return port ? `${spoken} colon ${speakPart(port)}` : spoken;
}

/** A URL without scheme, "www.", query or fragment, as said. */
function speakUrl(url: string): string {
  const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '');
  const [host = '', ...path] = bare.split('/');
  const segments = path.filter((segment) => segment !== '').map(speakPart);
  return [speakHost(host), ...segments].join(' slash ');
}

/** "dev@example.com" → "dev at example dot com". */
export const emailRule: SpeechRule = {
  name: 'email',
  pattern: /(?<![\w.+-])([\w.+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])/gi,
  replace: (m) => `${speakPart(m[1] ?? '')} at ${speakHost(m[2] ?? '')}`,
};

/** "https://example.com/docs" → "example dot com slash docs". */
export const urlRule: SpeechRule = {
  name: 'url',
  pattern: /\b(?:https?|ftp):\/\/[^\s<>"]+/gi,
  replace: (m) => {
    const [url, trailing] = splitTrailingPunctuation(m[0]);
    return speakUrl(url) + trailing;
  },
};

/** "www.example.com" and bare "example.com/docs" → "example dot com slash docs". */
export const domainRule: SpeechRule = {
  name: 'domain',
  pattern: new RegExp(String.raw`(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\w-])(?:/[^\s<>"]*)?`, 'gi'),
  replace: (m) => {
    const [url, trailing] = splitTrailingPunctuation(m[0]);
    return speakUrl(url) + trailing;
  },
};

/** Spoken file extensions ("notes.md" → "notes dot M D"). */
const EXTENSIONS: Record<string, string> = {
  md: 'M D', txt: 'text', json: 'jay son', yml: 'yamel', yaml: 'yamel', ts: 'T S', mp4: 'M P four', mov: 'mov',
  mp3: 'M P three', wav: 'wave', srt: 'S R T', vtt: 'V T T', png: 'P N G', jpg: 'jay peg', jpeg: 'jay peg',
  gif: 'gif', svg: 'S V G', csv: 'C S V', pdf: 'P D F', html: 'H T M L', css: 'C S S', py: 'P Y', toml: 'toml',
};

/** File names with a known extension: "README.md" → "README dot M D" (".js" is read by the pronunciation rule). */
export const fileNameRule: SpeechRule = {
  name: 'file-name',
  pattern: new RegExp(String.raw`(?<![\w./-])([\w-]+)\.(${Object.keys(EXTENSIONS).join('|')})(?![\w])`, 'gi'),
  replace: (m) => `${m[1]} dot ${EXTENSIONS[(m[2] ?? '').toLowerCase()] ?? m[2]}`,
};

/** "localhost:3000" → "localhost colon three thousand". */
export const localhostRule: SpeechRule = {
  name: 'localhost',
  pattern: /\blocalhost(?::(\d+))?\b/gi,
  replace: (m) => (m[1] ? `localhost colon ${cardinalWords(m[1])}` : 'localhost'),
};

/** Address rules in the order they must run (e-mails first: their domain is a bare domain). */
export const WEB_RULES: readonly SpeechRule[] = [emailRule, urlRule, domainRule, localhostRule, fileNameRule];
