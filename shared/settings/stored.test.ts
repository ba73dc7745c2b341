import { describe, expect, it } from 'vitest';
import { applySettingsPatch, readStoredSettings } from './stored';
import { defaultSettings } from './schema';

const ID = '33333333-3333-4333-8333-333333333333';

describe('readStoredSettings', () => {
  it('gives the seeds’ defaults to a new PC: 10 minutes, 80%', () => {
    const { settings, repaired, changed } = readStoredSettings(undefined, ID);
    expect(settings).toEqual(defaultSettings(ID));
    expect(settings.thresholds.standardMinutes).toBe(10);
    expect(settings.thresholds.targetPercent).toBe(80);
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

  it('gives a PC saved before feedback screens existed the satisfaction target and no comment box, and repairs a target out of range', () => {
    const { feedbackComments: _c, ...before } = { ...defaultSettings(ID), siteId: 'chorley', role: 'advisor' as const, desk: '2' };
    const { satisfactionTargetPercent: _t, ...oldThresholds } = before.thresholds;
    const upgraded = readStoredSettings(JSON.parse(JSON.stringify({ ...before, thresholds: { ...oldThresholds, targetPercent: 90 } })), 'other-id');
    expect(upgraded.repaired).toEqual([]);
    expect(upgraded.settings).toMatchObject({ feedbackComments: false, desk: '2', thresholds: { targetPercent: 90, satisfactionTargetPercent: 80 } });
    const bad = readStoredSettings({ ...defaultSettings(ID), thresholds: { ...defaultSettings(ID).thresholds, satisfactionTargetPercent: 150 } }, 'other-id');
    expect([bad.settings.thresholds.satisfactionTargetPercent, bad.repaired]).toEqual([80, ['thresholds.satisfactionTargetPercent']]);
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

  it('merges thresholds rather than replacing them', () => {
    const next = applySettingsPatch(current, { thresholds: { standardMinutes: 15 } });
    expect(next.thresholds).toEqual({ ...current.thresholds, standardMinutes: 15 });
  });

  it('throws a readable reason and leaves the current settings as they were', () => {
    const copy = structuredClone(current);
    expect(() => applySettingsPatch(current, { siteId: 'Bad Code', nameRetentionDays: -1 })).toThrow(
      /Site code .*lower-case.*Keep customer names for \(days\) must be at least/,
    );
    expect(current).toEqual(copy);
  });
});
