import { LANGUAGE_OPTIONS } from '../../../../shared/config/languages';
import type { Needs } from '../../../../shared/events/schema';
import { cleanText } from '../../../../shared/events/text';
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

/** The customer's needs, each with its number key shown beside it (1 priority, 2 BSL, 3 wheelchair, 4–9 languages). */
export function NeedsFieldset({ needs, priority, name, onNeeds, onPriority, onName }: Props) {
  return (
    <fieldset className="needs">
      <legend>Needs (number keys)</legend>
      <label>
        <input type="checkbox" checked={priority} onChange={(e) => onPriority(e.target.checked)} aria-keyshortcuts="1" /> <Key k="1" /> Priority customer
      </label>
      <label>
        <input type="checkbox" checked={needs.bsl} onChange={(e) => onNeeds({ ...needs, bsl: e.target.checked })} aria-keyshortcuts="2" /> <Key k="2" /> BSL
        interpreter
      </label>
      <label>
        <input type="checkbox" checked={needs.wheelchair} onChange={(e) => onNeeds({ ...needs, wheelchair: e.target.checked })} aria-keyshortcuts="3" />{' '}
        <Key k="3" /> Wheelchair access
      </label>
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
