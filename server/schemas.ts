import { z } from 'zod';
import { MAX_BATCH } from './ingest';

/** The wire format (v1) of every request: the OpenAPI document is generated from these. */
export const PushBody = z.object({ events: z.array(z.unknown()).min(1).max(MAX_BATCH) }).strict();
export const PushAck = z.object({ ackSeq: z.number().int(), stored: z.number().int(), serverTime: z.number().int() });
export const PullQuery = z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(5000).default(1000) }).strict();
export const DayParams = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD') });
export const ReportQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    by: z.enum(['day', 'hour', 'service', 'desk', 'site']).optional(),
    /** json: the report; csv: the same as CSV; the two returns a council files, as CSV. */
    format: z.enum(['json', 'csv', 'ni14-return', 'service-level-return']).default('json'),
    target: z.coerce.number().min(1).max(100).default(80),
  })
  .strict()
  .refine((q) => q.from <= q.to, 'from must not be after to');
export const ErrorBody = z.object({ error: z.string(), reason: z.string(), expectedSeq: z.number().int().optional() });
