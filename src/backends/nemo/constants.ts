// Fixed facts of the NemoVideo protocol (../shared/nemo-protocol.md) the client relies on.

/** Default base URL of the API (protocol: "Base URL"). */
export const DEFAULT_API_URL = 'https://mega-api-prod.nemovideo.ai';

/** Default web URL for links shown to people (protocol: "Web URL"). */
export const DEFAULT_WEB_URL = 'https://nemovideo.com';

/** The skill name this tool reports in X-Skill-Source and in task links. */
export const SKILL_NAME = 'ai-voiceover-for';

/** The agent app every session and message names. */
export const APP_NAME = 'nemo_agent';

/**
 * "Edits and generation cost credits (roughly 50 an editing session, 100 a generated clip)"
 * (protocol §6): the balance a message needs before the client spends anything.
 */
export const CREDITS_PER_MESSAGE = 50;

/** "At most 500 MB a file" (protocol §3): the hosted service's documented limit, in the protocol's words. */
export const HOSTED_UPLOAD_LIMIT_MB = 500;

/**
 * The client's check before sending, at the documented 500 MB. The protocol does not say whether MB
 * means 10^6 or 2^20 bytes; the larger reading (500 MiB, also `voiceover serve`'s default) is used,
 * so the client never refuses a file the service might take. A service's own limit comes in its 4002.
 */
export const MAX_UPLOAD_BYTES = HOSTED_UPLOAD_LIMIT_MB * 1024 * 1024;

/** "Accepted: mp4 mov avi webm mkv · jpg png gif webp · mp3 wav m4a aac" (protocol §3). */
export const ACCEPTED_TYPES = 'mp4 mov avi webm mkv (video), jpg png gif webp (image), mp3 wav m4a aac (audio)';

/** The least time to wait after a dropped stream before reading the state (protocol §4: "Wait ≥ 2 s"). */
export const DROPPED_STREAM_WAIT_MS = 2000;
