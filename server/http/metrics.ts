import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/adapter';

/**
 * `GET /metrics` in Prometheus' text format, for the council's monitoring:
 * requests by route and status, push latency, events stored, open live
 * streams and the database pool. Counts only: no site, device, body or
 * token. Serve it on the internal network; the TLS proxy in deploy/ does
 * not pass it through.
 */
const PUSH_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly pushBuckets = PUSH_BUCKETS.map(() => 0);
  private pushCount = 0;
  private pushSum = 0;
  private eventsStored = 0;

  request(method: string, route: string, status: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  push(seconds: number, stored: number): void {
    this.pushCount++;
    this.pushSum += seconds;
    PUSH_BUCKETS.forEach((le, i) => {
      if (seconds <= le) this.pushBuckets[i]!++;
    });
    this.eventsStored += stored;
  }

  text(gauges: { openStreams: number; pool?: { total: number; idle: number; waiting: number } }): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family('oss_http_requests_total', 'counter', 'HTTP requests answered, by method, route and status.');
    for (const [labels, n] of [...this.requests].sort()) out.push(`oss_http_requests_total{${labels}} ${n}`);
    family('oss_push_duration_seconds', 'histogram', 'Time to store a push of events (POST /v1/events), acknowledged.');
    PUSH_BUCKETS.forEach((le, i) => out.push(`oss_push_duration_seconds_bucket{le="${le}"} ${this.pushBuckets[i]}`));
    out.push(
      `oss_push_duration_seconds_bucket{le="+Inf"} ${this.pushCount}`,
      `oss_push_duration_seconds_sum ${this.pushSum}`,
      `oss_push_duration_seconds_count ${this.pushCount}`,
    );
    family('oss_events_ingested_total', 'counter', 'Events stored from PCs (re-sent events already held are not counted).');
    out.push(`oss_events_ingested_total ${this.eventsStored}`);
    family('oss_live_streams_open', 'gauge', 'Live streams (server-sent events) open to PCs now.');
    out.push(`oss_live_streams_open ${gauges.openStreams}`);
    if (gauges.pool) {
      family('oss_db_pool_connections', 'gauge', 'PostgreSQL pool connections, by state.');
      out.push(`oss_db_pool_connections{state="total"} ${gauges.pool.total}`, `oss_db_pool_connections{state="idle"} ${gauges.pool.idle}`);
      family('oss_db_pool_waiting', 'gauge', 'Queries waiting for a PostgreSQL connection.');
      out.push(`oss_db_pool_waiting ${gauges.pool.waiting}`);
    }
    return `${out.join('\n')}\n`;
  }
}

/** Counts every answered request by its route template (never the raw URL, which holds days and cursors). */
export function measureRequests(app: FastifyInstance, metrics: Metrics, db: Database): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? '(no route)';
    metrics.request(req.method, route, reply.statusCode);
  });
  app.get('/metrics', async (_req, reply) =>
    reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .send(metrics.text({ openStreams: app.openStreams(), ...(db.poolStats ? { pool: db.poolStats() } : {}) })),
  );
}
