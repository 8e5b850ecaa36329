// The voices the config may name, passed in as plain data (config cannot import the TTS layer).

/** What `loadConfig` needs to know about the installed voices and the engines that are missing. */
export interface VoiceCatalogue {
  /** Every voice that can speak here, and the voice catalogue's installable ones (`installed: false`: valid config, installed at run time). */
  voices: { id: string; language: string; engine: string; installed?: boolean }[];
  /** Engines that are not installed: which languages they would add and how to install them. */
  missing: { engine: string; languages: string; install: string }[];
  /** Cloud engines: every voice `<engine>:<id>` is valid (their servers have voices of their own); whether their key is set here. */
  cloud?: { engine: string; keyVariable: string; keyInput: string; keySet: boolean }[];
}

/** Primary subtag of a language tag, lower-cased: `en-US` → `en`. */
function primary(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? tag).toLowerCase();
}

/** Whether a voice's language can speak a config's language (`en` and `en-US` match each other). */
export function languageMatches(voiceLanguage: string, wanted: string): boolean {
  return primary(voiceLanguage) === primary(wanted);
}

/** Missing engines whose language list names `language` (by primary subtag), else all of them. */
export function installersFor(catalogue: VoiceCatalogue, language: string): VoiceCatalogue['missing'] {
  const wanted = primary(language);
  const named = catalogue.missing.filter((m) =>
    m.languages
      .split(/[^A-Za-z0-9-_]+/)
      .filter(Boolean)
      .some((tag) => primary(tag) === wanted),
  );
  return named.length > 0 ? named : catalogue.missing;
}
