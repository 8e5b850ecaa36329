// A config's pronunciations: whole-word, case-aware, over the built-in rules, spoken as written, captions untouched.
import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from '../../src/script/normalise.js';
import { parseScript } from '../../src/script/parse.js';
import { compilePronunciations, type PronunciationMap } from '../../src/script/user-pronunciations.js';

const say = (text: string, map: PronunciationMap, language = 'en') => normaliseForSpeech(text, language, compilePronunciations(map));

describe('user pronunciations in speech normalisation', () => {
  it('win over the built-in table and rules', () => {
    // Built in: SQL → "sequel", Node.js → "Node J S".
    expect(normaliseForSpeech('Query SQL with Node.js.')).toBe('Query sequel with Node J S.');
    expect(say('Query SQL with Node.js.', { SQL: 'S Q L', 'Node.js': 'node' })).toBe('Query S Q L with node.');
  });

  it('match whole words only: a possessive counts, a longer word or another case does not', () => {
    const map = { SQL: 'ess cue ell' };
    expect(say("SQL's planner", map)).toBe("ess cue ell's planner");
    // MySQL and lowercase sql keep what the built-in rules (or nothing) make of them.
    expect(say('MySQL and sql and SQLite', map)).toBe('my sequel and sql and S Q lite');
    expect(say('two SQLs', map)).toBe('two sequels');
    expect(say('(SQL), SQL. SQL-based', map)).toBe('(ess cue ell), ess cue ell. ess cue ell-based');
  });

  it('a lowercase key also matches its capitalised form, and an exact key beats that', () => {
    expect(say('Kubectl applies it; run kubectl.', { kubectl: 'cube control' })).toBe('Cube control applies it; run cube control.');
    expect(say('Kubectl or kubectl', { kubectl: 'cube control', Kubectl: 'koob cuttle' })).toBe('koob cuttle or cube control');
    // A capitalised or upper-case key is exact: it does not match lower case.
    expect(say('nemovideo, NemoVideo', { NemoVideo: 'Nemo Video' })).toBe('nemovideo, Nemo Video');
  });

  it('leave file names, paths, addresses and handles alone', () => {
    const map = { kubectl: 'cube control' };
    expect(say('see kubectl.io, /usr/bin/kubectl and @kubectl', map)).toBe('see kubectl dot I O, /usr bin kubectl and @kubectl');
  });

  it('put the spoken form back as written: it is not normalised again', () => {
    // Built in, "H100" would become "H one hundred" and "2FA" "two F A".
    expect(say('The H100 needs 2FA.', { H100: 'H 100', '2FA': 'two factor' })).toBe('The H 100 needs two factor.');
    expect(say('Visual Studio Code, C++ and C#', { 'Visual Studio Code': 'V S code', 'C++': 'see plus plus' })).toBe('V S code, see plus plus and C sharp');
  });

  it('apply in languages without built-in rules too', () => {
    expect(say('Mit kubectl   arbeiten', { kubectl: 'kju:b kontrol' }, 'de')).toBe('Mit kju:b kontrol arbeiten');
  });

  it('change the speech of cues but not their written text (captions, report)', () => {
    const { script } = parseScript('[00:01] Deploy with kubectl.\n[00:04] {voice=rms} SQL is fine.', {
      format: 'text', file: 'demo.txt', pronunciations: { kubectl: 'cube control', SQL: 'sequel server' },
    });
    expect(script.cues.map((c) => [c.text, c.speech, c.voice])).toEqual([
      ['Deploy with kubectl.', 'Deploy with cube control.', undefined],
      ['SQL is fine.', 'sequel server is fine.', 'rms'],
    ]);
  });

  it('an empty map changes nothing', () => {
    expect(compilePronunciations({})).toBeUndefined();
    expect(say('Query SQL.', {})).toBe(normaliseForSpeech('Query SQL.'));
  });
});
