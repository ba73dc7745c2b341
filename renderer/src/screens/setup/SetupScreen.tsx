import { useState } from 'react';
import type { FormEvent } from 'react';
import { roles } from '../../../../shared/settings/schema';
import type { Role } from '../../../../shared/settings/schema';
import { SETTINGS_FIELD_LABELS } from '../../../../shared/settings/stored';
import { useSettings } from '../../app/SettingsContext';
import { useBridge } from '../../bridge/BridgeContext';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { useTodaysTickets } from '../../data/hooks';
import { clearThisPcsRecords } from '../../data/actions';
import { hrefFor, homeRoute } from '../../shell/routes';
import type { RouteId } from '../../shell/routes';
import { Field, SelectField } from '../settings/fields';

const ROLE_NAMES: Record<Role, string> = {
  greeter: 'Greeter: issues tickets at the front desk',
  advisor: 'Desk: calls and serves customers',
  supervisor: 'Supervisor: watches waits and figures',
  display: 'Calling display: the public screen',
  feedback: 'Feedback screen: faces the customer at one desk',
};

/**
 * The first run of a new install. Until it is done the PC is in practice
 * mode: anything recorded is for trying the screens, never sent, never in
 * any figures. Setting up clears the practice records and starts the
 * site's real record, on the screen of this PC's role.
 */
/** Opens the role's screen on a fresh page: the page starts again on the real record. */
function restartOn(route: RouteId): void {
  window.location.replace(hrefFor(route));
  window.location.reload();
}

export function SetupScreen({ restart = restartOn }: { restart?: (route: RouteId) => void }) {
  const bridge = useBridge();
  const { settings, reload } = useSettings();
  const practiceTickets = useTodaysTickets()?.length ?? 0;
  const [form, setForm] = useState({
    siteId: settings.siteId === 'main-site' ? '' : settings.siteId,
    siteName: settings.siteName,
    deviceName: settings.deviceName,
    role: settings.role,
    issuingSlot: String(settings.issuingSlot + 1),
    issuingSlots: String(settings.issuingSlots),
    endpointUrl: settings.endpointUrl,
    desk: settings.desk ?? '',
  });
  const [notice, setNotice] = useState<Notice>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  if (settings.mode === 'live')
    return (
      <p>
        This PC is set up for {settings.siteName} ({settings.siteId}) as “{settings.deviceName}”. Change anything in <a href="#/settings">Settings</a>.
      </p>
    );

  async function start(e: FormEvent) {
    e.preventDefault();
    const slot = Number(form.issuingSlot);
    const slots = Number(form.issuingSlots);
    if (!form.siteId.trim())
      return setNotice({ kind: 'error', text: `${SETTINGS_FIELD_LABELS['siteId']}: give the site code IT gave you (for example chorley-town-hall).` });
    if (form.role === 'feedback' && !form.desk.trim())
      return setNotice({ kind: 'error', text: 'The desk this screen faces: give its number, as on the sign above the desk (for example 3).' });
    if (!(slot >= 1 && slot <= slots))
      return setNotice({ kind: 'error', text: 'This PC’s ticket numbering: choose a number from 1 to the number of PCs that issue tickets.' });
    try {
      await bridge.updateSettings({
        siteId: form.siteId.trim(),
        siteName: form.siteName,
        deviceName: form.deviceName,
        role: form.role,
        issuingSlot: slot - 1,
        issuingSlots: slots,
        endpointUrl: form.endpointUrl.trim(),
        ...(form.role === 'feedback' || form.role === 'advisor' ? { desk: form.desk.trim() || null } : {}),
        mode: 'live',
      });
    } catch (err) {
      return setNotice({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
    // The practice records go; the site's record starts empty, on the screen of this PC's role.
    await clearThisPcsRecords();
    await reload();
    restart(homeRoute(form.role));
  }

  return (
    <form className="settings-form setup" onSubmit={(e) => void start(e)} noValidate>
      <p>
        Until this PC is set up it is in practice mode: try any screen; nothing counts and nothing is sent.
        {practiceTickets > 0 && ` Setting up clears the ${practiceTickets} practice ticket${practiceTickets === 1 ? '' : 's'} issued today.`}
      </p>
      <Message notice={notice} />
      <fieldset>
        <legend>The site</legend>
        <Field
          label={SETTINGS_FIELD_LABELS['siteId']!}
          value={form.siteId}
          onChange={set('siteId')}
          hint="Lower-case letters, digits and dashes, as IT gave it."
        />
        <Field label={SETTINGS_FIELD_LABELS['siteName']!} value={form.siteName} onChange={set('siteName')} />
      </fieldset>
      <fieldset>
        <legend>This PC</legend>
        <Field
          label={SETTINGS_FIELD_LABELS['deviceName']!}
          value={form.deviceName}
          onChange={set('deviceName')}
          hint="What staff call it, such as Front desk or Desk PC 2."
        />
        <SelectField
          label="What this PC is for"
          value={form.role}
          onChange={(v) => setForm({ ...form, role: v as Role })}
          options={roles.map((r) => [r, ROLE_NAMES[r]])}
        />
        {(form.role === 'feedback' || form.role === 'advisor') && (
          <Field
            label={form.role === 'feedback' ? 'The desk this screen faces' : 'The desk this PC serves from'}
            value={form.desk}
            onChange={set('desk')}
            hint={
              form.role === 'feedback' ? 'When this desk finishes with a customer, the screen asks how the visit was.' : 'Its number, as on the sign above it.'
            }
          />
        )}
        <Field
          label="Ticket numbering: this PC is number"
          type="number"
          value={form.issuingSlot}
          onChange={set('issuingSlot')}
          hint="Each PC that issues tickets at the site takes its own number, so no two give the same ticket."
        />
        <Field label="…of this many PCs that issue tickets" type="number" value={form.issuingSlots} onChange={set('issuingSlots')} />
      </fieldset>
      <fieldset>
        <legend>Endpoint (optional)</legend>
        <Field
          label={SETTINGS_FIELD_LABELS['endpointUrl']!}
          value={form.endpointUrl}
          onChange={set('endpointUrl')}
          hint="Leave empty on a PC that works alone; add it, and this PC’s token, in Settings later."
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary big">
          Set up and start for real
        </button>
      </div>
    </form>
  );
}
