import { at, must, site } from '../../shared/testing/scenario';
import { appDb } from '../../renderer/src/db/database';
import { mergeRemoteEvents } from '../../renderer/src/db/merge';

/**
 * A morning with every case of docs/measurement.md, seen at 09:30 (at(30)):
 * - C 001 called at 4, served, resolved, avoidable (progress chasing): met
 * - C 002 called at 13 (waited 12), referred, a complaint to Finance: missed
 * - H 001 walked out after 4 minutes: left out (left within the standard)
 * - B 001 cancelled in error: left out (cancelled)
 * - C 003 first called at 14 (waited 9), never came: met (no-show)
 * - H 002 still waiting at 09:30 after 15 minutes: missed (already)
 * - C 004 waiting 5 minutes: left out (pending)
 * So: 2 met of 4 counted (50.0%), 3 not counted; 2 contacts, 1 avoidable, 1 resolved first time.
 * On the feedback screen C 001 answered "Good" and would recommend us; C 002 skipped. C 001 paid
 * Finance a compliment. So: satisfied 100.0% (1 of 1), recommend 100.0% (1 of 1), answered 50.0% (1 of 2).
 */
export async function seedKnownMorning() {
  const s = site();
  const c1 = s.issue(0);
  const c2 = s.issue(1);
  const h1 = s.issue(2, 'housing');
  const b1 = s.issue(3, 'benefits');
  const c3 = s.issue(5);
  s.call(4, c1, '1');
  s.serve(4, c1, '1');
  s.left(6, h1);
  s.cancel(5, b1);
  s.finish(9, c1, '1', { avoidable: { reasonId: 'progress-chasing' }, compliment: { directorate: 'Finance' } });
  s.feedback(9.5, c1, { satisfaction: 4, recommend: 'yes' });
  s.call(13, c2, '1');
  s.serve(13, c2, '1');
  s.call(14, c3, '2');
  s.noShow(17, c3, '2');
  s.issue(15, 'housing');
  s.finish(20, c2, '1', { outcome: 'referred', complaint: { directorate: 'Finance' } });
  s.feedback(20.5, c2, 'skipped');
  s.issue(25);
  must(s.pc.desk(at(21), { type: 'pause', desk: '3', reason: 'Training' }));
  await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...s.pc.log.values()])));
  return s;
}

/** Hands what the morning's PC did since to this PC, as sync would. */
export async function syncKnownMorning(s: Awaited<ReturnType<typeof seedKnownMorning>>): Promise<void> {
  await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...s.pc.log.values()])));
}
