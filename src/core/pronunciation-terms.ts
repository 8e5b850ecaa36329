// What a `pronunciations:` key may be and which written forms it matches: shared by config/ (checks) and script/ (matching).

/**
 * A term a pronunciation key may be: words of letters, digits and `. + # & ' _ / -`, separated by single
 * spaces, starting with a letter, digit or dot (".NET") and ending with a letter, digit or `+ # .` ("C++").
 */
export const TERM_PATTERN = /^(?=[\p{L}\p{N}.])[\p{L}\p{M}\p{N}.+#&'’_/-]+(?: [\p{L}\p{M}\p{N}.+#&'’_/-]+)*(?<=[\p{L}\p{M}\p{N}+#.])$/u;

/** A lowercase key also matches the form with a capital first letter ("kubectl" → "Kubectl" at a sentence start); else undefined. */
export function capitalisedForm(key: string): string | undefined {
  const first = key.charAt(0);
  if (key !== key.toLowerCase() || first === first.toUpperCase()) return undefined;
  return first.toUpperCase() + key.slice(1);
}
