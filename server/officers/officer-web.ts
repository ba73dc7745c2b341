import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { periodName, periodOf } from '../../shared/calendar/periods';
import { londonDay } from '../../shared/calendar/london';
import { REPORT_FORMATS, ReportQueryFields } from '../../shared/sync/wire';
import type { Database } from '../db/adapter';
import { loginPage, reportPage, STYLE } from './officer-page';
import { PLANNER_WEEKS, plannerPage } from './planner-page';
import { sitePlan } from '../reports/planner';
import { planCsv } from '../../shared/planner/plan-csv';
import { logIn, logOut, officerOfSession, readableSites, SESSION_MS } from './officers';
import { judgedBy, loadReport, namesFor, reportCsvOf, reportOf, returnCsvOf } from '../reports/reports';

/**
 * The performance officer's pages: log in, pick sites, period and
 * breakdown, read the report, download it and the two returns. A session
 * cookie (HttpOnly, SameSite=Strict, 8 hours), never a device token; no
 * route here writes anything but the officer's own session.
 */
const COOKIE = 'oss_officer';
const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on the page's own form
  // POSTs, and the login could not tell its own form from another site's. Nothing leaks to another site.
  'referrer-policy': 'same-origin',
};

const Login = z.object({ username: z.string().trim().min(1).max(40), password: z.string().min(1).max(200) }).strict();
const asList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));
/**
 * The officer's report form: the API's report fields (shared/sync/wire.ts), as a browser's form
 * sends them: every field may be left out (the page then shows this month), the sites ticked come
 * as one value or several, "no breakdown" is an empty choice, and there is no JSON (the page is the view).
 */
const OfficerReportForm = ReportQueryFields.pick({ from: true, to: true })
  .partial()
  .extend({
    sites: asList.pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/)).max(100)).optional(),
    by: z.union([ReportQueryFields.shape.by.unwrap(), z.literal('')]).optional(),
    format: z.enum(REPORT_FORMATS).exclude(['json']).optional(),
  })
  .strict();

/** The planner's form: a site (none yet: the empty form), the weeks of history and the shrinkage, or its CSV. */
const PlannerQuery = z
  .object({
    site: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
      .optional(),
    weeks: z
      .enum(PLANNER_WEEKS.map(String) as [string, ...string[]])
      .default('8')
      .transform(Number),
    // An empty field is "the site's configured share", not 0.
    shrinkage: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : Number(v)))
      .pipe(z.number().min(0).max(90).optional()),
    format: z.literal('csv').optional(),
  })
  .strict();

