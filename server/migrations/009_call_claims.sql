-- Online, a desk claims a customer's wait before it records the call (shared/queue/claims.ts): the
-- endpoint grants one desk each wait, so two desks pressing "Call next" together never both take
-- the same customer. A row is one granted claim; the key is the wait, so a second desk's insert
-- meets the first desk's row.
CREATE TABLE call_claims (
  site_id     TEXT NOT NULL REFERENCES sites(id),
  ticket_id   UUID NOT NULL,
  wait        TEXT NOT NULL,
  desk        TEXT NOT NULL,
  device_id   UUID NOT NULL REFERENCES devices(id),
  claimed_at  BIGINT NOT NULL,
  PRIMARY KEY (site_id, ticket_id, wait)
);
-- Claims are worth keeping only for minutes: the retention job drops the old ones by this.
CREATE INDEX call_claims_age ON call_claims (claimed_at);
