CREATE TABLE "submission_signals" (
	"revision_id" uuid PRIMARY KEY NOT NULL,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_signature_bands" (
	"band_key" integer NOT NULL,
	"revision_id" uuid NOT NULL,
	CONSTRAINT "text_signature_bands_band_key_revision_id_pk" PRIMARY KEY("band_key","revision_id")
);
--> statement-breakpoint
CREATE TABLE "text_signatures" (
	"revision_id" uuid PRIMARY KEY NOT NULL,
	"signature" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submission_signals" ADD CONSTRAINT "submission_signals_revision_id_review_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_signature_bands" ADD CONSTRAINT "text_signature_bands_revision_id_review_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_signatures" ADD CONSTRAINT "text_signatures_revision_id_review_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."review_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_signals_created_idx" ON "submission_signals" USING btree ("created_at");