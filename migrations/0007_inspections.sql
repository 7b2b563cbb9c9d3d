CREATE TYPE "public"."enforcement_step" AS ENUM('warning', 'intention_suspend', 'intention_revoke', 'decision_suspend', 'decision_revoke');--> statement-breakpoint
CREATE TYPE "public"."follow_up_status" AS ENUM('under_study', 'no_follow_up', 'improvement_requested', 'action_plan_requested', 'enforcement');--> statement-breakpoint
CREATE TYPE "public"."inspection_advice" AS ENUM('no_enforcement', 'start_enforcement', 'continue_enforcement');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('planned', 'complaint', 'follow_up', 'start');--> statement-breakpoint
CREATE TABLE "enforcement_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"step_ref" text NOT NULL,
	"facility_id" integer NOT NULL,
	"step" "enforcement_step" NOT NULL,
	"step_date" date NOT NULL,
	"cause" text NOT NULL,
	"objection" text,
	"closed" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" integer NOT NULL,
	"status" "follow_up_status" NOT NULL,
	"status_date" date NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_ref" text NOT NULL,
	"facility_id" integer NOT NULL,
	"visit_date" date NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"advice" "inspection_advice",
	"source_url" text,
	"quality_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"conditions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enforcement_steps" ADD CONSTRAINT "enforcement_steps_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_statuses" ADD CONSTRAINT "follow_up_statuses_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_reports" ADD CONSTRAINT "inspection_reports_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_steps_ref_key" ON "enforcement_steps" USING btree ("step_ref");--> statement-breakpoint
CREATE INDEX "enforcement_steps_facility_idx" ON "enforcement_steps" USING btree ("facility_id","step_date");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_statuses_key" ON "follow_up_statuses" USING btree ("facility_id","status_date","status");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_reports_ref_key" ON "inspection_reports" USING btree ("report_ref");--> statement-breakpoint
CREATE INDEX "inspection_reports_facility_idx" ON "inspection_reports" USING btree ("facility_id","visit_date");