ALTER TABLE "policies" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "last_used_by" varchar(2048);--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "last_used_action" varchar(256);