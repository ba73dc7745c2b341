import { useSettings } from './SettingsContext';

/** On every screen of a PC not set up yet: what it records is practice, and how to set it up. */
export function PracticeBanner() {
  const { settings } = useSettings();
  if (settings.mode !== 'practice') return null;
  return (
    <p className="notice notice-warn practice-banner" data-testid="practice-banner">
      <strong>Practice mode.</strong> This PC is not set up for a site yet: tickets issued here are for practice, are never sent and never count in any figures.{' '}
      <a href="#/setup">Set up this PC</a>
    </p>
  );
}
