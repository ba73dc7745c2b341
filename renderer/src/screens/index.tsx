import type { ReactNode } from 'react';
import { ROUTES } from '../shell/routes';
import type { RouteId } from '../shell/routes';
import { NotBuiltYet } from './NotBuiltYet';
import { SettingsScreen } from './SettingsScreen';
import { ReceptionScreen } from './ReceptionScreen';
import { QueueScreen } from './QueueScreen';
import { DeskScreen } from './desk/DeskScreen';
import { DisplayScreen } from './DisplayScreen';

const summary = (id: RouteId) => ROUTES.find((r) => r.id === id)?.summary ?? '';
const pending = (id: RouteId, arrivesWith: string) => <NotBuiltYet summary={summary(id)} arrivesWith={arrivesWith} />;

export const SCREENS: Record<RouteId, () => ReactNode> = {
  reception: () => <ReceptionScreen />,
  queue: () => <QueueScreen />,
  desk: () => <DeskScreen />,
  supervisor: () => pending('supervisor', 'the supervisor screen (issue 7)'),
  display: () => <DisplayScreen />,
  reports: () => pending('reports', 'the reports work (issue 7)'),
  settings: () => <SettingsScreen />,
};
