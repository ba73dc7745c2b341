/**
 * Runs `lead` in one window of this PC at a time, with the browser's Web
 * Locks: the lock is held until the window closes (or `stop` is called), and
 * then the next window waiting for it takes over by itself. Where there are
 * no Web Locks (jsdom), every window leads. Returns `stop`.
 */
export function whileLeader(name: string, lead: () => () => void, locks: LockManager | undefined = globalThis.navigator?.locks): () => void {
  if (!locks) return lead();
  const quit = new AbortController();
  let release: (() => void) | null = null;
  locks
    .request(name, { signal: quit.signal }, () => {
      if (quit.signal.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const stopLeading = lead();
        release = () => {
          stopLeading();
          resolve();
        };
      });
    })
    // Aborted while still waiting for the lock: nothing to undo.
    .catch(() => undefined);
  return () => {
    quit.abort();
    release?.();
    release = null;
  };
}
