/**
 * The chromium the browser tests, the explorer's frame benchmark and the prerequisite check use:
 * Debian's package (a browser is never downloaded), or RADSLAG_CHROMIUM.
 */
export const CHROMIUM_PATH = process.env.RADSLAG_CHROMIUM || '/usr/bin/chromium';
