-- Retention (server/retention.ts) looks for events still holding a customer's name or a feedback
-- comment. This index holds only those rows, so it shrinks as they are purged and the hourly job
-- reads almost nothing, however many years of events the endpoint keeps.
CREATE INDEX events_personal ON events (day)
  WHERE (type = 'ticket.issued' AND body->'payload' ? 'name')
     OR (type = 'ticket.feedbackGiven' AND body->'payload' ? 'comment');
