import { LANGUAGE_OPTIONS } from '../../../../shared/config/languages';
import type { Needs } from '../../../../shared/events/schema';
import { cleanText } from '../../../../shared/events/text';
import { FLAG_NEEDS, PRIORITY_KEY, hasNeed, withNeed } from '../../../../shared/needs/needs';
import { languageKey } from './greeter-keys';

interface Props {
  needs: Needs;
  priority: boolean;
  name: string;
  onNeeds: (needs: Needs) => void;
  onPriority: (priority: boolean) => void;
  onName: (name: string) => void;
}

const Key = ({ k }: { k: string }) => (
  <kbd className="key-hint" aria-hidden="true">
    {k}
  </kbd>
);

/** The customer's needs, each with its number key shown beside it (greeter-keys.ts). */
export function NeedsFieldset({ needs, priority, name, onNeeds, onPriority, onName }: Props) {
  return (
    <fieldset className="needs">
      <legend>Needs (number keys)</legend>
      <label>
        <input type="checkbox" checked={priority} onChange={(e) => onPriority(e.target.checked)} aria-keyshortcuts={PRIORITY_KEY} /> <Key k={PRIORITY_KEY} />{' '}
        Priority customer
      </label>
      {FLAG_NEEDS.map((n) => (
        <label key={n.need}>
          <input type="checkbox" checked={hasNeed(needs, n)} onChange={(e) => onNeeds(withNeed(needs, n, e.target.checked))} aria-keyshortcuts={n.greeterKey} />{' '}
          <Key k={n.greeterKey} /> {n.label}
        </label>
      ))}
      <label>
        Interpreter language{' '}
        <select value={needs.language ?? ''} onChange={(e) => onNeeds({ ...needs, language: e.target.value || null })}>
          <option value="">None</option>
          {LANGUAGE_OPTIONS.map(([code, label]) => {
            const key = languageKey(code);
            return (
              <option key={code} value={code}>
                {key ? `${label} (key ${key})` : label}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        Name (optional) <input type="text" value={name} maxLength={80} autoComplete="off" onChange={(e) => onName(cleanText(e.target.value))} />
      </label>
    </fieldset>
  );
}
