CREATE TABLE "credential_reports" (
	"account_id" varchar(12) PRIMARY KEY NOT NULL,
	"content" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mfa_devices" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"path" varchar(512) DEFAULT '/' NOT NULL,
	"name" varchar(128) NOT NULL,
	"seed_ciphertext" text NOT NULL,
	"assigned_to" varchar(8),
	"user_id" varchar(32),
	"enabled_at" timestamp with time zone,
	"last_step" bigint,
	"last_used_at" timestamp with time zone,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_providers" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"url" varchar(255) NOT NULL,
	"issuer" varchar(300) NOT NULL,
	"client_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"thumbprints" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "mfa_authenticated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credential_reports" ADD CONSTRAINT "credential_reports_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mfa_devices" ADD CONSTRAINT "mfa_devices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mfa_devices" ADD CONSTRAINT "mfa_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_providers" ADD CONSTRAINT "oidc_providers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mfa_devices_account_name_uq" ON "mfa_devices" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "mfa_devices_user_idx" ON "mfa_devices" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "oidc_providers_account_url_uq" ON "oidc_providers" USING btree ("account_id","url");