import { useEffect } from 'react';
import { hrefFor, homeRoute } from './routes';
import { useSettings } from '../app/SettingsContext';

/**
 * Opening the app with no screen in the address: a PC not set up yet opens
 * the set-up; one set up opens the screen of its role (a display PC the
 * calling display, a desk PC the desk). Renders nothing.
 */
export function RoleHome() {
  const { settings } = useSettings();
  useEffect(() => {
    if (window.location.hash.replace(/^#\/?/, '') !== '') return;
    window.location.replace(hrefFor(settings.mode === 'practice' ? 'setup' : homeRoute(settings.role)));
    // Only on opening: changing the role later does not move anyone off their screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