function cookieOf(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

const FOREIGN_FORM = 'That form came from another site, so it was not acted on. Log in from this page.';

/**
 * A login or log-out form must come from the officer page itself: a browser says where a POST
 * comes from (Origin, or failing that Referer), and a page on another site must not log an
 * officer in or out (login CSRF). A request that says neither (not a browser) is let through.
 */
function sameOrigin(req: FastifyRequest): boolean {
  const from = req.headers.origin ?? req.headers.referer;
  if (from === undefined) return true;
  try {
    // Both through URL, so a default port written out (:80, :443) compares equal to one left out.
    return new URL(from).host === new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    return false; // "null" (a sandboxed page, a redirect) or nonsense
  }
}

const html = (reply: FastifyReply, status: number, body: string) => reply.status(status).headers(HEADERS).type('text/html; charset=utf-8').send(body);

export function officerWeb(app: FastifyInstance, db: Database, now: () => number): void {
  void app.register(async (web) => {
    web.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 10_000 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    web.get('/officer/style.css', async (_req, reply) => reply.headers(HEADERS).type('text/css; charset=utf-8').send(STYLE));

    web.post('/officer/login', async (req, reply) => {
      if (!sameOrigin(req)) return html(reply, 403, loginPage(FOREIGN_FORM));
      const form = Login.safeParse(req.body);
      if (!form.success) return html(reply, 400, loginPage('Give your name and password.'));
      const r = await logIn(db, form.data.username, form.data.password, req.ip, now());
      if (!r.ok) return html(reply, 401, loginPage(r.error.message));
      const secure = req.headers['x-forwarded-proto'] === 'https' || req.protocol === 'https' ? '; Secure' : '';
      return reply
        .status(303)
        .headers(HEADERS)
        .header('set-cookie', `${COOKIE}=${r.value.session}; Path=/officer; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure}`)
        .header('location', '/officer')
        .send();
    });

    web.post('/officer/logout', async (req, reply) => {
      if (!sameOrigin(req)) return html(reply, 403, loginPage(FOREIGN_FORM));
      await logOut(db, cookieOf(req));
      return reply
        .status(303)
        .headers(HEADERS)
        .header('set-cookie', `${COOKIE}=; Path=/officer; HttpOnly; SameSite=Strict; Max-Age=0`)
        .header('location', '/officer')
        .send();
    });

    // The page (no format) and the files (format=…): the same query, the same figures.
    const report = async (req: FastifyRequest, reply: FastifyReply) => {
      const officer = await officerOfSession(db, cookieOf(req), now());
      if (!officer) return html(reply, 401, loginPage());
      const q = OfficerReportForm.safeParse(req.query);
      const today = londonDay(now());
      const month = periodOf('month', today);
      // One read of the sites: the ones this officer may tick, and whether those ticked are among them.
      const sites = await readableSites(db, officer, q.success ? (q.data.sites ?? []) : []);
      const allowed = sites.allowed;
      if (!q.success)
        return html(
          reply,
          400,
          reportPage(
            officer.username,
            { sites: [], allowed, from: month.from, to: today, by: '' },
            null,
            'That report cannot be made: check the dates and the breakdown.',
          ),
        );
      const form = { sites: q.data.sites ?? [], allowed, from: q.data.from ?? month.from, to: q.data.to ?? today, by: q.data.by ?? '' };
      if (!sites.sites.ok) return html(reply, 403, reportPage(officer.username, form, null, sites.sites.error.message));
      if (form.from > form.to) return html(reply, 400, reportPage(officer.username, form, null, 'The period’s first day is after its last.'));
      if (!q.data.from && !q.data.format) return html(reply, 200, reportPage(officer.username, form, null));
      const loaded = await loadReport(db, {
        siteIds: sites.sites.value,
        from: form.from,
        to: form.to,
        by: q.data.format && q.data.format !== 'csv' ? null : form.by || null,
        asOf: now(),
      });
      const name = `${form.sites.length ? form.sites.join('-') : 'all-sites'}-${periodName(form.from, form.to)
        .replace('..', '-to-')
        .replace(/[^A-Za-z0-9-]+/g, '-')}`;
      const file = (kind: string, text: string) =>
        reply.headers(HEADERS).type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}-${kind}.csv"`).send(text);
      if (q.data.format === 'csv') return file('report', reportCsvOf(loaded));
      if (q.data.format) return file(q.data.format, returnCsvOf(q.data.format, loaded));
      return html(reply, 200, reportPage(officer.username, form, { report: reportOf(loaded), names: namesFor(loaded), judged: judgedBy(loaded) }));
    };
    web.get('/officer', report);
    web.get('/officer/report', report);

    // The staffing planner for one site: the page, or the plan as CSV.
    web.get('/officer/planner', async (req, reply) => {
      const officer = await officerOfSession(db, cookieOf(req), now());
      if (!officer) return html(reply, 401, loginPage());
      const q = PlannerQuery.safeParse(req.query);
      const asked = q.success && q.data.site ? [q.data.site] : [];
      const sites = await readableSites(db, officer, asked);
      const form = {
        site: asked[0] ?? sites.allowed[0] ?? '',
        allowed: sites.allowed,
        weeks: q.success ? q.data.weeks : 8,
        shrinkage: q.success ? q.data.shrinkage : undefined,
      };
      if (!q.success)
        return html(
          reply,
          400,
          plannerPage(officer.username, form, null, 'That plan cannot be made: choose a site, 8, 10 or 12 weeks and a share from 0 to 90.'),
        );
      if (!sites.sites.ok) return html(reply, 403, plannerPage(officer.username, form, null, sites.sites.error.message));
      if (!q.data.site) return html(reply, 200, plannerPage(officer.username, form, null));
      const plan = await sitePlan(db, q.data.site, londonDay(now()), q.data.weeks, q.data.shrinkage);
      if (q.data.format === 'csv')
        return reply
          .headers(HEADERS)
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${q.data.site}-staffing-plan-${londonDay(now())}.csv"`)
          .send(planCsv(plan.plan));
      return html(reply, 200, plannerPage(officer.username, form, plan));
    });
  });
}
