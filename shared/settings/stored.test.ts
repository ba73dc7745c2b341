import { describe, expect, it } from 'vitest';
import { applySettingsPatch, readStoredSettings } from './stored';
import { defaultSettings } from './schema';

const ID = '33333333-3333-4333-8333-333333333333';

describe('readStoredSettings', () => {
  it('gives a new PC the defaults, with nothing of the site’s configuration to carry over', () => {
    const { settings, repaired, changed } = readStoredSettings(undefined, ID);
    expect(settings).toEqual(defaultSettings(ID));
    expect(settings.carriedOver).toBeNull();
    expect(repaired).toEqual([]);
    expect(changed).toBe(true);
  });

  it('starts a new install in practice mode, and counts a PC whose settings predate the set-up as live', () => {
    expect(readStoredSettings(undefined, ID).settings.mode).toBe('practice');
    const { mode: _mode, ...older } = { ...defaultSettings(ID), siteId: 'chorley' };
    const upgraded = readStoredSettings(JSON.parse(JSON.stringify(older)), 'other-id');
    expect([upgraded.settings.mode, upgraded.repaired, upgraded.changed]).toEqual(['live', [], true]);
    // A bad value is a repair like any other: back to the default, and named.
    const bad = readStoredSettings({ ...defaultSettings(ID), mode: 'rehearsal' }, 'other-id');
    expect([bad.settings.mode, bad.repaired]).toEqual(['practice', ['mode']]);
  });

  it('sets aside what a version-1 PC held of the site’s configuration, each value only if valid, to carry it over once', () => {
    const { carriedOver: _c, ...current } = { ...defaultSettings(ID), siteId: 'harrow', role: 'advisor' as const, desk: '2' };
    const v1 = {
      ...current,
      schemaVersion: 1,
      thresholds: { standardMinutes: 15, targetPercent: 85, nearBreachMinutes: 3, clockOffsetWarnSeconds: 60, satisfactionTargetPercent: 150 },
      holidayRegion: 'scotland',
      extraClosedDays: ['2026-12-29'],
      feedbackComments: true,
    };
    const upgraded = readStoredSettings(JSON.parse(JSON.stringify(v1)), 'other-id');
    expect(upgraded.repaired).toEqual([]);
    expect(upgraded.changed).toBe(true);
    expect(upgraded.settings).toMatchObject({ schemaVersion: 2, siteId: 'harrow', desk: '2' });
    // 150% is no target: left out, so the site's own (or the default) stands.
    expect(upgraded.settings.carriedOver).toEqual({
      standardMinutes: 15,
      targetPercent: 85,
      nearBreachMinutes: 3,
      clockOffsetWarnSeconds: 60,
      holidayRegion: 'scotland',
      extraClosedDays: ['2026-12-29'],
      feedbackComments: true,
    });
    expect(upgraded.settings).not.toHaveProperty('thresholds');
    // Version 0 (top-level standard and target) goes through both steps.
    const v0 = readStoredSettings({ siteId: 'chorley', standardMinutes: 12, targetPercent: 75 }, ID);
    expect(v0.settings.carriedOver).toEqual({ standardMinutes: 12, targetPercent: 75 });
    expect(() => applySettingsPatch(defaultSettings(ID), { role: 'feedback', desk: '4' })).not.toThrow();
  });

  it('leaves current, valid settings untouched', () => {
    const stored = { ...defaultSettings(ID), siteName: 'Bromsgrove Customer Service Centre' };
    const result = readStoredSettings(JSON.parse(JSON.stringify(stored)), 'other-id');
    expect(result.settings).toEqual(stored);
    expect(result.changed).toBe(false);
  });

  it('reports a file that is not an object at all, and starts from defaults', () => {
    expect(readStoredSettings('garbage', ID).repaired).toEqual(['(whole file)']);
    expect(readStoredSettings([1, 2], ID).settings.siteId).toBe('main-site');
  });

  it('drops unknown keys instead of carrying them forward', () => {
    const { settings } = readStoredSettings({ ...defaultSettings(ID), legacyColour: 'red' }, ID);
    expect(settings).not.toHaveProperty('legacyColour');
  });
});

describe('applySettingsPatch', () => {
  const current = defaultSettings(ID);

  it('changes only what the patch names, and refuses the site’s configuration (it is not the PC’s)', () => {
    const next = applySettingsPatch(current, { deviceName: 'Front desk' });
    expect(next).toEqual({ ...current, deviceName: 'Front desk' });
    expect(() => applySettingsPatch(current, { standardMinutes: 15 })).toThrow(/not a setting/);
  });

  it('throws a readable reason and leaves the current settings as they were', () => {
    const copy = structuredClone(current);
    expect(() => applySettingsPatch(current, { siteId: 'Bad Code', nameRetentionDays: -1 })).toThrow(
      /Site code .*lower-case.*Keep customer names for \(days\) must be at least/,
    );
    expect(current).toEqual(copy);
  });
});
