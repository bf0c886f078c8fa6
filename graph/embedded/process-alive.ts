import { readFileSync } from 'node:fs';

/** True when a process with this pid exists (signal 0 checks without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is alive and, where /proc exists, its command line mentions `marker`.
 * Guards against a recycled pid after a reboot pointing at an unrelated process.
 */
export function isProcessRunning(pid: number, marker: string): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return process.platform !== 'linux'; // no /proc to ask: trust the pid
  }
}
