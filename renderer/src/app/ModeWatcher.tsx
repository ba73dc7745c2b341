import { useEffect, useRef } from 'react';
import { useSettings } from './SettingsContext';

/**
 * When this PC goes from practice to live (set up in another window), this
 * window starts again on the real record: its practice records were cleared.
 * Renders nothing.
 */
export function ModeWatcher() {
  const { settings } = useSettings();
  const opened = useRef(settings.mode);
  useEffect(() => {
    if (settings.mode !== opened.current) window.location.reload();
  }, [settings.mode]);
  return null;
}
