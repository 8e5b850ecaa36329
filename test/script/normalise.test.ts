import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from '../../src/script/normalise.js';

// Input → exact text a speech engine receives.
const CASES: ReadonlyArray<[string, string]> = [
  // integers, decimals, negatives
  ['1,299', 'one thousand two hundred ninety-nine'],
  ['1,000,000 views', 'one million views'],
  ['10,000 steps', 'ten thousand steps'],
  ['3.14', 'three point one four'],
  ['0.001', 'zero point zero zero one'],
  ['5.0', 'five point zero'],
  ['-5 degrees', 'minus five degrees'],
  ['temperature -3 outside', 'temperature minus three outside'],
  ['Top 3', 'Top three'],
  ['room 101', 'room one hundred one'],
  ['007', 'zero zero seven'],
  ['Windows 11', 'Windows eleven'],
  ['a 2-step process', 'a two-step process'],
  // money
  ['$1,299', 'one thousand two hundred ninety-nine dollars'],
  ['$4.99', 'four dollars and ninety-nine cents'],
  ['It costs $0.50.', 'It costs fifty cents.'],
  ['$1.00', 'one dollar'],
  ['$1', 'one dollar'],
  ['-$5 refund', 'minus five dollars refund'],
  ['€20', 'twenty euros'],
  ['20€', 'twenty euros'],
  ['£5', 'five pounds'],
  ['$2.5M', 'two point five million dollars'],
  ['$3B', 'three billion dollars'],
  ['$5 million', 'five million dollars'],
  ['€1.5bn', 'one point five billion euros'],
  ['We raised $2.5 million in 2023.', 'We raised two point five million dollars in twenty twenty-three.'],
  ['The price is $5-$10', 'The price is five dollars to ten dollars'],
  // scales
  ['10k users', 'ten thousand users'],
  ['2.5M downloads', 'two point five million downloads'],
  // percentages
  ['42%', 'forty-two percent'],
  ['3.5%', 'three point five percent'],
  ['-3.5%', 'minus three point five percent'],
  ['100%', 'one hundred percent'],
  ['Save 20% today!', 'Save twenty percent today!'],
  // ordinals
  ['1st', 'first'],
  ['22nd', 'twenty-second'],
  ['103rd', 'one hundred third'],
  ['in the 21st century', 'in the twenty-first century'],
  ['3rd-party', 'third-party'],
  // dates
  ['2024-03-15', 'March fifteenth, twenty twenty-four'],
  ['March 5, 2024', 'March fifth, twenty twenty-four'],
  ['5 March 2024', 'the fifth of March, twenty twenty-four'],
  ['03/15/2024', 'March fifteenth, twenty twenty-four'],
  ['15/03/2024', 'the fifteenth of March, twenty twenty-four'],
  ['Mar. 3rd', 'March third'],
  ['the 5th of May', 'the fifth of May'],
  // years and decades
  ['in 1999', 'in nineteen ninety-nine'],
  ['2010', 'twenty ten'],
  ['2005', 'two thousand five'],
  ['top 10 in 2023.', 'top ten in twenty twenty-three.'],
  ['from 2020-2024', 'from twenty twenty to twenty twenty-four'],
  ['The 1990s', 'The nineteen nineties'],
  ["the '80s", 'the eighties'],
  ['room 1500', 'room fifteen hundred'],
  ['year 3000', 'year three thousand'],
  // clock times
  ['9:30', 'nine thirty'],
  ['9:30 am', 'nine thirty A M'],
  ['14:05', 'fourteen oh five'],
  ['5pm', 'five P M'],
  ['at 6AM', 'at six A M'],
  ['At 10:30 a.m. sharp', 'At ten thirty A M sharp'],
  ['from 3 to 4 p.m.', 'from three to four P M.'],
  ['12:00 pm', 'twelve P M'],
  ['9:00-17:00', "nine o'clock to seventeen hundred"],
  ['1h 30m', 'one hour thirty minutes'],
  // ranges and phone numbers
  ['pages 10-20', 'pages ten to twenty'],
  ['5-10 km', 'five to ten kilometers'],
  ['Call 555-1234', 'Call five five five, one two three four'],
  // units
  ['5 km', 'five kilometers'],
  ['1 km', 'one kilometer'],
  ['10 MB', 'ten megabytes'],
  ['2 GB', 'two gigabytes'],
  ['16 GB/s', 'sixteen gigabytes per second'],
  ['60 fps', 'sixty frames per second'],
  ['1 fps', 'one frame per second'],
  ['100 ms', 'one hundred milliseconds'],
  ['5 min', 'five minutes'],
  ['~5 min', 'about five minutes'],
  ['3 s', 'three seconds'],
  ['0.5 s', 'zero point five seconds'],
  ['72°F', 'seventy-two degrees Fahrenheit'],
  ['-40°C', 'minus forty degrees Celsius'],
  ['90°', 'ninety degrees'],
  ['4K', 'four K'],
  ['8K video', 'eight K video'],
  ['1080p', 'ten eighty p'],
  ['1920x1080', 'nineteen twenty by ten eighty'],
  ['Up to 5G speeds', 'Up to five G speeds'],
  // multipliers and ratios
  ['3.5x', 'three point five times'],
  ['10x', 'ten times'],
  ['It grew 3x in 2021', 'It grew three times in twenty twenty-one'],
  ['It is 1:1 aspect or 16:9', 'It is one to one aspect or sixteen to nine'],
  // versions
  ['v2.1.3', 'version two point one point three'],
  ['version 3.0', 'version three point zero'],
  ['version v20 of Node', 'version twenty of Node'],
  ['Use the v2 API.', 'Use the version two A P I.'],
  ['192.168.0.1', 'one hundred ninety-two dot one hundred sixty-eight dot zero dot one'],
  // acronyms and pronunciations
  ['API', 'A P I'],
  ['CLI', 'C L I'],
  ['URL', 'U R L'],
  ['APIs are great', "A P I's are great"],
  ['CI/CD', 'C I C D'],
  ['FAQ and TODOs', 'F A Q and to dos'],
  ['Use MP4 files', 'Use M P four files'],
  ['THIS IS LOUD API', 'THIS IS LOUD API'],
  ['JSON', 'jay son'],
  ['SQL', 'sequel'],
  ['GIF', 'gif'],
  ['NASA', 'nasa'],
  ['SaaS', 'sass'],
  ['iOS', 'eye O S'],
  ['macOS', 'mac O S'],
  ['jpeg JPEGs', 'jpeg jay pegs'],
  ['FFmpeg', 'F F mpeg'],
  ['C++', 'C plus plus'],
  ['IPv6', 'I P v six'],
  ['H.264 video', 'H two sixty-four video'],
  ['Node.js and COVID-19', 'Node J S and covid-nineteen'],
  ['The U.S. market', 'The U S market'],
  // URLs, e-mail, files
  ['https://example.com/docs', 'example dot com slash docs'],
  ['https://www.github.com/org/repo-name?tab=1#x', 'github dot com slash org slash repo dash name'],
  ['Visit example.com.', 'Visit example dot com.'],
  ['Go to docs.example.io/start-here now', 'Go to docs dot example dot I O slash start dash here now'],
  ['dev@example.com', 'dev at example dot com'],
  ['first.last+tag@mail.example.co.uk', 'first dot last plus tag at mail dot example dot co dot U K'],
  ['Open localhost:3000', 'Open localhost colon three thousand'],
  ['Read the README.md file', 'Read the read me dot M D file'],
  // symbols and abbreviations
  ['R&D', 'R and D'],
  ['Q&A', 'Q and A'],
  ['2 + 2', 'two plus two'],
  ['Press Ctrl+C', 'Press Ctrl plus C'],
  ['x = 5', 'x equals five'],
  ['and/or', 'and or'],
  ['e.g. this', 'for example this'],
  ['i.e. that', 'that is that'],
  ['cats vs. dogs', 'cats versus dogs'],
  ['Apples, pears, etc.', 'Apples, pears, et cetera.'],
  ['Dr. Smith', 'Doctor Smith'],
  ['#1 tool', 'number one tool'],
  ['No. 5', 'number five'],
  // fractions
  ['1/2', 'one half'],
  ['3/4', 'three quarters'],
  ['24/7', 'twenty-four seven'],
  // ranges between percentages, multipliers, times and money; IDs; arithmetic keeps minus
  ['50%-60%', 'fifty to sixty percent'],
  ['50%–60% off', 'fifty to sixty percent off'],
  ['2x-3x', 'two to three times'],
  ['2x-3x faster', 'two to three times faster'],
  ['1.5-2x', 'one point five to two times'],
  ['10-20 min', 'ten to twenty minutes'],
  ['10 - 20 min', 'ten to twenty minutes'],
  ['9am-5pm', 'nine A M to five P M'],
  ['9 am - 5 pm', 'nine A M to five P M'],
  ['9am–5pm', 'nine A M to five P M'],
  ['$10-20', 'ten to twenty dollars'],
  ['$1-2M', 'one to two million dollars'],
  ['Q1–Q3', 'Q one to Q three'],
  ['10 - 5 = 5', 'ten minus five equals five'],
  ['x = 10 - 5', 'x equals ten minus five'],
  ['-10%-20%', 'minus ten percent to twenty percent'],
  ['1-800-555-1234', 'one, eight zero zero, five five five, one two three four'],
  ['1,000-2,000 users', 'one thousand to two thousand users'],
  ['-5°C', 'minus five degrees Celsius'],
  ['ISBN 978-3-16-148410-0', 'I S B N nine seven eight, three, one six, one four eight four one zero, zero'],
  ['order #12345-678', 'order number one two three four five, six seven eight'],
  // "per" after an amount
  ['$5/month', 'five dollars per month'],
  ['$5/mo.', 'five dollars per month.'],
  ['$10/yr', 'ten dollars per year'],
  ['$8/user/month', 'eight dollars per user per month'],
  ['$20/hr', 'twenty dollars per hour'],
  ['100 requests/s', 'one hundred requests per second'],
  ['3 hrs/week', 'three hours per week'],
  ['5 GB/month', 'five gigabytes per month'],
  ['5 km/h', 'five kilometers per hour'],
  ['$5-$10/month', 'five dollars to ten dollars per month'],
  ['3 and/or 4', 'three and or four'],
  // dates with slashes, years versus counts
  ['2024/03/15', 'March fifteenth, twenty twenty-four'],
  ['2024/3/5', 'March fifth, twenty twenty-four'],
  ['Nov 2024', 'November twenty twenty-four'],
  ['Sept. 2025 release', 'September twenty twenty-five release'],
  ['in 2025', 'in twenty twenty-five'],
  ['2025 users', 'two thousand twenty-five users'],
  ['over 2025 users', 'over two thousand twenty-five users'],
  ['In 2025 users will see it', 'In twenty twenty-five users will see it'],
  ['2025 was great', 'twenty twenty-five was great'],
  ['ES2022', 'E S twenty twenty-two'],
  // multipliers, protocols, versions after a name
  ['3.5X', 'three point five times'],
  ['10X', 'ten times'],
  ['HTTP/2', 'H T T P two'],
  ['HTTP/1.1', 'H T T P one point one'],
  ['Go 1.22', 'Go one point twenty-two'],
  ['Python 3.12 is out', 'Python three point twelve is out'],
  ['Node.js 20.11', 'Node J S twenty point eleven'],
  ['Go 2.25 miles', 'Go two point two five miles'],
  ['v1.22', 'version one point twenty-two'],
  ['version 1.22', 'version one point twenty-two'],
  ['1.22', 'one point two two'],
  // plus signs, ratings
  ['1,000+', 'one thousand plus'],
  ['1,000+ users', 'one thousand plus users'],
  ['Over 100+.', 'Over one hundred plus.'],
  ['4.5/5 stars', 'four point five out of five stars'],
  // comparisons, cents, hyphenated unit adjectives, keyboard symbols, more ranges
  ['< 5 min', 'less than five minutes'],
  ['> 10k stars', 'more than ten thousand stars'],
  ['≥ 99.9% uptime', 'at least ninety-nine point nine percent uptime'],
  ['a -> b', 'a to b'],
  ['99¢', 'ninety-nine cents'],
  ['1¢', 'one cent'],
  ['a 10-min video', 'a ten-minute video'],
  ['a 5-km run', 'a five-kilometer run'],
  ['a 30-day trial', 'a thirty-day trial'],
  ['Press ⌘K or ⌘⇧P', 'Press command K or command shift P'],
  ['Revenue grew 12% YoY', 'Revenue grew twelve percent year over year'],
  ['10:00 AM - 2:00 PM', 'ten A M to two P M'],
  ['9AM-5PM', 'nine A M to five P M'],
  ['Our API handles 10M+ requests/day', 'Our A P I handles ten million plus requests per day'],
  ['$1/1,000 calls', 'one dollar per one thousand calls'],
  ['+/- 5%', 'plus or minus five percent'],
  ['M1/M2/M3 Macs', 'M one M two M three Macs'],
  ['Open Mon–Fri.', 'Open Monday to Friday.'],
  ['Mon-Fri, 9-5', 'Monday to Friday, nine to five'],
  ['Ship on Fri 12/6.', 'Ship on Friday December sixth.'],
  ['Mon 13/2', 'Monday the thirteenth of February'],
  ['We sat 3/4 of the way', 'We sat three quarters of the way'],
  // seasons, currency codes, area units, vulgar fractions, clock seconds, more abbreviations
  ['2025/26 season', 'twenty twenty-five to twenty-six season'],
  ['USD 100', 'one hundred dollars'],
  ['100M USD', 'one hundred million dollars'],
  ['$5 USD', 'five dollars'],
  ['EUR 50', 'fifty euros'],
  ['10 m²', 'ten square meters'],
  ['5 sq ft', 'five square feet'],
  ['E=mc²', 'E equals mc squared'],
  ['½ cup', 'one half cup'],
  ['1½ cups', 'one and a half cups'],
  ['1:30:00', 'one thirty'],
  ['ext. 123', 'extension one hundred twenty-three'],
  ['Mt. Everest', 'Mount Everest'],
  // whitespace
  ['  two   spaces\n and a newline ', 'two spaces and a newline'],
];

