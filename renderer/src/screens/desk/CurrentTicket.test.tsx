import { describe, expect, it } from 'vitest';
import { conflictNote } from './CurrentTicket';

const lostCall = { eventId: 'e1', type: 'ticket.called', desk: '2', deviceId: 'pc-b', hlc: '1', reason: 'the ticket is already with desk 4', winnerDesk: '4' };

describe('a conflict on the customer at this desk', () => {
  it('tells the desk that keeps the customer that its call came first, not that the customer is with itself', () => {
    const note = conflictNote(lostCall, '4', 'C 004');
    expect(note).toBe('Desk 2 also called C 004 at the same moment or while the PCs were out of touch; your call came first, so the customer stays with you.');
    expect(note).not.toMatch(/desk 4 has the customer/);
  });

  it('says any other conflict as it is, with who has the customer', () => {
    expect(conflictNote(lostCall, '7', 'C 004')).toBe('the ticket is already with desk 4 (desk 4 has the customer).');
    expect(conflictNote({ ...lostCall, type: 'ticket.completed', winnerDesk: undefined, reason: 'a stamp before the issue' }, '4', 'C 004')).toBe(
      'a stamp before the issue.',
    );
  });
});
