import { useId, useState } from 'react';
import { cleanText } from '../../../../shared/events/text';
import type { FormEvent } from 'react';
import { OUTCOMES, OUTCOME_LABELS } from '../../../../shared/config/site-config';
import type { Outcome, SiteConfig } from '../../../../shared/config/site-config';
import type { Command } from '../../../../shared/tickets/decide';

export type Completion = Omit<Extract<Command, { type: 'complete' }>, 'type' | 'ticketId' | 'desk'>;

/**
 * The outcome of a contact, on one screen and complete by keyboard: the
 * outcome (a reason if unresolved), whether the contact was avoidable and
 * why (NI14), a complaint and its directorate, and a note. The domain core
 * checks it again; its message is shown if anything is missing.
 */
export function OutcomeForm({ config, onFinish, onCancel }: { config: SiteConfig; onFinish: (c: Completion) => void; onCancel: () => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [unresolvedReason, setUnresolvedReason] = useState('');
  const [avoidable, setAvoidable] = useState<'yes' | 'no' | ''>('');
  const [reasonId, setReasonId] = useState('');
  const [avoidableNote, setAvoidableNote] = useState('');
  const [complaint, setComplaint] = useState(false);
  const [directorate, setDirectorate] = useState('');
  const [summary, setSummary] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!outcome) return setProblem('Choose the outcome.');
    if (!avoidable) return setProblem('Say whether the contact was avoidable.');
    if (avoidable === 'yes' && !reasonId) return setProblem('Choose why the contact was avoidable.');
    if (complaint && !directorate) return setProblem('Choose the directorate the complaint is about.');
    setProblem(null);
    onFinish({
      outcome,
      ...(outcome === 'unresolved' ? { unresolvedReason } : {}),
      avoidable: avoidable === 'yes' ? { reasonId, ...(avoidableNote.trim() ? { note: avoidableNote } : {}) } : null,
      complaint: complaint ? { directorate, ...(summary.trim() ? { summary } : {}) } : null,
      ...(note.trim() ? { note } : {}),
    });
  }

  return (
    <form className="outcome-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Outcome</h2>
      <fieldset>
        <legend>Outcome of the contact</legend>
        {OUTCOMES.map((o, i) => (
          <label key={o}>
            <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} autoFocus={i === 0} />{' '}
            {OUTCOME_LABELS[o]}
          </label>
        ))}
        {outcome === 'unresolved' && (
          <div className="field">
            <label htmlFor={`${id}-unresolved`}>Why could it not be resolved?</label>
            <input id={`${id}-unresolved`} value={unresolvedReason} onChange={(e) => setUnresolvedReason(cleanText(e.target.value))} maxLength={500} />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Was the contact avoidable (NI14)?</legend>
        <label>
          <input type="radio" name={`${id}-avoidable`} checked={avoidable === 'no'} onChange={() => setAvoidable('no')} /> No
        </label>
        <label>
          <input type="radio" name={`${id}-avoidable`} checked={avoidable === 'yes'} onChange={() => setAvoidable('yes')} /> Yes
        </label>
        {avoidable === 'yes' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-reason`}>Why was it avoidable?</label>
              <select id={`${id}-reason`} value={reasonId} onChange={(e) => setReasonId(e.target.value)}>
                <option value="">Choose a reason</option>
                {config.ni14Reasons.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-avoidable-note`}>Note on the avoidable contact</label>
              <input id={`${id}-avoidable-note`} value={avoidableNote} onChange={(e) => setAvoidableNote(cleanText(e.target.value))} maxLength={500} />
            </div>
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>Complaint</legend>
        <label>
          <input type="checkbox" checked={complaint} onChange={(e) => setComplaint(e.target.checked)} /> The customer made a complaint
        </label>
        {complaint && (
          <>
            <div className="field">
              <label htmlFor={`${id}-directorate`}>Directorate</label>
              <select id={`${id}-directorate`} value={directorate} onChange={(e) => setDirectorate(e.target.value)}>
                <option value="">Choose a directorate</option>
                {config.directorates.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-summary`}>Complaint summary</label>
              <input id={`${id}-summary`} value={summary} onChange={(e) => setSummary(cleanText(e.target.value))} maxLength={1000} />
            </div>
          </>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(cleanText(e.target.value))} maxLength={2000} rows={2} />
      </div>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Finish contact
        </button>
        <button type="button" onClick={onCancel}>
          Back
        </button>
      </div>
    </form>
  );
}
