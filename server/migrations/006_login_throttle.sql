-- Failed officer logins, counted by the account and client address together, by the client address
-- and by the account (server/login-throttle.ts). Each key earns a growing delay, never a lock that
-- someone else could keep shut: the right password gets through once the delay has passed.
CREATE TABLE login_throttle (
  key           TEXT PRIMARY KEY,
  failures      INTEGER NOT NULL,
  blocked_until BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL
);
