import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { whileLeader } from './leader';

/**
 * Renders its children in only one window of this PC at a time (leader.ts):
 * the work that must not be done twice over one database, such as syncing
 * with the endpoint or purging names. When that window closes, another
 * window of the PC picks the work up.
 */
export function OneWindowOnly({ lock, children }: { lock: string; children: ReactNode }) {
  const [leading, setLeading] = useState(false);
  useEffect(
    () =>
      whileLeader(lock, () => {
        setLeading(true);
        return () => setLeading(false);
      }),
    [lock],
  );
  return leading ? <>{children}</> : null;
}
