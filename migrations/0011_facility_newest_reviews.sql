CREATE TABLE "facility_newest_reviews" (
	"facility_id" integer PRIMARY KEY NOT NULL,
	"reviews" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facility_newest_reviews" ADD CONSTRAINT "facility_newest_reviews_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;