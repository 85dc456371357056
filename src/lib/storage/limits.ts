/**
 * How long the app waits before going on in memory: once opening is blocked (another tab holds an
 * older layout open, which a frightened person cannot be asked to find), and in all (some in-app
 * browsers never answer an open). A slow but working open is never cut short before the hang limit.
 */
export const OPEN_BLOCKED_MS = 4000;
export const OPEN_HANG_MS = 15_000;
