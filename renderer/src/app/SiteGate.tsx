import type { ReactNode } from 'react';
import { SiteContext } from './site-context';
import { useSiteFromLog } from './useDevice';

/**
 * Nothing is shown (or issued, or asked) until the site's configuration has been read from the
 * log: a ticket issued in the first moment would otherwise carry the default standard, not the
 * site's. Every screen below reads this one reading.
 */
export function SiteGate({ children }: { children: ReactNode }) {
  const site = useSiteFromLog();
  if (!site.loaded) return <p role="status">Starting…</p>;
  return <SiteContext.Provider value={site}>{children}</SiteContext.Provider>;
}
