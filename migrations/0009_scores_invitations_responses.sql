CREATE TYPE "public"."response_status" AS ENUM('pending', 'published', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TABLE "facility_score_months" (
	"facility_id" integer NOT NULL,
	"month" date NOT NULL,
	"theme" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"scaled_sum" bigint DEFAULT 0 NOT NULL,
	"n1" integer DEFAULT 0 NOT NULL,
	"n2" integer DEFAULT 0 NOT NULL,
	"n3" integer DEFAULT 0 NOT NULL,
	"n4" integer DEFAULT 0 NOT NULL,
	"n5" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "facility_score_months_facility_id_month_theme_pk" PRIMARY KEY("facility_id","month","theme")
		INCLUDE ("count","scaled_sum","n1","n2","n3","n4","n5")
);
--> statement-breakpoint
CREATE TABLE "invitation_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"facility_id" integer NOT NULL,
	"written_by" uuid NOT NULL,
	"text" text NOT NULL,
	"status" "response_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "review_responses_text_length" CHECK (char_length("review_responses"."text") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "review_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "invitation_code_id" uuid;--> statement-breakpoint
ALTER TABLE "facility_score_months" ADD CONSTRAINT "facility_score_months_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_codes" ADD CONSTRAINT "invitation_codes_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_codes" ADD CONSTRAINT "invitation_codes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_codes_code_hash_key" ON "invitation_codes" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "invitation_codes_facility_idx" ON "invitation_codes" USING btree ("facility_id","created_at");--> statement-breakpoint
CREATE INDEX "review_responses_review_published_idx" ON "review_responses" USING btree ("review_id","published_at") WHERE "review_responses"."status" = 'published';--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_invitation_code_id_invitation_codes_id_fk" FOREIGN KEY ("invitation_code_id") REFERENCES "public"."invitation_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facilities_review_count_idx" ON "facilities" USING btree ("review_count" DESC NULLS FIRST,"name");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_invitation_code_key" ON "reviews" USING btree ("invitation_code_id");