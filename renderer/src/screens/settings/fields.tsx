import { useId } from 'react';
import type { ReactNode } from 'react';

/** Labelled form fields: every input has a visible label, and its hint is read out with it (aria-describedby). */
export function Field(props: { label: string; value: string; onChange: (v: string) => void; hint?: string; type?: 'text' | 'number' }) {
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

export function SelectField(props: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
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
