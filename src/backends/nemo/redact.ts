// Keep secrets out of anything the backend returns or throws: messages, hints, links.

/** Replace every occurrence of each secret (and the Bearer header form) with `***`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer ***');
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
