CREATE TABLE "resource_policies" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"resource_arn" varchar(2048) NOT NULL,
	"next_version" integer DEFAULT 2 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_policy_versions" (
	"policy_id" varchar(32) NOT NULL,
	"version_id" varchar(16) NOT NULL,
	"document" text NOT NULL,
	"is_default" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_policy_versions_pk" PRIMARY KEY("policy_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "service_definition_versions" (
	"definition_id" varchar(32) NOT NULL,
	"version_id" varchar(16) NOT NULL,
	"document" jsonb NOT NULL,
	"is_default" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_definition_versions_pk" PRIMARY KEY("definition_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "service_definitions" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"prefix" varchar(64) NOT NULL,
	"next_version" integer DEFAULT 2 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_policies" ADD CONSTRAINT "resource_policies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_policy_versions" ADD CONSTRAINT "resource_policy_versions_policy_id_resource_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."resource_policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_definition_versions" ADD CONSTRAINT "service_definition_versions_definition_id_service_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."service_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_definitions" ADD CONSTRAINT "service_definitions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_policies_account_arn_uq" ON "resource_policies" USING btree ("account_id","resource_arn");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_policy_versions_default_uq" ON "resource_policy_versions" USING btree ("policy_id") WHERE "resource_policy_versions"."is_default";--> statement-breakpoint
CREATE INDEX "resource_policy_versions_policy_idx" ON "resource_policy_versions" USING btree ("policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_definition_versions_default_uq" ON "service_definition_versions" USING btree ("definition_id") WHERE "service_definition_versions"."is_default";--> statement-breakpoint
CREATE INDEX "service_definition_versions_definition_idx" ON "service_definition_versions" USING btree ("definition_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_definitions_account_prefix_uq" ON "service_definitions" USING btree ("account_id","prefix");