-- Trust policies name users and roles by identity (IAM/latest/UserGuide/reference_policies_elements_principal.html):
-- trust_bindings holds each user or role principal as written with the unique id it was bound to when the policy was
-- saved, bound_trust_policy the document the engine evaluates (bound ARNs replaced by ids). Both stay NULL for rows
-- saved before this migration, which are evaluated as written until their trust policy is saved again.
ALTER TABLE "roles" ADD COLUMN "trust_bindings" jsonb;--> statement-breakpoint
ALTER TABLE "roles" ADD COLUMN "bound_trust_policy" text;
