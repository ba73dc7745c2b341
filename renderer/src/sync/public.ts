/**
 * What screens, components and the shell may use of sync/: lint allows them no other module of this
 * folder (eslint.config.js). Screens read and write the database through data/; sending to the
 * endpoint, proving a day arrived whole and checking this PC's enrolment are sync's, and reach the
 * screens only through here. To give a screen something new of sync, export it here.
 */
export { useEndpoint } from './useEndpoint';
export { verifyDayOnThisPc } from './day-check';
export type { DayCheck } from './day-check';
export { checkThisPcEnrolment } from './enrolment';
export { SyncStatusBar } from './SyncStatusBar';
