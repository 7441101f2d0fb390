-- The audit log read as a manager reads it: by kind of change (a center's settings, accounts,
-- devices, the floor's ticket traffic), by person, page by page, each ticket by its code.
-- kind, ticket_id and counter are written with each entry (AuditFilter); the rows written before
-- get them here from their addresses, once. The Java route table (AuditRoutes) classifies new
-- entries; these patterns only have to cover the addresses the log held until now.
ALTER TABLE audit_log ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'OTHER';
-- the ticket acted on: from its address, or the one a call answered with (not a foreign key: the
-- log must keep its line whatever becomes of the ticket)
ALTER TABLE audit_log ADD COLUMN ticket_id uuid;
-- the counter it happened at: its address's, or the ticket's counter after the action
ALTER TABLE audit_log ADD COLUMN counter int;

UPDATE audit_log SET
    ticket_id = CAST(substring(target FROM
        '^/api/tickets/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})') AS uuid),
    counter = CAST(substring(target FROM '^/api/centers/[^/]+/counters/([0-9]{1,9})') AS int),
    kind = CASE
        WHEN action = 'SIGN-IN' OR target ~ '^/(login|api/users)(/|$)' THEN 'ACCOUNTS'
        WHEN target ~ '^/api/(devices|device|pairing)(/|$)' THEN 'DEVICES'
        WHEN target ~ '^/api/(tickets|kiosk)/'
            OR target ~ '^/api/centers/[^/]+/(tickets|counters/[0-9]+/(call-next|call|open|pause|close))$' THEN 'TICKETS'
        ELSE 'SETTINGS' END;

-- newest first within a center: all of it, one kind, or everything but the ticket traffic (the
-- page's default, which must not scan a day's 3,000 ticket lines to find a manager's one change)
CREATE INDEX audit_log_center_id ON audit_log (center_id, id);
CREATE INDEX audit_log_center_kind_id ON audit_log (center_id, kind, id);
CREATE INDEX audit_log_center_not_tickets ON audit_log (center_id, id) WHERE kind <> 'TICKETS';
