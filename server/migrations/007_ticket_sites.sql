-- Which site each ticket belongs to: the one whose device first wrote an event for it. Ingest
-- refuses an event for a ticket another site holds by looking its id up here, in the same
-- statement that records a new ticket's site, instead of searching every event of every site
-- under the site's lock (a cost that grew with the years held).
-- No foreign key to sites: its key-share lock on the site's row, taken here before ingest takes
-- that row FOR UPDATE, would deadlock two PCs of one site pushing at once.
CREATE TABLE ticket_sites (
  ticket_id UUID PRIMARY KEY,
  site_id   TEXT NOT NULL
);
INSERT INTO ticket_sites (ticket_id, site_id)
  SELECT DISTINCT ON (ticket_id) ticket_id, site_id FROM events WHERE ticket_id IS NOT NULL ORDER BY ticket_id, seq
  ON CONFLICT (ticket_id) DO NOTHING;
