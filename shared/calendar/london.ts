/**
 * Local time in the UK (Europe/London, with summer time), from epoch ms.
 * Intl is part of the language, not the DOM or Node. Results are cached per
 * quarter hour (all UK offsets are whole hours), so slicing 100k tickets by
 * day and hour costs one formatter call per distinct quarter hour.
 */
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const QUARTER = 15 * 60_000;
const cache = new Map<number, { day: string; hour: number; minuteBase: number }>();

function quarter(ms: number) {
  const key = Math.floor(ms / QUARTER);
  let hit = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; computing every time gives the same answer, only slower
  if (!hit) {
    const parts: Record<string, string> = {};
    for (const p of formatter.formatToParts(key * QUARTER)) parts[p.type] = p.value;
    hit = { day: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']), minuteBase: Number(parts['minute']) };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the cache's memory; clearing sooner or later gives the same answers
    if (cache.size > 50_000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/** The service day, YYYY-MM-DD, in UK local time. */
export function londonDay(ms: number): string {
  return quarter(ms).day;
}

/** The hour of the day, 0–23, in UK local time. */
export function londonHour(ms: number): number {
  return quarter(ms).hour;
}

/** "09:07" in UK local time. */
export function londonClock(ms: number): string {
  const q = quarter(ms);
  const minute = q.minuteBase + Math.floor((ms - Math.floor(ms / QUARTER) * QUARTER) / 60_000);
  return `${String(q.hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
