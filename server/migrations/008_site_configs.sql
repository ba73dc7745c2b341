-- A site's configuration is a `site.configured` event (shared/config/site-history.ts). Every report
-- reads the sites' versions: this index holds only those events, by site, so the read stays a few
-- rows however many years of tickets the endpoint keeps.
CREATE INDEX events_site_configs ON events (site_id, hlc) WHERE type = 'site.configured';
