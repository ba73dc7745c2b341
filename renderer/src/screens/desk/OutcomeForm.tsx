import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { cleanText } from '../../../../shared/events/text';
import { OUTCOMES, OUTCOME_LABELS } from '../../../../shared/config/site-config';
import type { SiteConfig } from '../../../../shared/config/site-config';
import type { Command } from '../../../../shared/tickets/decide';
import { FieldError } from './FieldError';
import { RemarkFieldset } from './RemarkFieldset';
import { useOutcomeDraft } from './outcome-draft';
import type { OutcomeDraft } from './outcome-draft';

export type Completion = Omit<Extract<Command, { type: 'complete' }>, 'type' | 'ticketId' | 'desk'>;

type Field = 'outcome' | 'unresolved' | 'avoidable' | 'reason' | 'directorate' | 'complimentDirectorate';
interface Problem {
  field: Field;
  message: string;
}

/** The first thing missing, with the field it belongs to; null when the outcome is complete. */
export function outcomeProblem(d: OutcomeDraft): Problem | null {
  if (!d.outcome) return { field: 'outcome', message: 'Choose the outcome.' };
  if (d.outcome === 'unresolved' && !d.unresolvedReason.trim()) return { field: 'unresolved', message: 'Say why it could not be resolved.' };
  if (!d.avoidable) return { field: 'avoidable', message: 'Say whether the contact was avoidable.' };
  if (d.avoidable === 'yes' && !d.reasonId) return { field: 'reason', message: 'Choose why the contact was avoidable.' };
  if (d.complaint && !d.directorate) return { field: 'directorate', message: 'Choose the directorate the complaint is about.' };
  if (d.compliment && !d.complimentDirectorate) return { field: 'complimentDirectorate', message: 'Choose the directorate the compliment is about.' };
  return null;
}

function completionOf(d: OutcomeDraft & { outcome: Completion['outcome'] }): Completion {
  return {
    outcome: d.outcome,
    ...(d.outcome === 'unresolved' ? { unresolvedReason: d.unresolvedReason.trim() } : {}),
    avoidable: d.avoidable === 'yes' ? { reasonId: d.reasonId, ...(d.avoidableNote.trim() ? { note: d.avoidableNote } : {}) } : null,
    complaint: d.complaint ? { directorate: d.directorate, ...(d.summary.trim() ? { summary: d.summary } : {}) } : null,
    ...(d.compliment ? { compliment: { directorate: d.complimentDirectorate, ...(d.complimentSummary.trim() ? { summary: d.complimentSummary } : {}) } } : {}),
    ...(d.note.trim() ? { note: d.note } : {}),
  };
}

/**
 * The outcome of a contact, on one screen and complete by keyboard: the
 * outcome (a reason if unresolved), whether the contact was avoidable and
 * why (NI14), a complaint or a compliment and its directorate, and a note. What is missing
 * is said beside its field, which takes focus. What has been filled in is
 * kept for this ticket, so a reload does not lose it.
 */
export function OutcomeForm({
  ticketId,
  config,
  onFinish,
  onCancel,
}: {
  ticketId: string;
  config: SiteConfig;
  onFinish: (c: Completion) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [d, set] = useOutcomeDraft(ticketId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const fieldId = (f: Field) => `${id}-${f}`;
  const errorOf = (f: Field) => (problem?.field === f ? problem.message : null);
  const invalid = (f: Field) => (problem?.field === f ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(f)}-error` } : {});

  useEffect(() => {
    if (problem) document.getElementById(fieldId(problem.field))?.focus();
    // Focus moves when a new problem is found, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = outcomeProblem(d);
    setProblem(found);
    if (found || !d.outcome) return;
    onFinish(completionOf({ ...d, outcome: d.outcome }));
  }

  return (
    <form className="outcome-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Outcome</h2>
      <fieldset {...invalid('outcome')}>
        <legend>Outcome of the contact</legend>
        <FieldError id={`${fieldId('outcome')}-error`} message={errorOf('outcome')} />
        {OUTCOMES.map((o, i) => (
          <label key={o}>
            <input
              type="radio"
              name={`${id}-outcome`}
              value={o}
              checked={d.outcome === o}
              onChange={() => set({ outcome: o })}
              autoFocus={i === 0}
              {...(i === 0 ? { id: fieldId('outcome') } : {})}
            />{' '}
            {OUTCOME_LABELS[o]}
          </label>
        ))}
        {d.outcome === 'unresolved' && (
          <div className="field">
            <label htmlFor={fieldId('unresolved')}>Why could it not be resolved?</label>
            <FieldError id={`${fieldId('unresolved')}-error`} message={errorOf('unresolved')} />
            <input
              id={fieldId('unresolved')}
              value={d.unresolvedReason}
              onChange={(e) => set({ unresolvedReason: cleanText(e.target.value) })}
              maxLength={500}
              {...invalid('unresolved')}
            />
          </div>
        )}
      </fieldset>
      <fieldset {...invalid('avoidable')}>
        <legend>Was the contact avoidable (NI14)?</legend>
        <FieldError id={`${fieldId('avoidable')}-error`} message={errorOf('avoidable')} />
        <label>
          <input type="radio" id={fieldId('avoidable')} name={`${id}-avoidable`} checked={d.avoidable === 'no'} onChange={() => set({ avoidable: 'no' })} /> No
        </label>
        <label>
          <input type="radio" name={`${id}-avoidable`} checked={d.avoidable === 'yes'} onChange={() => set({ avoidable: 'yes' })} /> Yes
        </label>
        {d.avoidable === 'yes' && (
          <>
            <div className="field">
              <label htmlFor={fieldId('reason')}>Why was it avoidable?</label>
              <FieldError id={`${fieldId('reason')}-error`} message={errorOf('reason')} />
              <select id={fieldId('reason')} value={d.reasonId} onChange={(e) => set({ reasonId: e.target.value })} {...invalid('reason')}>
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
              <input id={`${id}-avoidable-note`} value={d.avoidableNote} onChange={(e) => set({ avoidableNote: cleanText(e.target.value) })} maxLength={500} />
            </div>
          </>
        )}
      </fieldset>
      <RemarkFieldset
        kind="complaint"
        idBase={`${id}-complaint`}
        selectId={fieldId('directorate')}
        checked={d.complaint}
        directorate={d.directorate}
        summary={d.summary}
        directorates={config.directorates}
        error={errorOf('directorate')}
        onChange={(p) => set({ complaint: p.checked ?? d.complaint, directorate: p.directorate ?? d.directorate, summary: p.summary ?? d.summary })}
      />
      <RemarkFieldset
        kind="compliment"
        idBase={`${id}-compliment`}
        selectId={fieldId('complimentDirectorate')}
        checked={d.compliment}
        directorate={d.complimentDirectorate}
        summary={d.complimentSummary}
        directorates={config.directorates}
        error={errorOf('complimentDirectorate')}
        onChange={(p) =>
          set({
            compliment: p.checked ?? d.compliment,
            complimentDirectorate: p.directorate ?? d.complimentDirectorate,
            complimentSummary: p.summary ?? d.complimentSummary,
          })
        }
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea id={`${id}-note`} value={d.note} onChange={(e) => set({ note: cleanText(e.target.value) })} maxLength={2000} rows={2} />
      </div>
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
