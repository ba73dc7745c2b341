-- A day's close is a fact of the whole site: every report folds each ticket with the closes of its
-- day (shared/tickets/fold.ts). This index holds only the closes, by site and the day they close,
-- so a report finds them in a few rows however many years of events the endpoint keeps.
CREATE INDEX events_day_closes ON events (site_id, (body->'payload'->>'day')) WHERE type = 'day.closed';
