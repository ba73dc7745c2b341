import { describe, expect, it } from 'vitest';
import { must } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import { carriedOverSite, currentSite, nextVersion, siteOnDay, siteVersions } from './site-history';
import { DEFAULT_SITE_SETTINGS } from './site-settings';

const MARCH_31 = Date.parse('2027-03-31T16:00:00Z');
const APRIL_1 = Date.parse('2027-04-01T07:30:00Z'); // 08:30 in London (summer time)
const FIFTEEN = { ...DEFAULT_SITE_SETTINGS, standardMinutes: 15, targetPercent: 85 };
const TWELVE = { ...DEFAULT_SITE_SETTINGS, standardMinutes: 12 };
const TWENTY = { ...DEFAULT_SITE_SETTINGS, standardMinutes: 20 };

const pc = (n: number) => new SimDevice(`00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`, 'site', { slot: 0, slots: 1 }, undefined, n);

describe('a site’s configuration over time', () => {
  it('numbers the versions in clock order, whatever order they arrive in, each once', () => {
    const a = pc(1);
    const b = pc(2);
    const first = a.configure(MARCH_31, FIFTEEN, 'Supervisor PC', 'M. Reid');
    b.merge(first, MARCH_31);
    const second = b.configure(APRIL_1, TWELVE, 'Front desk');
    const forwards = siteVersions([...first, ...second]);
    const backwards = siteVersions([...second, ...first, ...second]);
    expect(backwards).toEqual(forwards);
    expect(forwards.map((v) => [v.version, v.settings.standardMinutes, v.fromDay, v.changedOn, v.changedBy])).toEqual([
      [1, 15, '2027-03-31', 'Supervisor PC', 'M. Reid'],
      [2, 12, '2027-04-01', 'Front desk', null],
    ]);
    expect(nextVersion(forwards)).toBe(3);
    expect(currentSite(forwards)).toBe(TWELVE);
  });

  it('lets the later clock stand when two PCs save at once, at every PC alike', () => {
    const a = pc(3);
    const b = pc(4);
    const fromA = a.configure(APRIL_1, TWELVE);
    const fromB = b.configure(APRIL_1 + 1, TWENTY);
    expect(currentSite(siteVersions([...fromA, ...fromB])).standardMinutes).toBe(20);
    expect(currentSite(siteVersions([...fromB, ...fromA])).standardMinutes).toBe(20);
    // Both PCs wrote "version 1"; the history counts them 1 and 2.
    expect(siteVersions([...fromB, ...fromA]).map((v) => v.version)).toEqual([1, 2]);
  });

  it('judges a day by the version in force on it: from the day it was saved, and the first for days before any', () => {
    const a = pc(5);
    const versions = siteVersions([...a.configure(MARCH_31, FIFTEEN), ...a.configure(APRIL_1, TWELVE)]);
    expect(siteOnDay(versions, '2027-03-30')).toBe(FIFTEEN);
    expect(siteOnDay(versions, '2027-03-31')).toBe(FIFTEEN);
    expect(siteOnDay(versions, '2027-04-01')).toBe(TWELVE);
    expect(siteOnDay(versions, '2031-01-01')).toBe(TWELVE);
  });

  it('has the defaults, or what an upgraded PC held itself, until a version is saved', () => {
    expect(currentSite([])).toBe(DEFAULT_SITE_SETTINGS);
    expect(siteOnDay([], '2027-04-01')).toBe(DEFAULT_SITE_SETTINGS);
    const held = carriedOverSite({ standardMinutes: 15, holidayRegion: 'scotland' }, null);
    expect(held).toEqual({ ...DEFAULT_SITE_SETTINGS, standardMinutes: 15, holidayRegion: 'scotland' });
    expect(currentSite([], held)).toBe(held);
    expect(siteOnDay([], '2027-04-01', held)).toBe(held);
    expect(carriedOverSite(null, [...DEFAULT_SITE_SETTINGS.services].reverse()).services[0]).toEqual(DEFAULT_SITE_SETTINGS.services.at(-1));
  });
});

describe('the versions, from a log of every kind of event', () => {
  it('reads only the saves, in clock order, whatever order the log is in', () => {
    const a = pc(6);
    const b = pc(7);
    const saved = a.configure(MARCH_31, FIFTEEN);
    must(a.issue(MARCH_31 + 60_000, '2027-03-31', 'housing'));
    const log = [...saved, ...[...a.log.values()].filter((e) => e.type === 'ticket.issued')];
    b.merge(log, MARCH_31);
    log.push(...b.configure(APRIL_1, TWELVE), ...a.configure(APRIL_1 + 60_000, TWENTY));
    const expected = [15, 12, 20];
    const orders = [log, [...log].reverse(), [log[2]!, log[0]!, log[3]!, log[1]!], [log[3]!, log[1]!, log[0]!, log[2]!]];
    for (const order of orders) expect(siteVersions(order).map((v) => [v.version, v.settings.standardMinutes])).toEqual(expected.map((m, i) => [i + 1, m]));
  });

  it('lets the save made after another stand even from a PC whose clock is behind', () => {
    const ahead = pc(9);
    const behind = pc(10);
    const first = ahead.configure(APRIL_1 + 10 * 60_000, TWELVE);
    behind.merge(first, APRIL_1);
    // Its wall clock says 08:31, before the other's 08:40; its clock (HLC) follows what it heard.
    const later = behind.configure(APRIL_1 + 60_000, TWENTY);
    expect(later[0]!.id < first[0]!.id).toBe(true);
    for (const log of [
      [...first, ...later],
      [...later, ...first],
    ])
      expect(siteVersions(log).map((v) => v.settings.standardMinutes)).toEqual([12, 20]);
  });

  it('puts two saves stamped with the same clock in the order of their ids, in either arrival order', () => {
    const [save] = pc(8).configure(APRIL_1, TWELVE);
    const twin = { ...save!, id: save!.id.replace(/.$/, (c) => (c === 'f' ? 'e' : 'f')), payload: { ...save!.payload, settings: TWENTY } } as typeof save &
      object;
    const [low, high] = save!.id < twin.id ? [save!, twin] : [twin, save!];
    expect(siteVersions([high, low]).map((v) => v.eventId)).toEqual([low.id, high.id]);
    expect(siteVersions([low, high]).map((v) => v.eventId)).toEqual([low.id, high.id]);
  });
});
