import { useState } from 'react';
import type { FormEvent } from 'react';
import { HOLIDAY_REGIONS, HOLIDAY_REGION_LABELS } from '../../../../shared/calendar/bank-holidays';
import { DEFAULT_NI14_REASONS } from '../../../../shared/config/site-config';
import type { SiteVersion } from '../../../../shared/config/site-history';
import { SETTINGS_FIELD_LABELS } from '../../../../shared/settings/stored';
import { useDevice, useSite } from '../../app/useDevice';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { saveSiteConfig } from '../../data/actions';
import { timeOfDay } from '../../format';
import { Field, SelectField } from './fields';
import { ServicesTable } from './ServicesTable';
import { fromSiteForm, toSiteForm } from './site-config-form';
import type { SiteForm } from './site-config-form';

const L = SETTINGS_FIELD_LABELS;

/** Which version stands, saved when, where and by whom: so a supervisor sees whose change they are about to replace. */
function standing(latest: SiteVersion | undefined): string {
  if (!latest) return 'Not saved for the site yet: this PC uses its own values until the site’s configuration is saved here or at another PC.';
  const when = `${latest.fromDay} at ${timeOfDay(latest.at)}`;
  return `Version ${latest.version}, saved ${when} on ${latest.changedOn}${latest.changedBy ? ` by ${latest.changedBy}` : ''}.`;
}

/**
 * The site's configuration: one record for every PC of the site and the endpoint (standards,
 * targets, bank holidays, services), saved as an event and synced like a ticket. A save applies to
 * tickets issued from then on: each ticket keeps the standard it was issued with.
 */
export function SiteConfigForm() {
  const site = useSite();
  const latest = site.versions[site.versions.length - 1];
  // Here, not in the fields: the confirmation outlives the new form its own save brings.
  const [notice, setNotice] = useState<Notice>(null);
  const [shown, setShown] = useState(latest?.eventId);
  const [ownSave, setOwnSave] = useState<string | null>(null);
  // A version saved elsewhere replaces the form: say so, rather than lose someone's edits silently.
  if (latest?.eventId !== shown) {
    setShown(latest?.eventId);
    if (latest && latest.eventId !== ownSave)
      setNotice({
        kind: 'ok',
        text: `Version ${latest.version} was just saved on ${latest.changedOn}; the form now shows it. Make your change again if it is still needed.`,
      });
  }
  // A new form when another version arrives (saved here, at another PC, or by IT), instead of syncing state.
  return (
    <SiteConfigFields
      key={latest?.eventId ?? 'none'}
      initial={toSiteForm(site.settings)}
      latest={latest}
      notice={notice}
      setNotice={setNotice}
      onSaved={setOwnSave}
    />
  );
}

interface FieldsProps {
  initial: SiteForm;
  latest: SiteVersion | undefined;
  notice: Notice;
  setNotice: (n: Notice) => void;
  onSaved: (eventId: string) => void;
}

function SiteConfigFields({ initial, latest, notice, setNotice, onSaved }: FieldsProps) {
  const device = useDevice();
  const [form, setForm] = useState(initial);
  const set = (key: Exclude<keyof SiteForm, 'services'>) => (value: string) => setForm({ ...form, [key]: value });

  async function save(e: FormEvent) {
    e.preventDefault();
    const r = await saveSiteConfig(device, fromSiteForm(form), form.changedBy);
    if (r.ok) onSaved(r.value[0]!.id);
    setNotice(
      r.ok
        ? { kind: 'ok', text: 'The site’s configuration is saved; every PC of the site takes it at its next sync.' }
        : { kind: 'error', text: r.error.message },
    );
  }

  return (
    <form className="settings-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="site-config-legend">
      <fieldset>
        <legend id="site-config-legend">This site’s configuration (every PC of the site)</legend>
        <p className="hint" data-testid="site-config-version">
          {standing(latest)}
        </p>
        <Field label={L['standardMinutes']!} type="number" value={form.standardMinutes} onChange={set('standardMinutes')} />
        <Field
          label={L['priorityStandardMinutes']!}
          hint="Leave empty for half the standard"
          type="number"
          value={form.priorityStandardMinutes}
          onChange={set('priorityStandardMinutes')}
        />
        <Field label={L['targetPercent']!} type="number" value={form.targetPercent} onChange={set('targetPercent')} />
        <Field
          label={L['satisfactionTargetPercent']!}
          hint="Of customers answering the feedback screen, the share satisfied or very satisfied"
          type="number"
          value={form.satisfactionTargetPercent}
          onChange={set('satisfactionTargetPercent')}
        />
        <Field label={L['nearBreachMinutes']!} type="number" value={form.nearBreachMinutes} onChange={set('nearBreachMinutes')} />
        <Field
          label={L['shrinkagePercent']!}
          hint="Breaks, training and leave: the planner rosters desks ÷ (1 − this share)"
          type="number"
          value={form.shrinkagePercent}
          onChange={set('shrinkagePercent')}
        />
        <Field
          label={L['clockOffsetWarnSeconds']!}
          hint="A PC’s clock this far from the endpoint’s has its waits flagged inaccurate"
          type="number"
          value={form.clockOffsetWarnSeconds}
          onChange={set('clockOffsetWarnSeconds')}
        />
        <SelectField
          label="Bank holidays (for complaint due dates)"
          value={form.holidayRegion}
          onChange={set('holidayRegion')}
          options={HOLIDAY_REGIONS.map((r): [string, string] => [r, HOLIDAY_REGION_LABELS[r]])}
        />
        <Field
          label={L['extraClosedDays']!}
          hint="Dates as YYYY-MM-DD, separated by spaces or commas, e.g. 2026-12-29 2026-12-30"
          value={form.extraClosedDays}
          onChange={set('extraClosedDays')}
        />
        <SelectField
          label={L['feedbackComments']!}
          value={form.feedbackComments}
          onChange={set('feedbackComments')}
          options={[
            ['no', 'No: faces and would-recommend only'],
            ['yes', 'Yes: an optional comment box (comments are deleted with names)'],
          ]}
        />
        <ServicesTable rows={form.services} siteStandard={form.standardMinutes} onChange={(services) => setForm({ ...form, services })} />
        <details>
          <summary>Avoidable contact (NI14) reasons</summary>
          <ul>
            {DEFAULT_NI14_REASONS.map((r) => (
              <li key={r.id}>{r.label}</li>
            ))}
          </ul>
          <p className="hint">The council’s standard list.</p>
        </details>
        <Field label="Your name (recorded with the change)" value={form.changedBy} onChange={set('changedBy')} />
        <div className="actions">
          <button type="submit" className="primary">
            Save the site’s configuration
          </button>
        </div>
        <Message notice={notice} />
      </fieldset>
    </form>
  );
}
