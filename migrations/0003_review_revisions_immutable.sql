-- A revision is never changed: an edit is a new revision, so every decision keeps pointing at
-- exactly the text it judged.
CREATE OR REPLACE FUNCTION review_revisions_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'review_revisions are immutable: write a new revision instead'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER review_revisions_no_update
  BEFORE UPDATE ON review_revisions
  FOR EACH ROW EXECUTE FUNCTION review_revisions_refuse_update();
