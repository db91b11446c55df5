CREATE TABLE "archived_findings" (
	"account_id" varchar(12) NOT NULL,
	"finding_id" varchar(64) NOT NULL,
	"reason" text NOT NULL,
	"archived_by" varchar(2048) NOT NULL,
	"archived_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archived_findings_pk" PRIMARY KEY("account_id","finding_id")
);
--> statement-breakpoint
ALTER TABLE "archived_findings" ADD CONSTRAINT "archived_findings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;