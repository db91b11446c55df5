CREATE TABLE "guardrail_attachments" (
	"policy_id" varchar(34) NOT NULL,
	"target_id" varchar(68) NOT NULL,
	"organization_id" varchar(34) NOT NULL,
	CONSTRAINT "guardrail_attachments_pk" PRIMARY KEY("policy_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "guardrail_policies" (
	"id" varchar(34) PRIMARY KEY NOT NULL,
	"organization_id" varchar(34) NOT NULL,
	"name" varchar(128) NOT NULL,
	"description" varchar(512) DEFAULT '' NOT NULL,
	"document" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handshakes" (
	"id" varchar(34) PRIMARY KEY NOT NULL,
	"organization_id" varchar(34) NOT NULL,
	"target_account_id" varchar(12) NOT NULL,
	"state" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_accounts" (
	"account_id" varchar(12) PRIMARY KEY NOT NULL,
	"organization_id" varchar(34) NOT NULL,
	"parent_id" varchar(68) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizational_units" (
	"id" varchar(68) PRIMARY KEY NOT NULL,
	"organization_id" varchar(34) NOT NULL,
	"parent_id" varchar(68),
	"name" varchar(128) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" varchar(34) PRIMARY KEY NOT NULL,
	"management_account_id" varchar(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_management_account_id_unique" UNIQUE("management_account_id")
);
--> statement-breakpoint
ALTER TABLE "guardrail_attachments" ADD CONSTRAINT "guardrail_attachments_policy_id_guardrail_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."guardrail_policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardrail_attachments" ADD CONSTRAINT "guardrail_attachments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardrail_policies" ADD CONSTRAINT "guardrail_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handshakes" ADD CONSTRAINT "handshakes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handshakes" ADD CONSTRAINT "handshakes_target_account_id_accounts_id_fk" FOREIGN KEY ("target_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_accounts" ADD CONSTRAINT "organization_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_accounts" ADD CONSTRAINT "organization_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_accounts" ADD CONSTRAINT "organization_accounts_parent_id_organizational_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizational_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizational_units" ADD CONSTRAINT "organizational_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_management_account_id_accounts_id_fk" FOREIGN KEY ("management_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guardrail_attachments_target_idx" ON "guardrail_attachments" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guardrail_policies_org_name_uq" ON "guardrail_policies" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "handshakes_target_idx" ON "handshakes" USING btree ("target_account_id");--> statement-breakpoint
CREATE INDEX "handshakes_org_idx" ON "handshakes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organization_accounts_org_idx" ON "organization_accounts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organization_accounts_parent_idx" ON "organization_accounts" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizational_units_org_idx" ON "organizational_units" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizational_units_parent_name_uq" ON "organizational_units" USING btree ("parent_id",lower("name"));