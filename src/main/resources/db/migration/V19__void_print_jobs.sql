-- A print job whose ticket was cancelled before the job printed (an online twin replaced by the
-- kiosk's offline number): VOID, so a bridge that comes back never prints a ticket nobody will call.
ALTER TABLE print_job DROP CONSTRAINT print_job_state_check;
ALTER TABLE print_job ADD CONSTRAINT print_job_state_check
    CHECK (state IN ('PENDING', 'PRINTED', 'FAILED', 'NO_PRINTER', 'VOID'));
