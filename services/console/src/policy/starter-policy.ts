/** The document a new managed policy, or a new version of one, starts from: one statement to fill in. */
export const STARTER_POLICY = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  2,
);
