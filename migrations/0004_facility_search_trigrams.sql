-- Typo-tolerant search on name and municipality ("Speelvogl" finds "De Speelvogel").
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS facilities_search_trgm_idx
  ON facilities USING gin ((lower(name || ' ' || municipality)) gin_trgm_ops);
