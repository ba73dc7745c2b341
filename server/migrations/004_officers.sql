-- Named accounts for the council's performance officers: they read reports across the sites they
-- may see, over the web (server/officer-web.ts), and never write events.
CREATE TABLE officers (
  username        TEXT PRIMARY KEY,
  -- scrypt$<N>$<r>$<p>$<salt hex>$<hash hex>: the password itself is never stored.
  password_hash   TEXT NOT NULL,
  -- The site codes this officer may read; empty means every site.
  sites           TEXT[] NOT NULL DEFAULT '{}',
  failed_logins   INTEGER NOT NULL DEFAULT 0,
  locked_until    BIGINT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE officer_sessions (
  -- sha256 of the session cookie's value, hex: the cookie itself is never stored.
  token_hash      TEXT PRIMARY KEY,
  username        TEXT NOT NULL REFERENCES officers(username) ON DELETE CASCADE,
  expires_at      BIGINT NOT NULL
);
