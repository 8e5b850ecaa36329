// System programs the test suite needs. A test never branches on what the machine happens to
// have: a missing program fails the test naming the apt line, and "not installed" behaviour is
// tested by hiding the program on purpose (an empty PATH, a program path that does not exist).

import { findProgram } from '../../src/tts/find-program.js';

/** The espeak-ng on PATH; throws (failing the suite's hook or test) when it is not installed. */
export async function requireEspeak(): Promise<string> {
  const program = await findProgram('espeak-ng');
  if (!program) {
    throw new Error('espeak-ng is required by the test suite and is not on PATH: apt-get install espeak-ng espeak-ng-data (Debian/Ubuntu)');
  }
  return program;
}
