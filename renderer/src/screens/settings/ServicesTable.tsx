import type { ServiceRow } from './site-config-form';

/**
 * The site's services: name, ticket letter, directorate, and a standard of their own where it
 * differs from the site's (Harrow: 15 minutes; Oxford: 90% within 15). Part of the site's
 * configuration, saved with it.
 */
export function ServicesTable({ rows, siteStandard, onChange }: { rows: ServiceRow[]; siteStandard: string; onChange: (rows: ServiceRow[]) => void }) {
  const update = (i: number, patch: Partial<ServiceRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      <h3 id="services-heading">Services and standards</h3>
      <p className="hint">Leave a standard empty to use the site’s ({siteStandard} minutes); the priority standard then follows the site’s.</p>
      <table className="services-table" aria-labelledby="services-heading">
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
                  placeholder={siteStandard}
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
    </>
  );
}
