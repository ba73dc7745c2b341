import type { ReceptionDb } from '../db/database';
import { appDb } from '../db/database';
import * as commands from '../db/commands';
import * as calling from '../db/call-next';
import { clearPracticeRecords } from '../db/practice';

export type { ClaimCall } from '../db/call-next';

/**
 * The write path as screens see it: the commands of db/commands.ts (one
 * transaction each, event and projection together) bound to this PC's
 * database, with the same names and the database argument left out.
 * Tests call db/commands.ts with a database of their own.
 */
const onThisPc =
  <A extends unknown[], R>(command: (db: ReceptionDb, ...args: A) => R) =>
  (...args: A): R =>
    command(appDb(), ...args);

export const issueTicket = onThisPc(commands.issueTicket);
export const callNext = onThisPc(calling.callNext);
export const ticketCommand = onThisPc(commands.ticketCommand);
export const deskCommand = onThisPc(commands.deskCommand);
export const giveFeedback = onThisPc(commands.giveFeedback);
export const closeDay = onThisPc(commands.closeDay);
export const reopenDay = onThisPc(commands.reopenDay);
export const saveSiteConfig = onThisPc(commands.saveSiteConfig);
/** First-run set-up: the practice records go, the site's record starts empty. */
export const clearThisPcsRecords = () => clearPracticeRecords(appDb());
