import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { roles } from '../../../../shared/settings/schema';
import { SETTINGS_FIELD_LABELS } from '../../../../shared/settings/stored';
import type { Settings } from '../../../../shared/settings/schema';
import type { AppInfo, MonitorInfo } from '../../../../shared/bridge/contract';
import { useBridge } from '../../bridge/BridgeContext';
import { TokenForm } from './TokenForm';
import { SiteConfigForm } from './SiteConfigForm';
import { useSettings } from '../../app/SettingsContext';
import { Field, SelectField } from './fields';
import { num, toForm, toPatch } from './settings-form';
import type { Form } from './settings-form';

/**
 * This PC's settings: the form (settings-form.ts maps it to and from the
 * stored settings, which the host validates), the device token, and the
 * site's configuration, which every PC of the site shares (SiteConfigForm).
 */
export function SettingsScreen() {
  const bridge = useBridge();
  const { reload } = useSettings();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [monitors, setMonitors] = useState<MonitorInfo[]>([]);
  const [form, setForm] = useState<Form | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([bridge.getSettings(), bridge.appInfo(), bridge.listMonitors()]).then(([s, i, m]) => {
      if (!live) return;
      setMonitors(m);
      setSettings(s);
      setForm(toForm(s));
      setInfo(i);
    });
    return () => {
      live = false;
    };
  }, [bridge]);

  if (!settings || !form) return <p role="status">Loading settings…</p>;

  const set = (key: keyof Form) => (value: string) => setForm({ ...form, [key]: value });

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    if (num(form.issuingSlot) > num(form.issuingSlots)) {
      setMessage({ kind: 'error', text: 'This PC’s issuing number cannot be more than the number of issuing PCs.' });
      return;
    }
    try {
      const next = await bridge.updateSettings(toPatch(form));
      setSettings(next);
      setForm(toForm(next));
      setMessage({ kind: 'ok', text: 'Settings saved.' });
      await reload();
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <>
      {info && info.repairedSettings.length > 0 && (
        <p className="notice notice-warn" role="alert">
          Some saved settings were invalid and were reset to their defaults: {info.repairedSettings.join(', ')}.
        </p>
      )}
      <form className="settings-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>This PC</legend>
          <Field
            label={SETTINGS_FIELD_LABELS['siteId']!}
            hint="Lower-case letters, digits and dashes, e.g. chorley-town-hall"
            value={form.siteId}
            onChange={set('siteId')}
          />
          <Field label={SETTINGS_FIELD_LABELS['siteName']!} hint="Printed on tickets" value={form.siteName} onChange={set('siteName')} />
          <Field label={SETTINGS_FIELD_LABELS['deviceName']!} value={form.deviceName} onChange={set('deviceName')} />
          <SelectField
            label={SETTINGS_FIELD_LABELS['role']!}
            value={form.role}
            onChange={set('role')}
            options={roles.map((r) => [r, r[0]!.toUpperCase() + r.slice(1)])}
          />
          <Field label={SETTINGS_FIELD_LABELS['desk']!} hint="Leave empty on the front desk or a wall screen" value={form.desk} onChange={set('desk')} />
          <Field
            label={SETTINGS_FIELD_LABELS['issuingSlots']!}
            hint="How many PCs issue tickets here (1 to 9)"
            type="number"
            value={form.issuingSlots}
            onChange={set('issuingSlots')}
          />
          <Field
            label="This PC’s issuing number"
            hint="1 for the first issuing PC, 2 for the second…; each PC its own"
            type="number"
            value={form.issuingSlot}
            onChange={set('issuingSlot')}
          />
          <p className="readonly">
            Device id: <code>{settings.deviceId}</code>. IT enrols this PC with{' '}
            <code>
              npm run server -- enrol {settings.siteId} {settings.deviceName} --device {settings.deviceId}
            </code>
          </p>
        </fieldset>
        <fieldset>
          <legend>Connections and privacy</legend>
          <Field
            label={SETTINGS_FIELD_LABELS['endpointUrl']!}
            hint="The council's central endpoint, e.g. https://reception.example.gov.uk"
            value={form.endpointUrl}
            onChange={set('endpointUrl')}
          />
          <Field
            label={SETTINGS_FIELD_LABELS['printerName']!}
            hint="Leave empty for the system default"
            value={form.printerName}
            onChange={set('printerName')}
          />
          {monitors.length > 0 && (
            <SelectField
              label={SETTINGS_FIELD_LABELS['displayMonitorId']!}
              value={form.displayMonitorId}
              onChange={set('displayMonitorId')}
              options={[
                ['', 'Automatic (the first that is not the main screen)'],
                ...monitors.map((m): [string, string] => [String(m.id), `${m.label}${m.primary ? ' (main screen)' : ''}`]),
              ]}
            />
          )}
          <Field label={SETTINGS_FIELD_LABELS['nameRetentionDays']!} type="number" value={form.nameRetentionDays} onChange={set('nameRetentionDays')} />
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
        <p aria-live="polite" role={message?.kind === 'error' ? 'alert' : 'status'} className={message ? `notice notice-${message.kind}` : undefined}>
          {message?.text}
        </p>
      </form>
      <TokenForm secretsEncrypted={info?.secretsEncrypted ?? false} />
      <SiteConfigForm />
    </>
  );
}
