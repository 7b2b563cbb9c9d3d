CREATE TABLE "facility_scores" (
	"facility_id" integer PRIMARY KEY NOT NULL,
	"window_start" date NOT NULL,
	"scores" json NOT NULL,
	"years" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facility_scores" ADD CONSTRAINT "facility_scores_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;