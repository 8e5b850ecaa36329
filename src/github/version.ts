// The action's own version (package.json's; a test keeps them equal): the bundle has no package.json to read.

/** Version of this action, as package.json says. */
export const ACTION_VERSION = '0.1.0';
