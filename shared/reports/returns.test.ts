import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { DEFAULT_COMPLAINT_POLICY } from '../figures/contacts';
import { at, site } from '../testing/scenario';
import { workedMorning } from '../testing/worked-morning';
import type { Ticket } from '../tickets/state';
import { namesOf } from './labels';
import { buildReport, reportCsv } from './report';
import { ni14ReturnCsv, serviceLevelReturnCsv } from './returns';

const opts = { asOf: at(600), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
const names = namesOf(DEFAULT_SITE_CONFIG);
const morning = (): Ticket[] => [...workedMorning().pc.tickets.values()];

/** A second site: one Council Tax customer seen at 15 minutes, one priority customer seen at 3. */
function secondSite(): Ticket[] {
  const s = site();
  const late = s.issue(0);
  const priority = s.issue(1, 'council-tax', { priority: true });
  s.call(4, priority, '1');
  s.serve(4, priority, '1');
  s.finish(6, priority, '1', { outcome: 'signposted', avoidable: { reasonId: 'misdirected' } });
  s.call(15, late, '2');
  s.serve(15, late, '2');
  s.finish(20, late, '2');
  return [...s.pc.tickets.values()];
}

const lines = (csv: string) => csv.trimEnd().split('\n');

describe('the quarterly “% seen within the standard” return, against a hand-worked morning', () => {
  it('one site: all services, then each service by name, with counts, left out and nearest-rank waits', () => {
    expect(lines(serviceLevelReturnCsv('Q3 2026/27', [{ siteId: 'chorley', tickets: morning() }], names, opts))).toEqual([
      'quarter,site,service,standard_minutes,target_percent,seen_within_standard,counted,percent_seen_within_standard,meets_target,left_out_cancelled,left_out_timing_inaccurate,left_out_left_within_standard,left_out_unseen_within_standard,left_out_still_waiting,median_wait_min_nearest_rank,p90_wait_min_nearest_rank,priority_standard_minutes,priority_seen_within_standard,priority_counted,priority_percent_seen_within_standard,priority_meets_target',
      'Q3 2026/27,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,chorley,Benefits,10,80,1,1,100,yes,0,0,0,0,0,2,2,,0,0,,',
      'Q3 2026/27,chorley,Council Tax,10,80,2,2,100,yes,0,0,0,0,0,4,6,,0,0,,',
      'Q3 2026/27,chorley,Housing,10,80,1,2,50,no,0,0,0,0,0,8,12,,0,0,,',
    ]);
  });

  it('two sites: each, then all sites together', () => {
    const csv = lines(serviceLevelReturnCsv('Q3 2026/27', [{ siteId: 'leyland', tickets: secondSite() }, { siteId: 'chorley', tickets: morning() }], names, opts));
    expect(csv.filter((l) => l.includes('All services'))).toEqual([
      'Q3 2026/27,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,leyland,All services,10,80,1,2,50,no,0,0,0,0,0,3,15,5,1,1,100,yes',
      'Q3 2026/27,All sites,All services,10,80,5,7,71.4,no,0,0,0,0,0,6,15,5,1,1,100,yes',
    ]);
  });
});

describe('the monthly NI14 return', () => {
  it('gives avoidable over completed contacts, in all and for every category, zeros included', () => {
    expect(lines(ni14ReturnCsv('2026-11', [{ siteId: 'chorley', tickets: morning() }], DEFAULT_SITE_CONFIG.ni14Reasons, names, opts))).toEqual([
      'month,site,category,avoidable_contacts,completed_contacts,avoidable_percent',
      '2026-11,chorley,All avoidable contact,2,5,40',
      '2026-11,chorley,Progress chasing,1,5,20',
      '2026-11,chorley,"Seeking clarification (unclear letter, form or web page)",1,5,20',
      '2026-11,chorley,Repeat contact (not resolved last time),0,5,0',
      '2026-11,chorley,Wrong place or misdirected,0,5,0',
      '2026-11,chorley,Could have been done online / information available elsewhere,0,5,0',
      '2026-11,chorley,Premature (before the promised time),0,5,0',
      '2026-11,chorley,Other,0,5,0',
    ]);
  });

  it('across two sites adds a council row per category', () => {
    const csv = lines(ni14ReturnCsv('2026-11', [{ siteId: 'chorley', tickets: morning() }, { siteId: 'leyland', tickets: secondSite() }], DEFAULT_SITE_CONFIG.ni14Reasons, names, opts));
    expect(csv.filter((l) => l.includes('All avoidable') || l.includes('misdirected'))).toEqual([
      '2026-11,chorley,All avoidable contact,2,5,40',
      '2026-11,chorley,Wrong place or misdirected,0,5,0',
      '2026-11,leyland,All avoidable contact,1,2,50',
      '2026-11,leyland,Wrong place or misdirected,1,2,50',
      '2026-11,All sites,All avoidable contact,3,7,42.9',
      '2026-11,All sites,Wrong place or misdirected,1,7,14.3',
    ]);
  });

  it('keeps a category no longer configured, by its id, rather than dropping its contacts', () => {
    const csv = lines(ni14ReturnCsv('2026-11', [{ siteId: 'chorley', tickets: morning() }], DEFAULT_SITE_CONFIG.ni14Reasons.slice(1), names, opts));
    expect(csv.at(-1)).toBe('2026-11,chorley,Progress chasing,1,5,20');
    expect(csv).toHaveLength(9);
  });
});

describe('the report CSV', () => {
  it('names services, says the method of median and p90, and carries NI14 by reason, outcomes and complaints by directorate', () => {
    const report = buildReport(morning(), { from: '2026-11-23', to: '2026-11-23', by: 'service', ...opts });
    const csv = lines(reportCsv(report, names));
    expect(csv[0]).toBe(
      'slice,key,name,tickets,met,missed,counted,service_level_percent,target_percent,meets_target,left_out_cancelled,left_out_timing_inaccurate,left_out_left_within_standard,left_out_unseen_within_standard,left_out_still_waiting,median_wait_min_nearest_rank,p90_wait_min_nearest_rank,transfer_waits,open_transfer_waits_at_close,completed,avoidable,avoidable_percent,resolved_first_contact,first_contact_percent,complaints,count,compliments,feedback_responses,feedback_skipped,response_rate_percent,satisfaction_answers,satisfied,satisfaction_percent,satisfaction_target_percent,satisfaction_meets_target,recommend_answers,would_recommend,recommend_percent,satisfaction_within_standard_answers,satisfaction_within_standard_percent,satisfaction_past_standard_answers,satisfaction_past_standard_percent,satisfaction_within_standard_satisfied,satisfaction_past_standard_satisfied,mean_wait_min,longest_wait_min,priority_met,priority_missed,priority_counted,priority_service_level_percent,priority_meets_target',
    );
    expect(csv.slice(1)).toEqual([
      'total,2026-11-23..2026-11-23,All,5,4,1,5,80,80,yes,0,0,0,0,0,6,12,0,0,5,2,40,3,60,1,,0,0,0,0,0,0,,80,,0,0,,0,,0,,0,0,6.4,12,0,0,0,,',
      'service,benefits,Benefits,1,1,0,1,100,80,yes,0,0,0,0,0,2,2,0,0,1,0,0,1,100,0,,0,0,0,0,0,0,,80,,0,0,,0,,0,,0,0,2,2,0,0,0,,',
      'service,council-tax,Council Tax,2,2,0,2,100,80,yes,0,0,0,0,0,4,6,0,0,2,1,50,2,100,0,,0,0,0,0,0,0,,80,,0,0,,0,,0,,0,0,5,6,0,0,0,,',
      'service,housing,Housing,2,1,1,2,50,80,no,0,0,0,0,0,8,12,0,0,2,1,50,0,0,1,,0,0,0,0,0,0,,80,,0,0,,0,,0,,0,0,10,12,0,0,0,,',
      'ni14_reason,clarification,"Seeking clarification (unclear letter, form or web page)",,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,,,,',
      'ni14_reason,progress-chasing,Progress chasing,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,,,,',
      'outcome,resolved,Resolved at first point of contact,,,,,,,,,,,,,,,,,,,,,,,3,,,,,,,,,,,,,,,,,,,,,,,,,',
      'outcome,referred,Referred to back office,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,,,,',
      'outcome,appointment,Appointment booked,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,,,,',
      'outcome,signposted,Signposted to another organisation,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'outcome,unresolved,Unable to resolve,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'complaints_by_directorate,Housing,Housing,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,,,,,,,',
      'satisfaction_score,1,Very dissatisfied,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'satisfaction_score,2,Dissatisfied,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'satisfaction_score,3,Neither satisfied nor dissatisfied,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'satisfaction_score,4,Satisfied,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
      'satisfaction_score,5,Very satisfied,,,,,,,,,,,,,,,,,,,,,,,0,,,,,,,,,,,,,,,,,,,,,,,,,',
    ]);
    for (const line of csv) expect(line.match(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g)).toHaveLength(50);
  });
});

describe('the headline and the priority figure, never mixed under one label', () => {
  /** A priority customer seen at 7:00 (their standard 5:00) and an ordinary one at 9:00: both within 10 minutes. */
  function bothWithinTen(): Ticket[] {
    const s = site();
    const priority = s.issue(0, 'council-tax', { priority: true });
    const ordinary = s.issue(0, 'council-tax');
    s.call(7, priority, '1');
    s.serve(7, priority, '1');
    s.finish(8, priority, '1');
    s.call(9, ordinary, '2');
    s.serve(9, ordinary, '2');
    s.finish(10, ordinary, '2');
    return [s.ticket(priority), s.ticket(ordinary)];
  }

  it('the return: "seen within 10 minutes" is 2 of 2; priority customers within their own 5 minutes is 0 of 1, in its own columns', () => {
    const [header, all, councilTax] = lines(serviceLevelReturnCsv('Q3 2026/27', [{ siteId: 'chorley', tickets: bothWithinTen() }], names, opts));
    const cols = header!.split(',');
    for (const row of [all!, councilTax!]) {
      const cell = (c: string) => row.split(',')[cols.indexOf(c)];
      expect([cell('standard_minutes'), cell('seen_within_standard'), cell('counted'), cell('percent_seen_within_standard'), cell('meets_target')]).toEqual(['10', '2', '2', '100', 'yes']);
      expect([cell('priority_standard_minutes'), cell('priority_seen_within_standard'), cell('priority_counted'), cell('priority_percent_seen_within_standard'), cell('priority_meets_target')]).toEqual(['5', '0', '1', '0', 'no']);
    }
  });

  it('the report CSV and the figures say the same', () => {
    const report = buildReport(bothWithinTen(), { from: '2026-11-23', to: '2026-11-23', by: null, ...opts });
    expect([report.total.serviceLevel.met, report.total.serviceLevel.counted]).toEqual([2, 2]);
    expect([report.total.priorityServiceLevel.met, report.total.priorityServiceLevel.missed]).toEqual([0, 1]);
    const [header, total] = lines(reportCsv(report, names));
    const cell = (c: string) => total!.split(',')[header!.split(',').indexOf(c)];
    expect([cell('met'), cell('counted'), cell('service_level_percent')]).toEqual(['2', '2', '100']);
    expect([cell('priority_met'), cell('priority_missed'), cell('priority_counted'), cell('priority_service_level_percent'), cell('priority_meets_target')]).toEqual(['0', '1', '1', '0', 'no']);
  });
});

describe('a percentage beside its verdict in the files a council files', () => {
  it('prints 323 of 404 against 80% as 79.9 beside "no", in the return and the report CSV', () => {
    const s = site();
    const tickets: Ticket[] = [];
    for (let i = 0; i < 404; i++) {
      const t = s.issue(i * 0.01);
      const wait = i < 323 ? 2 : 12;
      s.call(i * 0.01 + wait, t, '1', 'test order');
      s.serve(i * 0.01 + wait, t, '1');
      s.finish(i * 0.01 + wait, t, '1');
      tickets.push(t);
    }
    const all = tickets.map((t) => s.ticket(t));
    const row = serviceLevelReturnCsv('Q3 2026/27', [{ siteId: 'chorley', tickets: all }], names, opts).split('\n')[1]!.split(',');
    expect(row.slice(4, 9)).toEqual(['80', '323', '404', '79.9', 'no']);
    const csv = reportCsv(buildReport(all, { from: '2026-11-23', to: '2026-11-23', by: null, ...opts }), names).split('\n');
    const cols = csv[0]!.split(',');
    const total = csv[1]!.split(',');
    expect([total[cols.indexOf('service_level_percent')], total[cols.indexOf('meets_target')]]).toEqual(['79.9', 'no']);
  });
});

describe('the returns, whatever order the sites and the reasons come in', () => {
  it('lists sites by code then all of them together, says "mixed" where the standard changed and leaves an empty site’s percent and verdict blank', () => {
    const ten = morning();
    const s = site({ ...DEFAULT_SITE_CONFIG, services: DEFAULT_SITE_CONFIG.services.map((x) => ({ ...x, standardMinutes: 15 })) });
    const t = s.issue(0, 'benefits');
    s.call(3, t, '1');
    s.serve(3, t, '1');
    s.finish(5, t, '1');
    const csv = lines(
      serviceLevelReturnCsv(
        'Q3 2026/27',
        [
          { siteId: 'leyland', tickets: [s.ticket(t)] },
          { siteId: 'euxton', tickets: [] },
          { siteId: 'chorley', tickets: ten },
        ],
        names,
        opts,
      ),
    ).filter((l) => l.includes(',All services,') || l.includes(',Benefits,'));
    expect(csv).toEqual([
      'Q3 2026/27,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,chorley,Benefits,10,80,1,1,100,yes,0,0,0,0,0,2,2,,0,0,,',
      'Q3 2026/27,euxton,All services,,80,0,0,,,0,0,0,0,0,,,,0,0,,',
      'Q3 2026/27,leyland,All services,15,80,1,1,100,yes,0,0,0,0,0,3,3,,0,0,,',
      'Q3 2026/27,leyland,Benefits,15,80,1,1,100,yes,0,0,0,0,0,3,3,,0,0,,',
      'Q3 2026/27,All sites,All services,mixed,80,5,6,83.3,yes,0,0,0,0,0,4,12,,0,0,,',
      'Q3 2026/27,All sites,Benefits,mixed,80,2,2,100,yes,0,0,0,0,0,2,3,,0,0,,',
    ]);
  });

  it('keeps an NI14 reason no longer configured, after the configured ones, by its id', () => {
    // Recorded while the site still had two more reasons; the return is made after they were removed.
    const before = [...DEFAULT_SITE_CONFIG.ni14Reasons, { id: 'zz-old-reason', label: 'Old Z', needsNote: false }, { id: 'aa-old-reason', label: 'Old A', needsNote: false }];
    const s = site({ ...DEFAULT_SITE_CONFIG, ni14Reasons: before });
    for (const [m, reasonId] of [
      [0, 'zz-old-reason'],
      [1, 'aa-old-reason'],
      [2, 'progress-chasing'],
    ] as const) {
      const t = s.issue(m);
      s.call(m + 1, t, '1');
      s.serve(m + 1, t, '1');
      s.finish(m + 1, t, '1', { avoidable: { reasonId } });
    }
    const csv = lines(ni14ReturnCsv('2026-11', [{ siteId: 'chorley', tickets: [...s.pc.tickets.values()] }], DEFAULT_SITE_CONFIG.ni14Reasons, names, opts));
    expect(csv.slice(-2)).toEqual(['2026-11,chorley,aa-old-reason,1,3,33.3', '2026-11,chorley,zz-old-reason,1,3,33.3']);
    expect(csv).toContain('2026-11,chorley,Progress chasing,1,3,33.3');
  });

  it('lists complaints and compliments by directorate in name order, whatever order they were raised in', () => {
    const s = site();
    for (const [m, d] of [
      [0, 'Housing'],
      [1, 'Finance'],
    ] as const) {
      const t = s.issue(m);
      s.call(m + 1, t, '1');
      s.serve(m + 1, t, '1');
      s.finish(m + 1, t, '1', { complaint: { directorate: d, summary: 'x' }, compliment: { directorate: d } });
    }
    const csv = lines(reportCsv(buildReport([...s.pc.tickets.values()], { from: '2026-11-23', to: '2026-11-23', by: null, ...opts }), names));
    expect(csv.filter((l) => l.startsWith('complaints_by_directorate,')).map((l) => l.split(',')[1])).toEqual(['Finance', 'Housing']);
    expect(csv.filter((l) => l.startsWith('compliments_by_directorate,')).map((l) => l.split(',')[1])).toEqual(['Finance', 'Housing']);
    const [header, total] = lines(reportCsv(buildReport([], { from: '2026-11-23', to: '2026-11-23', by: null, ...opts }), names));
    const empty = total!.split(',');
    expect(empty.slice(3, 10)).toEqual(['0', '0', '0', '0', '', '80', '']);
    expect(empty[header!.split(',').indexOf('satisfaction_meets_target')]).toBe('');
    const happy = site();
    const h = happy.issue(0);
    happy.call(1, h, '1');
    happy.serve(1, h, '1');
    happy.finish(2, h, '1');
    happy.feedback(2.5, h, { satisfaction: 5, recommend: 'yes' });
    const [, met] = lines(reportCsv(buildReport([happy.ticket(h)], { from: '2026-11-23', to: '2026-11-23', by: null, ...opts }), names));
    expect(met!.split(',')[header!.split(',').indexOf('satisfaction_meets_target')]).toBe('yes');
  });
});
