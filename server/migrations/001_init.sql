-- Sites, enrolled devices, and the event log.

CREATE TABLE sites (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- The last ingest sequence given to an event of this site. Locking this row
  -- serialises ingest per site, so a reader following `seq` never skips a row
  -- that commits late.
  last_seq    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  id          UUID PRIMARY KEY,
  site_id     TEXT NOT NULL REFERENCES sites(id),
  name        TEXT NOT NULL,
  -- sha256 of the token's secret part, hex. The token itself is never stored.
  token_hash  TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at  TIMESTAMPTZ,
  -- The highest deviceSeq held with no gap below it.
  head_seq    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE events (
  id          UUID PRIMARY KEY,
  site_id     TEXT NOT NULL REFERENCES sites(id),
  seq         BIGINT NOT NULL,
  device_id   UUID NOT NULL REFERENCES devices(id),
  device_seq  INTEGER NOT NULL,
  hlc         TEXT NOT NULL,
  at          BIGINT NOT NULL,
  type        TEXT NOT NULL,
  ticket_id   UUID,
  day         TEXT NOT NULL,
  body        JSONB NOT NULL,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (site_id, seq),
  UNIQUE (device_id, device_seq)
);

CREATE INDEX events_site_day ON events (site_id, day);
CREATE INDEX events_device_day ON events (device_id, day);
