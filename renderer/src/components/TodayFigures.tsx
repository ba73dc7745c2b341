import { useMemo } from 'react';
import { computeFigures } from '../../../shared/figures/figures';
import type { Ticket } from '../../../shared/tickets/state';
import { useComplaintPolicy } from '../app/useDevice';
import { useNow } from '../state/now';
import { HeadlineFigures } from './HeadlineFigures';

/**
 * Today's headline figures for the queue and End of day, computed by the
 * domain core (the code the endpoint's reports use) as of now.
 */
export function TodayFigures({ tickets, standardMinutes, targetPercent }: { tickets: Ticket[]; standardMinutes: number; targetPercent: number }) {
  const now = useNow(10_000);
  const complaintPolicy = useComplaintPolicy();
  const figures = useMemo(() => computeFigures(tickets, { asOf: now, targetPercent, complaintPolicy }), [tickets, now, targetPercent, complaintPolicy]);
  return <HeadlineFigures figures={figures} standardMinutes={standardMinutes} label="Today’s figures" testId="fig" />;
}
