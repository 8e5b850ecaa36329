// Where the client connects and how it introduces itself: base URLs, token, platform, attribution headers.

import { DEFAULT_API_URL, DEFAULT_WEB_URL, SKILL_NAME } from './constants.js';
import { PACKAGE_VERSION } from './package-version.js';

/** Overrides of what the environment says (tests pass these instead of touching process.env). */
export interface ConnectionOptions {
  apiUrl?: string;
  webUrl?: string;
  /** A registered token; without one (and without NEMO_TOKEN) the client uses an anonymous token. */
  token?: string;
  /** X-Skill-Platform value. */
  platform?: string;
}

/** The resolved connection settings of one run. */
export interface Connection {
  apiUrl: string;
  webUrl: string;
  token?: string;
  platform: string;
  version: string;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Resolve the settings: options, else NEMO_API_URL / NEMO_WEB_URL / NEMO_TOKEN / SKILL_SOURCE, else defaults. */
export function resolveConnection(env: NodeJS.ProcessEnv, options: ConnectionOptions = {}): Connection {
  const token = (options.token ?? env.NEMO_TOKEN)?.trim();
  const platform = options.platform ?? (env.SKILL_SOURCE?.trim() || (env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'cli'));
  return {
    apiUrl: trimSlash(options.apiUrl ?? (env.NEMO_API_URL?.trim() || DEFAULT_API_URL)),
    webUrl: trimSlash(options.webUrl ?? (env.NEMO_WEB_URL?.trim() || DEFAULT_WEB_URL)),
    ...(token ? { token } : {}),
    platform,
    version: PACKAGE_VERSION,
  };
}

/** The attribution headers every request carries (protocol: "Headers on every request"). */
export function attributionHeaders(connection: Connection): Record<string, string> {
  return { 'x-skill-source': SKILL_NAME, 'x-skill-version': connection.version, 'x-skill-platform': connection.platform };
}

/** The task page for people (protocol §2). */
export function taskLink(connection: Connection, taskId: string, sessionId: string): string {
  const query = new URLSearchParams({ task: taskId, session: sessionId, skill_name: SKILL_NAME, skill_version: connection.version, skill_source: connection.platform });
  return `${connection.webUrl}/workspace/claim?${query.toString()}`;
}
