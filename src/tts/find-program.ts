// Look a program up on PATH (what `which` does), without running anything.

import { access, constants, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

/** Absolute path of `name` on the search path, or undefined when it is not there. */
export async function findProgram(
  name: string,
  env: { PATH?: string; PATHEXT?: string } = process.env,
): Promise<string | undefined> {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  const folders = isAbsolute(name) ? [''] : (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const folder of folders) {
    for (const extension of extensions) {
      const candidate = folder ? join(folder, name + extension) : name + extension;
      if (await isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
