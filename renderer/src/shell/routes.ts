import type { Role } from '../../../shared/settings/schema';

/**
 * The app's screens, in navigation order (docs/architecture.md describes
 * each). To add one: add it here with its component in screens/index.tsx;
 * the navigation and the hash route follow.
 */
export const ROUTES = [
  { id: 'reception', title: 'Reception', summary: 'Issue and print tickets for walk-in customers.' },
  { id: 'queue', title: 'Queue', summary: 'Every waiting customer, timed live against the standard.' },
  { id: 'desk', title: 'Desk', summary: 'Sign on, call the next customer, record the outcome.' },
  { id: 'supervisor', title: 'Supervisor', summary: 'Waits live, breaches coming, today’s figures.' },
  { id: 'display', title: 'Calling display', summary: 'The public screen: ticket number and desk.' },
  { id: 'feedback', title: 'Customer feedback', summary: 'Faces the customer at a desk: how was your visit today?' },
  { id: 'end-of-day', title: 'End of day', summary: 'Close the day, send everything, verify it reached the endpoint.' },
  { id: 'reports', title: 'Reports', summary: 'Service level, avoidable contact and first contact resolution.' },
  { id: 'planner', title: 'Staffing planner', summary: 'Desks needed each half hour to meet the standard, from this site’s history.' },
  { id: 'settings', title: 'Settings', summary: 'This PC: site, desk, role, endpoint, printer, standards.' },
  { id: 'setup', title: 'Set up this PC', summary: 'First run: the site, this PC’s name and role, ticket numbering, the endpoint.' },
] as const;

/** Screens in the navigation: the set-up is reached from the practice banner and Settings instead. */
export const NAV_ROUTES = ROUTES.filter((r) => r.id !== 'setup');

/** The screen a PC opens on, by the role set for it. */
export function homeRoute(role: Role): RouteId {
  return ({ greeter: 'reception', advisor: 'desk', supervisor: 'supervisor', display: 'display', feedback: 'feedback' } as const)[role];
}

/** Screens that face the public: full screen, without the staff's navigation or banners. */
export const PUBLIC_ROUTES: readonly RouteId[] = ['display', 'feedback'];

export type RouteId = (typeof ROUTES)[number]['id'];
export const DEFAULT_ROUTE: RouteId = 'reception';

/** Routes that were renamed, so a bookmark or a display PC set up before still opens the right screen. */
const RENAMED: Record<string, RouteId> = { close: 'end-of-day' };

export function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (RENAMED[id]) return RENAMED[id];
  return ROUTES.some((r) => r.id === id) ? (id as RouteId) : DEFAULT_ROUTE;
}

export function hrefFor(id: RouteId): string {
  return `#/${id}`;
}
