/** Something to stop when the Node process leaves: gracefully on a signal, at once on 'exit'. */
export interface ExitHook {
  stop(): Promise<void>;
  stopSync(): void;
}

const hooks = new Set<ExitHook>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

/**
 * Registers `hook` until the returned function is called. On SIGINT/SIGTERM/SIGHUP every hook is
 * stopped gracefully; then, if no one else listens for that signal, the signal is raised again so the
 * process ends exactly as it would have without us. On 'exit' (no async work possible) the hooks get
 * a synchronous SIGTERM. Even kill -9 of Node is covered: the launcher exits when its stdin closes.
 */
export function onProcessExit(hook: ExitHook): () => void {
  hooks.add(hook);
  install();
  return () => {
    hooks.delete(hook);
    if (hooks.size === 0) uninstall();
  };
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', stopAllSync);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', stopAllSync);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function stopAllSync(): void {
  for (const hook of hooks) hook.stopSync();
}

function onSignal(signal: NodeJS.Signals): void {
  const stopping = [...hooks].map((hook) => hook.stop().catch(() => hook.stopSync()));
  hooks.clear();
  uninstall();
  void Promise.all(stopping).then(() => {
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
