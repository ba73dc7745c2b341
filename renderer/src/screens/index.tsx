import type { ReactNode } from 'react';
import { ROUTES } from '../shell/routes';
import type { RouteId } from '../shell/routes';
import { NotBuiltYet } from './NotBuiltYet';
import { SettingsScreen } from './SettingsScreen';

const summary = (id: RouteId) => ROUTES.find((r) => r.id === id)?.summary ?? '';
const pending = (id: RouteId, arrivesWith: string) => <NotBuiltYet summary={summary(id)} arrivesWith={arrivesWith} />;

export const SCREENS: Record<RouteId, () => ReactNode> = {
  reception: () => pending('reception', 'the reception and desk work (issue 4)'),
  queue: () => pending('queue', 'the reception and desk work (issue 4)'),
  desk: () => pending('desk', 'the reception and desk work (issue 4)'),
  supervisor: () => pending('supervisor', 'the supervisor screen (issue 7)'),
  display: () => pending('display', 'the reception and desk work (issue 4)'),
  reports: () => pending('reports', 'the reports work (issue 7)'),
  settings: () => <SettingsScreen />,
};
