/** The options of `iamgate policy COMMAND` besides the global ones, as `node:util` `parseArgs` reads them. */
export const POLICY_OPTIONS = {
  kind: { type: 'string' },
  'fail-on-deny': { type: 'boolean' },
  junit: { type: 'string' },
  services: { type: 'string', multiple: true },
  remote: { type: 'boolean' },
} as const;

/** The commands of `iamgate policy` and the options each one reads. */
export const POLICY_COMMANDS: Readonly<Record<string, readonly (keyof typeof POLICY_OPTIONS)[]>> = {
  validate: ['kind', 'services', 'remote'],
  test: ['junit'],
  simulate: ['fail-on-deny'],
};
