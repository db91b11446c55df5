CREATE TABLE "access_keys" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"user_id" varchar(32) NOT NULL,
	"secret_hash" text NOT NULL,
	"status" varchar(8) DEFAULT 'Active' NOT NULL,
	"last_used_at" timestamp with time zone,
	"last_used_action" varchar(256),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" varchar(12) PRIMARY KEY NOT NULL,
	"alias" varchar(63),
	"root_email" varchar(320) NOT NULL,
	"root_password_hash" text NOT NULL,
	"root_password_last_used" timestamp with time zone,
	"revision" bigint DEFAULT 0 NOT NULL,
	"quotas" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_attachments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"policy_id" varchar(32) NOT NULL,
	"user_id" varchar(32),
	"group_id" varchar(32),
	"role_id" varchar(32),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_attachments_one_principal_ck" CHECK (num_nonnulls("policy_attachments"."user_id", "policy_attachments"."group_id", "policy_attachments"."role_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"request_id" varchar(128),
	"account_id" varchar(12),
	"principal_arn" text,
	"principal_id" varchar(64),
	"action" varchar(256) NOT NULL,
	"resource" text,
	"decision" varchar(16) NOT NULL,
	"source_ip" varchar(64),
	"user_agent" text,
	"error_code" varchar(128),
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "group_memberships" (
	"group_id" varchar(32) NOT NULL,
	"user_id" varchar(32) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_memberships_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"name" varchar(128) NOT NULL,
	"path" varchar(512) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inline_policies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inline_policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" varchar(32),
	"group_id" varchar(32),
	"role_id" varchar(32),
	"name" varchar(128) NOT NULL,
	"document" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inline_policies_one_owner_ck" CHECK (num_nonnulls("inline_policies"."user_id", "inline_policies"."group_id", "inline_policies"."role_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "login_profiles" (
	"user_id" varchar(32) PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL,
	"password_reset_required" boolean DEFAULT false NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "password_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" varchar(32) NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_policies" (
	"account_id" varchar(12) PRIMARY KEY NOT NULL,
	"minimum_password_length" integer NOT NULL,
	"require_symbols" boolean NOT NULL,
	"require_numbers" boolean NOT NULL,
	"require_uppercase_characters" boolean NOT NULL,
	"require_lowercase_characters" boolean NOT NULL,
	"allow_users_to_change_password" boolean NOT NULL,
	"max_password_age" integer,
	"password_reuse_prevention" integer,
	"hard_expiry" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"name" varchar(128) NOT NULL,
	"path" varchar(512) NOT NULL,
	"description" varchar(1000),
	"next_version" integer DEFAULT 2 NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"policy_id" varchar(32) NOT NULL,
	"version_id" varchar(16) NOT NULL,
	"document" text NOT NULL,
	"is_default" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_versions_pk" PRIMARY KEY("policy_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"name" varchar(64) NOT NULL,
	"path" varchar(512) NOT NULL,
	"description" varchar(1000),
	"trust_policy" text NOT NULL,
	"max_session_duration" integer DEFAULT 3600 NOT NULL,
	"boundary_policy_id" varchar(32),
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roles_max_session_duration_ck" CHECK ("roles"."max_session_duration" between 3600 and 43200)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"principal_type" varchar(8) NOT NULL,
	"source" varchar(32) NOT NULL,
	"user_id" varchar(32),
	"role_id" varchar(32),
	"workload_id" varchar(32),
	"parent_session_id" varchar(32),
	"session_name" varchar(64),
	"source_identity" varchar(64),
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"transitive_tag_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"session_policy" text,
	"session_policy_arns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mfa_authenticated" boolean DEFAULT false NOT NULL,
	"source_ip" varchar(64),
	"secret_hash" text,
	"issued_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" varchar(512) PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" varchar(64) PRIMARY KEY NOT NULL,
	"algorithm" varchar(16) NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_ciphertext" text NOT NULL,
	"status" varchar(8) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	"publish_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"name" varchar(64) NOT NULL,
	"path" varchar(512) NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"boundary_policy_id" varchar(32),
	"password_last_used" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workloads" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"account_id" varchar(12) NOT NULL,
	"name" varchar(128) NOT NULL,
	"path" varchar(512) NOT NULL,
	"role_id" varchar(32),
	"credential_hash" text NOT NULL,
	"credential_rotated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_keys" ADD CONSTRAINT "access_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_keys" ADD CONSTRAINT "access_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attachments" ADD CONSTRAINT "policy_attachments_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attachments" ADD CONSTRAINT "policy_attachments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attachments" ADD CONSTRAINT "policy_attachments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attachments" ADD CONSTRAINT "policy_attachments_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inline_policies" ADD CONSTRAINT "inline_policies_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inline_policies" ADD CONSTRAINT "inline_policies_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inline_policies" ADD CONSTRAINT "inline_policies_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_profiles" ADD CONSTRAINT "login_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_policies" ADD CONSTRAINT "password_policies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_boundary_policy_id_policies_id_fk" FOREIGN KEY ("boundary_policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_workload_id_workloads_id_fk" FOREIGN KEY ("workload_id") REFERENCES "public"."workloads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_boundary_policy_id_policies_id_fk" FOREIGN KEY ("boundary_policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workloads" ADD CONSTRAINT "workloads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workloads" ADD CONSTRAINT "workloads_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_keys_user_idx" ON "access_keys" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_alias_uq" ON "accounts" USING btree ("alias");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_root_email_uq" ON "accounts" USING btree (lower("root_email"));--> statement-breakpoint
CREATE UNIQUE INDEX "policy_attachments_user_uq" ON "policy_attachments" USING btree ("user_id","policy_id") WHERE "policy_attachments"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_attachments_group_uq" ON "policy_attachments" USING btree ("group_id","policy_id") WHERE "policy_attachments"."group_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_attachments_role_uq" ON "policy_attachments" USING btree ("role_id","policy_id") WHERE "policy_attachments"."role_id" is not null;--> statement-breakpoint
CREATE INDEX "policy_attachments_policy_idx" ON "policy_attachments" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "audit_events_account_time_idx" ON "audit_events" USING btree ("account_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_principal_time_idx" ON "audit_events" USING btree ("principal_arn","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "group_memberships_user_idx" ON "group_memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_account_name_uq" ON "groups" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "inline_policies_user_uq" ON "inline_policies" USING btree ("user_id",lower("name")) WHERE "inline_policies"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "inline_policies_group_uq" ON "inline_policies" USING btree ("group_id",lower("name")) WHERE "inline_policies"."group_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "inline_policies_role_uq" ON "inline_policies" USING btree ("role_id",lower("name")) WHERE "inline_policies"."role_id" is not null;--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_account_name_uq" ON "policies" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_default_uq" ON "policy_versions" USING btree ("policy_id") WHERE "policy_versions"."is_default";--> statement-breakpoint
CREATE INDEX "policy_versions_policy_idx" ON "policy_versions" USING btree ("policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_account_name_uq" ON "roles" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "roles_boundary_idx" ON "roles" USING btree ("boundary_policy_id");--> statement-breakpoint
CREATE INDEX "sessions_role_idx" ON "sessions" USING btree ("role_id","issued_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id","issued_at");--> statement-breakpoint
CREATE INDEX "sessions_account_expiry_idx" ON "sessions" USING btree ("account_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_one_active_uq" ON "signing_keys" USING btree ("status") WHERE "signing_keys"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "users_account_name_uq" ON "users" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "users_boundary_idx" ON "users" USING btree ("boundary_policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workloads_account_name_uq" ON "workloads" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "workloads_role_idx" ON "workloads" USING btree ("role_id");