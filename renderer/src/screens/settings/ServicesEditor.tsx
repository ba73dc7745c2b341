import { useState } from 'react';
import type { FormEvent } from 'react';
import { DEFAULT_NI14_REASONS } from '../../../../shared/config/site-config';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { saveServices } from '../../data/actions';
import { useStoredServices } from '../../data/hooks';
import type { StoredService } from '../../../../shared/config/stored-services';

type Row = Omit<StoredService, 'standardMinutes' | 'priorityStandardMinutes'> & { standardMinutes: string; priorityStandardMinutes: string };
const toRow = (s: StoredService): Row => ({
  ...s,
  standardMinutes: s.standardMinutes?.toString() ?? '',
  priorityStandardMinutes: s.priorityStandardMinutes?.toString() ?? '',
});
const toStored = (r: Row): StoredService => ({
  ...r,
  letter: r.letter.toUpperCase(),
  standardMinutes: r.standardMinutes.trim() ? Number(r.standardMinutes) : null,
  priorityStandardMinutes: r.priorityStandardMinutes.trim() ? Number(r.priorityStandardMinutes) : null,
});

/**
 * The site's services: name, ticket letter, directorate, and a standard of
 * their own where it differs from the site's (Harrow: 15 minutes; Oxford:
 * 90% within 15). Stored in this PC's database and checked before saving.
 */
export function ServicesEditor({ siteStandard }: { siteStandard: number }) {
  const stored = useStoredServices();
  const [notice, setNotice] = useState<Notice>(null);
  // A new form when the stored list changes (saved here or elsewhere), instead of syncing state.
  return <ServicesForm key={JSON.stringify(stored)} stored={stored} siteStandard={siteStandard} notice={notice} setNotice={setNotice} />;
}

function ServicesForm(props: { stored: StoredService[]; siteStandard: number; notice: Notice; setNotice: (n: Notice) => void }) {
  const { stored, siteStandard, notice, setNotice } = props;
  const [rows, setRows] = useState<Row[]>(() => stored.map(toRow));

  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await saveServices(rows.map(toStored));
      setNotice({ kind: 'ok', text: 'Services saved.' });
    } catch (err) {
      setNotice({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <form className="settings-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="services-legend">
      <fieldset>
        <legend id="services-legend">Services and standards</legend>
        <p className="hint">Leave a standard empty to use the site’s ({siteStandard} minutes); the priority standard defaults to half of it.</p>
        <table className="services-table">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Letter</th>
              <th scope="col">Directorate</th>
              <th scope="col">Standard (min)</th>
              <th scope="col">Priority standard (min)</th>
              <th scope="col">In use</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input aria-label={`Name of ${r.name}`} value={r.name} onChange={(e) => update(i, { name: e.target.value })} />
                </td>
                <td>
                  <input
                    aria-label={`Letter for ${r.name}`}
                    value={r.letter}
                    maxLength={1}
                    size={2}
                    onChange={(e) => update(i, { letter: e.target.value.toUpperCase() })}
                  />
                </td>
                <td>
                  <input aria-label={`Directorate of ${r.name}`} value={r.directorate} onChange={(e) => update(i, { directorate: e.target.value })} />
                </td>
                <td>
                  <input
                    aria-label={`Standard for ${r.name}, minutes`}
                    type="number"
                    value={r.standardMinutes}
                    placeholder={String(siteStandard)}
                    onChange={(e) => update(i, { standardMinutes: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Priority standard for ${r.name}, minutes`}
                    type="number"
                    value={r.priorityStandardMinutes}
                    onChange={(e) => update(i, { priorityStandardMinutes: e.target.value })}
                  />
                </td>
                <td>
                  <input aria-label={`${r.name} in use`} type="checkbox" checked={r.active} onChange={(e) => update(i, { active: e.target.checked })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button type="submit">Save services</button>
        </div>
        <Message notice={notice} />
        <details>
          <summary>Avoidable contact (NI14) reasons</summary>
          <ul>
            {DEFAULT_NI14_REASONS.map((r) => (
              <li key={r.id}>{r.label}</li>
            ))}
          </ul>
          <p className="hint">The council’s standard list; editing it arrives with the central endpoint’s site settings.</p>
        </details>
      </fieldset>
    </form>
  );
}
