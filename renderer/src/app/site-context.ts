import { createContext } from 'react';
import type { SiteSettings } from '../../../shared/config/site-settings';
import type { SiteVersion } from '../../../shared/config/site-history';

/** The site's configuration as read from the log (useDevice.ts says how). */
export interface SiteRead {
  settings: SiteSettings;
  versions: SiteVersion[];
  beforeAnyVersion: SiteSettings;
  loaded: boolean;
}

/**
 * One reading for every screen under SiteGate, so a component mounted later (a dialog, the questions
 * of a feedback screen) starts from the site's configuration, never from the defaults for a moment.
 */
export const SiteContext = createContext<SiteRead | null>(null);
