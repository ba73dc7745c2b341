import { use } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { RouteId } from '../shell/routes';

/**
 * Each screen is its own chunk, fetched when its route is first shown or when `preloadScreens`
 * asks: a calling display or a feedback tablet loads its own screen and never the reports, the
 * planner and their charts (`npm run bench -- bundle`). A screen not yet fetched suspends; the app
 * says "Loading…" until it is there (App.tsx), so the page never shows a heading with no screen
 * under it. Once fetched, a screen renders at once, without a moment of "Loading…".
 */
interface LazyScreen {
  render: () => ReactNode;
  preload: () => Promise<unknown>;
}

function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyScreen {
  let fetching: Promise<ComponentType> | undefined;
  const preload = (): Promise<ComponentType> => {
    if (fetching) return fetching;
    const started: Promise<ComponentType> = load().then(
      // Marked settled as React marks the promises it tracks (`status`, `value`), so `use` reads a
      // screen fetched in the background at once, with no moment of "Loading…".
      (m) => Object.assign(started, { status: 'fulfilled' as const, value: m[name] }).value,
      // A failed fetch (an app file missing or unreadable) is tried again next time, not kept as failed.
      (e: unknown) => {
        fetching = undefined;
        throw e;
      },
    );
    return (fetching = started);
  };
  function Screen(): ReactNode {
    const Loaded = use(preload());
    // The same component on every render: one fetch per screen, kept for the life of the page.
    // eslint-disable-next-line react-hooks/static-components
    return <Loaded />;
  }
  return { render: () => <Screen />, preload };
}

const LAZY: Record<RouteId, LazyScreen> = {
  reception: screen(() => import('./reception/ReceptionScreen'), 'ReceptionScreen'),
  queue: screen(() => import('./QueueScreen'), 'QueueScreen'),
  desk: screen(() => import('./desk/DeskScreen'), 'DeskScreen'),
  supervisor: screen(() => import('./supervisor/SupervisorScreen'), 'SupervisorScreen'),
  display: screen(() => import('./display/DisplayScreen'), 'DisplayScreen'),
  feedback: screen(() => import('./feedback/FeedbackScreen'), 'FeedbackScreen'),
  'end-of-day': screen(() => import('./end-of-day/EndOfDayScreen'), 'EndOfDayScreen'),
  reports: screen(() => import('./reports/ReportsScreen'), 'ReportsScreen'),
  planner: screen(() => import('./planner/PlannerScreen'), 'PlannerScreen'),
  settings: screen(() => import('./settings/SettingsScreen'), 'SettingsScreen'),
  setup: screen(() => import('./setup/SetupScreen'), 'SetupScreen'),
};

export const SCREENS: Record<RouteId, () => ReactNode> = Object.fromEntries(Object.entries(LAZY).map(([id, s]) => [id, s.render])) as Record<
  RouteId,
  () => ReactNode
>;

/**
 * Renders its children only once the screen of `route` has been fetched (suspending until then), so
 * a page never shows the staff's heading and navigation with no screen under them yet.
 */
export function WhenScreenFetched({ route, children }: { route: RouteId; children: ReactNode }): ReactNode {
  use(LAZY[route].preload());
  return children;
}

/** Fetches these screens in the background, one after another, so moving to them later is instant. */
export async function preloadScreens(routes: readonly RouteId[]): Promise<void> {
  for (const route of routes) await LAZY[route].preload().catch(() => undefined);
}
