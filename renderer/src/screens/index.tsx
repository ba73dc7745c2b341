import type { ReactNode } from 'react';
import type { RouteId } from '../shell/routes';
import { SettingsScreen } from './settings/SettingsScreen';
import { SetupScreen } from './setup/SetupScreen';
import { ReceptionScreen } from './reception/ReceptionScreen';
import { QueueScreen } from './QueueScreen';
import { DeskScreen } from './desk/DeskScreen';
import { DisplayScreen } from './display/DisplayScreen';
import { FeedbackScreen } from './feedback/FeedbackScreen';
import { SupervisorScreen } from './supervisor/SupervisorScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { EndOfDayScreen } from './end-of-day/EndOfDayScreen';
import { PlannerScreen } from './planner/PlannerScreen';

export const SCREENS: Record<RouteId, () => ReactNode> = {
  reception: () => <ReceptionScreen />,
  queue: () => <QueueScreen />,
  desk: () => <DeskScreen />,
  supervisor: () => <SupervisorScreen />,
  display: () => <DisplayScreen />,
  feedback: () => <FeedbackScreen />,
  'end-of-day': () => <EndOfDayScreen />,
  reports: () => <ReportsScreen />,
  planner: () => <PlannerScreen />,
  settings: () => <SettingsScreen />,
  setup: () => <SetupScreen />,
};
