// Words that engines misread, and how to say them: tech names, acronyms said as words, abbreviations.

/** Exact written forms (case-sensitive) and how they are said. A plural "s" may follow any of them. */
export const PRONUNCIATIONS: Readonly<Record<string, string>> = {
  'C++': 'C plus plus', 'C#': 'C sharp', 'F#': 'F sharp', '.NET': 'dot net',
  'H.264': 'H two sixty-four', 'H.265': 'H two sixty-five', IPv4: 'I P v four', IPv6: 'I P v six',
  iOS: 'eye O S', iPadOS: 'eye pad O S', macOS: 'mac O S', tvOS: 'T V O S', watchOS: 'watch O S',
  SaaS: 'sass', PaaS: 'pass', JSON: 'jay son', SQL: 'sequel', MySQL: 'my sequel', NoSQL: 'no sequel',
  PostgreSQL: 'postgres Q L', GIF: 'gif', JPEG: 'jay peg', JPG: 'jay peg', GUI: 'gooey', ASCII: 'askee',
  YAML: 'yamel', WASM: 'wazzum', NASA: 'nasa', NATO: 'nato', COVID: 'covid', OK: 'okay', AJAX: 'ajax',
  CAPTCHA: 'captcha', RAM: 'ram', ROM: 'rom', LAN: 'lan', SIM: 'sim', PIN: 'pin', LASER: 'laser',
  RADAR: 'radar', SCUBA: 'scuba', README: 'read me', TODO: 'to do', WiFi: 'why fye', 'Wi-Fi': 'why fye',
  npm: 'N P M', FFmpeg: 'F F mpeg', ffmpeg: 'F F mpeg', ffprobe: 'F F probe', nginx: 'engine x',
  NGINX: 'engine x', LaTeX: 'lay tech', SUV: 'S U V', YoY: 'year over year', QoQ: 'quarter over quarter',
  k8s: 'kubernetes', K8s: 'kubernetes', i18n: 'internationalization', a11y: 'accessibility', 'TL;DR': 'T L D R',
  gRPC: 'G R P C', IoT: 'I O T', PhD: 'P H D', NVIDIA: 'en vidia', SQLite: 'S Q lite',
};

/** Abbreviations with dots (matched case-insensitively) and how they are said. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'e.g.': 'for example', 'i.e.': 'that is', 'etc.': 'et cetera', 'vs.': 'versus', 'vs': 'versus',
  'approx.': 'approximately', 'a.k.a.': 'also known as', 'incl.': 'including', 'cf.': 'compare',
  'w/o': 'without', 'w/': 'with', 'ext.': 'extension',
};

/** Titles before a name (case-sensitive). */
export const TITLES: Readonly<Record<string, string>> = {
  'Dr.': 'Doctor', 'Mr.': 'Mister', 'Mrs.': 'Missus', 'Ms.': 'Miz', 'Prof.': 'Professor', 'Fig.': 'figure', 'Mt.': 'Mount',
};

/** English words often written in capitals for emphasis: said as words, not spelled. */
export const CAPITALISED_WORDS: ReadonlySet<string> = new Set([
  'A', 'I', 'AN', 'THE', 'AND', 'OR', 'NOT', 'NO', 'YES', 'ON', 'OFF', 'IN', 'OUT', 'TO', 'OF', 'FOR',
  'ALL', 'NEW', 'NOW', 'FREE', 'STOP', 'GO', 'WOW', 'IS', 'ARE', 'BE', 'DO', 'SO', 'UP', 'BY', 'MY',
  'ME', 'WE', 'YOU', 'HE', 'SHE', 'BIG', 'HOT', 'TOP', 'BEST', 'MUST', 'VERY', 'NEVER', 'ONLY', 'HUGE',
  'LIVE', 'SALE', 'NOTE', 'WARN', 'DONE', 'HELLO', 'FINAL', 'WAIT', 'SAVE', 'NEXT', 'BACK', 'HOME', 'HELP',
]);
