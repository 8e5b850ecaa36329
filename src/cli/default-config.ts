// The config file name commands use when none is named (its own file, so registering a command loads nothing heavy).

/** The config file a command uses when none is named. */
export const DEFAULT_CONFIG = 'voiceover.config.yml';
