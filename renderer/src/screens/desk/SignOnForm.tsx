import { useState } from 'react';
import { cleanText } from '../../../../shared/events/text';
import type { FormEvent } from 'react';
import type { Skills } from '../../../../shared/events/schema';
import { useDevice } from '../../app/useDevice';
import { useSettings } from '../../app/SettingsContext';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { LANGUAGE_OPTIONS } from '../../../../shared/config/languages';
import { FLAG_NEEDS, hasSkill, withSkill } from '../../../../shared/needs/needs';
import { deskCommand } from '../../data/actions';
import type { DeskState } from '../../../../shared/desks/desk';
import { useSession } from '../../state/session';

/** An advisor signs on at a desk with the services and skills they cover. */
export function SignOnForm({ desks }: { desks: readonly DeskState[] }) {
  const device = useDevice();
  const { settings } = useSettings();
  const setDesk = useSession((s) => s.setDesk);
  const services = device.config.services.filter((s) => s.active);
  const [desk, setDeskInput] = useState(settings.desk ?? '');
  const [chosen, setChosen] = useState<string[]>(services.map((s) => s.id));
  const [skills, setSkills] = useState<Skills>({ bsl: false, accessibleDesk: false, languages: [], interpreterLine: false });
  const [notice, setNotice] = useState<Notice>(null);
  /** The open desk this advisor may take over, once told it is open and by whom. */
  const [occupied, setOccupied] = useState<string | null>(null);

  // The desk is open on this very PC (a window reopened, the PC restarted): signing on carries on
  // at it, with the services and skills chosen here, never a "take over" of the PC's own desk.
  const ownDesk = desks.find((d) => d.desk === desk.trim() && d.status !== 'closed' && d.deviceId === device.deviceId);

  async function signOn(e: FormEvent | null, takeOver = false) {
    e?.preventDefault();
    const name = desk.trim();
    if (!name) return setNotice({ kind: 'error', text: 'Enter the desk number.' });
    const r = await deskCommand(device, { type: 'signOn', desk: name, services: chosen, skills, ...(takeOver || ownDesk ? { takeOver: true } : {}) });
    setOccupied(!r.ok && r.error.code === 'desk-open' ? name : null);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setDesk(name);
  }

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  return (
    <form className="sign-on" onSubmit={(e) => void signOn(e)} noValidate>
      <div className="field">
        <label htmlFor="desk-number">Desk number</label>
        <input id="desk-number" value={desk} maxLength={10} onChange={(e) => setDeskInput(cleanText(e.target.value))} autoFocus />
      </div>
      <fieldset>
        <legend>Services I cover</legend>
        <div className="checks">
          {services.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => setChosen(toggle(chosen, s.id, e.target.checked))} /> {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Skills at this desk</legend>
        <div className="checks">
          {FLAG_NEEDS.map((n) => (
            <label key={n.skill}>
              <input type="checkbox" checked={hasSkill(skills, n)} onChange={(e) => setSkills(withSkill(skills, n, e.target.checked))} /> {n.skillLabel}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={skills.interpreterLine} onChange={(e) => setSkills({ ...skills, interpreterLine: e.target.checked })} /> Telephone
            interpreter line
          </label>
        </div>
        <div className="checks">
          <span className="hint">Languages I speak:</span>
          {LANGUAGE_OPTIONS.map(([code, label]) => (
            <label key={code}>
              <input
                type="checkbox"
                checked={skills.languages.includes(code)}
                onChange={(e) => setSkills({ ...skills, languages: toggle(skills.languages, code, e.target.checked) })}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="primary">
        Sign on
      </button>
      <Message notice={notice} />
      {occupied === desk.trim() && (
        <button type="button" onClick={() => void signOn(null, true)}>
          Take over desk {occupied} with my services and skills
        </button>
      )}
    </form>
  );
}
