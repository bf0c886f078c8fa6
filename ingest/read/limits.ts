/** The default largest file the read stage accepts; minutes are rarely above a few MB. */
export const DEFAULT_MAX_FILE_MB = 50;

const BYTES_PER_MB = 1024 * 1024;

export interface ReadLimits {
  /** Largest accepted file in bytes. Overrides `RADSLAG_MAX_FILE_MB`. */
  maxBytes?: number;
}

/**
 * The byte limit for one file: `opts.maxBytes`, else `RADSLAG_MAX_FILE_MB`, else 50 MB.
 * A malformed setting is a caller mistake, so it throws a RangeError rather than being ignored.
 */
export function resolveMaxBytes(opts: ReadLimits = {}, env: NodeJS.ProcessEnv = process.env): number {
  if (opts.maxBytes !== undefined) {
    if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0) {
      throw new RangeError(`maxBytes must be a positive number, got ${opts.maxBytes}`);
    }
    return Math.floor(opts.maxBytes);
  }
  const fromEnv = env.RADSLAG_MAX_FILE_MB;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const mb = Number(fromEnv);
    if (!Number.isFinite(mb) || mb <= 0) {
      throw new RangeError(`RADSLAG_MAX_FILE_MB must be a positive number, got "${fromEnv}"`);
    }
    return megabytesToBytes(mb);
  }
  return megabytesToBytes(DEFAULT_MAX_FILE_MB);
}

export const megabytesToBytes = (mb: number): number => Math.floor(mb * BYTES_PER_MB);

/** "12.3 MB", "4.0 KB", "12 bytes" for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= BYTES_PER_MB) return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
