CREATE TYPE "public"."relationship" AS ENUM('ouder', 'grootouder', 'pleegouder', 'voogd', 'bewoner', 'gebruiker', 'jongere', 'partner', 'kind_van_bewoner', 'familielid', 'mantelzorger', 'vertegenwoordiger', 'andere');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('pending', 'changes_requested', 'published', 'rejected', 'withdrawn', 'removed');--> statement-breakpoint
CREATE TYPE "public"."revision_source" AS ENUM('author', 'editor');--> statement-breakpoint
CREATE TABLE "review_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"source" "revision_source" DEFAULT 'author' NOT NULL,
	"created_by" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"text" text NOT NULL,
	"relationship" "relationship" NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"display_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_revisions_period_format" CHECK ("review_revisions"."period_from" ~ '^[0-9]{4}-[0-9]{2}$' and "review_revisions"."period_to" ~ '^[0-9]{4}-[0-9]{2}$'),
	CONSTRAINT "review_revisions_text_length" CHECK (char_length("review_revisions"."text") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"status" "review_status" DEFAULT 'pending' NOT NULL,
	"current_revision_id" uuid,
	"published_revision_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "review_revisions" ADD CONSTRAINT "review_revisions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_revisions" ADD CONSTRAINT "review_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_current_revision_id_review_revisions_id_fk" FOREIGN KEY ("current_revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_published_revision_id_review_revisions_id_fk" FOREIGN KEY ("published_revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "review_revisions_review_number_key" ON "review_revisions" USING btree ("review_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_author_idempotency_key" ON "reviews" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "reviews_author_facility_idx" ON "reviews" USING btree ("author_id","facility_id","created_at");--> statement-breakpoint
CREATE INDEX "reviews_facility_public_idx" ON "reviews" USING btree ("facility_id","published_at") WHERE "reviews"."published_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "reviews_status_idx" ON "reviews" USING btree ("status","created_at");