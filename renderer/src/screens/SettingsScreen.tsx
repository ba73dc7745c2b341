import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { roles } from '../../../shared/settings/schema';
import { HOLIDAY_REGIONS, HOLIDAY_REGION_LABELS } from '../../../shared/calendar/bank-holidays';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import type { AppInfo, MonitorInfo } from '../../../shared/bridge/contract';
import { useBridge } from '../bridge/BridgeContext';
import { TokenForm } from './TokenForm';
import { ServicesEditor } from './ServicesEditor';
import { useSettings } from '../app/SettingsContext';

type Form = Record<
  | 'siteId'
  | 'siteName'
  | 'deviceName'
  | 'desk'
  | 'role'
  | 'endpointUrl'
  | 'printerName'
  | 'standardMinutes'
  | 'targetPercent'
  | 'nearBreachMinutes'
  | 'nameRetentionDays'
  | 'issuingSlot'
  | 'issuingSlots'
  | 'displayMonitorId'
  | 'holidayRegion'
  | 'extraClosedDays',
  string
>;

function toForm(s: Settings): Form {
  return {
    siteId: s.siteId,
    siteName: s.siteName,
    deviceName: s.deviceName,
    desk: s.desk ?? '',
    role: s.role,
    endpointUrl: s.endpointUrl,
    printerName: s.printerName,
    standardMinutes: String(s.thresholds.standardMinutes),
    targetPercent: String(s.thresholds.targetPercent),
    nearBreachMinutes: String(s.thresholds.nearBreachMinutes),
    nameRetentionDays: String(s.nameRetentionDays),
    issuingSlot: String(s.issuingSlot + 1),
    issuingSlots: String(s.issuingSlots),
    displayMonitorId: s.displayMonitorId === null ? '' : String(s.displayMonitorId),
    holidayRegion: s.holidayRegion,
    extraClosedDays: s.extraClosedDays.join(' '),
  };
}

/** Numbers stay as typed text until saved, so the schema (not the form) says what is wrong. */
const num = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));

function toPatch(f: Form): SettingsPatch {
  return {
    siteId: f.siteId,
    siteName: f.siteName,
    deviceName: f.deviceName,
    desk: f.desk.trim() === '' ? null : f.desk,
    role: f.role as Settings['role'],
    endpointUrl: f.endpointUrl,
    printerName: f.printerName,
    nameRetentionDays: num(f.nameRetentionDays),
    issuingSlot: num(f.issuingSlot) - 1,
    issuingSlots: num(f.issuingSlots),
    displayMonitorId: f.displayMonitorId === '' ? null : num(f.displayMonitorId),
    holidayRegion: f.holidayRegion as Settings['holidayRegion'],
    extraClosedDays: f.extraClosedDays.split(/[\s,]+/).filter((d) => d !== ''),
    thresholds: {
      standardMinutes: num(f.standardMinutes),
      targetPercent: num(f.targetPercent),
      nearBreachMinutes: num(f.nearBreachMinutes),
    },
  };
}

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
          <Field label="Site code" hint="Lower-case letters, digits and dashes, e.g. chorley-town-hall" value={form.siteId} onChange={set('siteId')} />
          <Field label="Site name" hint="Printed on tickets" value={form.siteName} onChange={set('siteName')} />
          <Field label="PC name" value={form.deviceName} onChange={set('deviceName')} />
          <SelectField label="Role" value={form.role} onChange={set('role')} options={roles.map((r) => [r, r[0]!.toUpperCase() + r.slice(1)])} />
          <Field label="Desk" hint="Leave empty on the front desk or a wall screen" value={form.desk} onChange={set('desk')} />
          <Field label="Issuing PCs at this site" hint="How many PCs issue tickets here (1 to 9)" type="number" value={form.issuingSlots} onChange={set('issuingSlots')} />
          <Field label="This PC’s issuing number" hint="1 for the first issuing PC, 2 for the second…; each PC its own" type="number" value={form.issuingSlot} onChange={set('issuingSlot')} />
          <p className="readonly">
            Device id: <code>{settings.deviceId}</code>. IT enrols this PC with{' '}
            <code>npm run server -- enrol {settings.siteId} {settings.deviceName} --device {settings.deviceId}</code>
          </p>
        </fieldset>
        <fieldset>
          <legend>Standards</legend>
          <Field label="Face-to-face standard (minutes)" type="number" value={form.standardMinutes} onChange={set('standardMinutes')} />
          <Field label="Target seen within standard (%)" type="number" value={form.targetPercent} onChange={set('targetPercent')} />
          <Field label="Warn this many minutes before the standard" type="number" value={form.nearBreachMinutes} onChange={set('nearBreachMinutes')} />
          <SelectField
            label="Bank holidays (for complaint due dates)"
            value={form.holidayRegion}
            onChange={set('holidayRegion')}
            options={HOLIDAY_REGIONS.map((r): [string, string] => [r, HOLIDAY_REGION_LABELS[r]])}
          />
          <Field
            label="Other days the council is closed"
            hint="Dates as YYYY-MM-DD, separated by spaces or commas, e.g. 2026-12-29 2026-12-30"
            value={form.extraClosedDays}
            onChange={set('extraClosedDays')}
          />
        </fieldset>
        <fieldset>
          <legend>Connections and privacy</legend>
          <Field label="Endpoint address" hint="The council's central endpoint, e.g. https://reception.example.gov.uk" value={form.endpointUrl} onChange={set('endpointUrl')} />
          <Field label="Ticket printer" hint="Leave empty for the system default" value={form.printerName} onChange={set('printerName')} />
          {monitors.length > 0 && (
            <SelectField
              label="Calling display monitor"
              value={form.displayMonitorId}
              onChange={set('displayMonitorId')}
              options={[['', 'Automatic (the first that is not the main screen)'], ...monitors.map((m): [string, string] => [String(m.id), `${m.label}${m.primary ? ' (main screen)' : ''}`])]}
            />
          )}
          <Field label="Keep customer names for (days)" type="number" value={form.nameRetentionDays} onChange={set('nameRetentionDays')} />
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
      <ServicesEditor siteStandard={settings.thresholds.standardMinutes} />
    </>
  );
}

function Field(props: { label: string; value: string; onChange: (v: string) => void; hint?: string; type?: 'text' | 'number' }) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

function SelectField(props: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label}>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

function FieldShell({ id, label, hint, children }: { id: string; label: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}
