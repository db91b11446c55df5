ALTER TABLE "sessions" ADD COLUMN "session_policy_documents" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Sessions issued before this migration: their managed session policies as they are now (their default versions),
-- from then on fixed like those of every new session.
UPDATE "sessions" s SET "session_policy_documents" = coalesce((
  SELECT jsonb_agg(jsonb_build_object('arn', w.arn, 'name', p.name, 'path', p.path, 'versionId', v.version_id,
    'document', v.document) ORDER BY w.ord)
  FROM jsonb_array_elements_text(s.session_policy_arns) WITH ORDINALITY AS w(arn, ord)
  JOIN "policies" p ON p.account_id = s.account_id
    AND w.arn = 'arn:' || split_part(w.arn, ':', 2) || ':iam::' || p.account_id || ':policy' || p.path || p.name
  JOIN "policy_versions" v ON v.policy_id = p.id AND v.is_default
), '[]'::jsonb)
WHERE jsonb_array_length(s.session_policy_arns) > 0;
