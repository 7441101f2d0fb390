-- A server keeps a layout read inside a transaction that changed it under the version that
-- transaction gave it. If the transaction rolls back, that number must never be given to another,
-- different change, or the other servers would take the rolled-back layout for it: the numbers
-- now come from a sequence, which a rollback does not give back.
CREATE SEQUENCE layout_version_seq;
SELECT setval('layout_version_seq', GREATEST(1, (SELECT COALESCE(max(layout_version), 0) FROM center)));

CREATE OR REPLACE FUNCTION bump_layout_version(changed_center bigint) RETURNS void LANGUAGE sql AS
    'UPDATE center SET layout_version = nextval(''layout_version_seq'') WHERE id = $1';