describe('normaliseForSpeech', () => {
  it.each(CASES)('%j → %j', (input, expected) => {
    expect(normaliseForSpeech(input)).toBe(expected);
  });

  it('has a case table of at least 60 entries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it('leaves its own output unchanged (rules do not fight over spoken text)', () => {
    for (const [, spoken] of CASES) expect(normaliseForSpeech(spoken)).toBe(spoken);
  });

  it('only tidies whitespace for other languages', () => {
    expect(normaliseForSpeech('Il coûte  $5 et 3,5 %', 'fr')).toBe('Il coûte $5 et 3,5 %');
    expect(normaliseForSpeech('It costs $5', 'en-GB')).toBe('It costs five dollars');
  });

  it('never throws and leaves no digits in English text', () => {
    const pieces = ['0', '1', '7', '42', '1999', '2024', '1,299', '3.14', '$', '€', '%', '-', '/', ':', '.', ',', 'x', 'k', 'M', 'km', 'GB', '°F', 'v', 'pm', ' ', 'API', '@', 'a.com', 'th', '#', '(', '&', '+', '*', '~', '½', 'USD', '/mo', 'X', '–', 'hrs', '=', '<', '¢', 'AM', '-min', 'Go ', 'HTTP'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const spoken = normaliseForSpeech(parts.join(''));
        expect(spoken).not.toMatch(/\d/);
      }),
      { numRuns: 500 },
    );
  });
});
