-- The audit log is append-only: the database itself refuses to change or remove its rows.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The four sectors of the pilot are reference data.
INSERT INTO sectors (key, label, sort_order) VALUES
  ('kinderopvang', 'Kinderopvang', 1),
  ('ouderenzorg', 'Ouderenzorg', 2),
  ('handicap', 'Personen met een handicap', 3),
  ('jeugdhulp', 'Jeugdhulp', 4)
ON CONFLICT (key) DO NOTHING;
