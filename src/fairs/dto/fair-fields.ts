/** A series slug: lower-case words of letters and digits joined by single hyphens (`cmef`, `arab-health`). */
export const SERIES_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An IANA zone name starts with a letter. Newer Node versions also accept offsets such as `+09:00`,
 * which PostgreSQL's `AT TIME ZONE` reads with the POSIX sign (west positive): they are refused.
 */
export const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
