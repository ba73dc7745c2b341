-- A ticket belongs to one site. Reports read a ticket's events by ticket id, and ingest checks
-- that no other site already holds events for the same ticket: both need this index.
CREATE INDEX events_ticket ON events (ticket_id) WHERE ticket_id IS NOT NULL;
