CREATE TABLE "access_activity" (
	"account_id" varchar(12) NOT NULL,
	"day" date NOT NULL,
	"key" varchar(64) NOT NULL,
	"principal_arn" text NOT NULL,
	"action" varchar(256) NOT NULL,
	"resource" text NOT NULL,
	"decision" varchar(16) NOT NULL,
	"source" varchar(16) NOT NULL,
	"count" integer NOT NULL,
	"last_at" timestamp (3) with time zone NOT NULL,
	"last_source_ip" varchar(64),
	CONSTRAINT "access_activity_pk" PRIMARY KEY("account_id","day","key")
);
--> statement-breakpoint
ALTER TABLE "access_activity" ADD CONSTRAINT "access_activity_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_activity_day_idx" ON "access_activity" USING btree ("day");--> statement-breakpoint
CREATE INDEX "access_activity_principal_idx" ON "access_activity" USING btree ("account_id","principal_arn","day");