CREATE TYPE "public"."decision" AS ENUM('publish', 'publish_edited', 'request_changes', 'reject', 'escalate', 'refer', 'uphold', 'overturn', 'keep', 'remove');--> statement-breakpoint
CREATE TYPE "public"."moderation_item_kind" AS ENUM('review_revision', 'response_revision', 'notice', 'appeal');--> statement-breakpoint
CREATE TYPE "public"."moderation_item_state" AS ENUM('open', 'escalated', 'decided');--> statement-breakpoint
CREATE TYPE "public"."reason_code" AS ENUM('personal_data', 'not_own_experience', 'conflict_of_interest', 'advertising', 'insult', 'discrimination', 'criminal_allegation', 'duplicate', 'interval', 'unreadable', 'not_dutch', 'off_topic', 'too_old', 'other');--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" "decision",
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"revision_id" uuid,
	"decision" "decision" NOT NULL,
	"reason_codes" "reason_code"[] DEFAULT '{}' NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"editor_id" uuid NOT NULL,
	"automated_detection" boolean DEFAULT false NOT NULL,
	"appealable_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"overruled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "moderation_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "moderation_item_kind" NOT NULL,
	"state" "moderation_item_state" DEFAULT 'open' NOT NULL,
	"target_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"revision_id" uuid,
	"facility_id" integer NOT NULL,
	"sector" "sector" NOT NULL,
	"prescreen" jsonb,
	"risk_score" integer DEFAULT 0 NOT NULL,
	"safety" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"claimed_by" uuid,
	"claim_expires_at" timestamp with time zone,
	"escalated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"explanation" text NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"user_id" uuid,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" "decision",
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_item_id_moderation_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."moderation_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_revision_id_review_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_revision_id_review_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_escalated_by_users_id_fk" FOREIGN KEY ("escalated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_one_per_decision" ON "appeals" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decisions_review_idx" ON "decisions" USING btree ("review_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_created_idx" ON "decisions" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_items_one_open_per_target" ON "moderation_items" USING btree ("kind","target_id") WHERE "moderation_items"."state" <> 'decided';--> statement-breakpoint
CREATE INDEX "moderation_items_queue_idx" ON "moderation_items" USING btree ("state","kind","safety","risk_score","created_at");--> statement-breakpoint
CREATE INDEX "moderation_items_review_idx" ON "moderation_items" USING btree ("review_id","created_at");--> statement-breakpoint
CREATE INDEX "notices_review_idx" ON "notices" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "notices_ip_created_idx" ON "notices" USING btree ("ip_hash","created_at");