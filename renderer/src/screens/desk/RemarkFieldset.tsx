import { cleanText } from '../../../../shared/events/text';
import { FieldError } from './FieldError';

/**
 * A complaint or a compliment the customer made at the counter: a box to
 * tick, then which directorate it is about and a line summing it up. Both
 * are counted by directorate in the reports.
 */
export function RemarkFieldset({
  kind,
  idBase,
  selectId,
  checked,
  directorate,
  summary,
  directorates,
  error,
  onChange,
}: {
  kind: 'complaint' | 'compliment';
  idBase: string;
  /** The directorate list's id: the form moves focus there when it is missing. */
  selectId: string;
  checked: boolean;
  directorate: string;
  summary: string;
  directorates: readonly string[];
  /** What is wrong with the directorate, if anything: said beside it. */
  error: string | null;
  onChange: (patch: { checked?: boolean; directorate?: string; summary?: string }) => void;
}) {
  const title = kind === 'complaint' ? 'Complaint' : 'Compliment';
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${selectId}-error` } : {};
  return (
    <fieldset>
      <legend>{title}</legend>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange({ checked: e.target.checked })} /> The customer{' '}
        {kind === 'complaint' ? 'made a complaint' : 'paid a compliment'}
      </label>
      {checked && (
        <>
          <div className="field">
            <label htmlFor={selectId}>{kind === 'complaint' ? 'Directorate' : 'Directorate complimented'}</label>
            <FieldError id={`${selectId}-error`} message={error} />
            <select id={selectId} value={directorate} onChange={(e) => onChange({ directorate: e.target.value })} {...invalid}>
              <option value="">Choose a directorate</option>
              {directorates.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${idBase}-summary`}>{title} summary</label>
            <input id={`${idBase}-summary`} value={summary} onChange={(e) => onChange({ summary: cleanText(e.target.value) })} maxLength={1000} />
          </div>
        </>
      )}
    </fieldset>
  );
}
