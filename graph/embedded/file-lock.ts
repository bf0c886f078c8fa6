import { open, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './process-alive.js';

export interface FileLockOptions {
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (holderPid: number | undefined) => void;
}

/**
 * Runs `work` while holding an exclusive lock file (created with O_EXCL, holding our pid).
 * A lock whose holder process is gone is stale and taken over. Resolves to `work`'s result,
 * or `undefined` after `timeoutMs` without the lock (the caller decides what that means).
 */
export async function withFileLock<T>(
  lockPath: string,
  options: FileLockOptions,
  work: () => Promise<T>,
): Promise<{ acquired: true; value: T } | { acquired: false; holderPid: number | undefined }> {
  const deadline = Date.now() + options.timeoutMs;
  let waited = false;
  for (;;) {
    const handle = await open(lockPath, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (handle) {
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      try {
        return { acquired: true, value: await work() };
      } finally {
        await rm(lockPath, { force: true });
      }
    }
    const holderPid = await readHolder(lockPath);
    // An empty file is a holder between open and write; only a dead pid makes a lock stale.
    if (holderPid !== undefined && !isProcessAlive(holderPid)) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return { acquired: false, holderPid };
    if (!waited) {
      waited = true;
      options.onWait?.(holderPid);
    }
    await sleep(200);
  }
}

async function readHolder(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
