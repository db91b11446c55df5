import { commandsOf } from './operation-catalog.js';
import type { OperationCommand, OperationGroup } from './option-spec.js';

const GROUP_TITLES: Record<OperationGroup, string> = {
  iam: 'IAM operations of the gateway',
  sts: 'STS operations of the gateway: sessions and who you are',
  organizations: 'accounts, organizations and their guardrails',
  authorize: 'authorization decisions',
  'sign-up': 'a new account, when the gateway allows sign-up',
};

/** The first sentence of a description, for listings. */
function summary(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  const sentence = end === -1 ? flat : flat.slice(0, end);
  return sentence.length > 100 ? `${sentence.slice(0, 97)}...` : sentence;
}

/** `iamgate iam help`: every command of the group with what it does, from the schema's descriptions. */
export function groupHelp(group: OperationGroup): string {
  const commands = commandsOf(group);
  const width = Math.max(...commands.map((c) => c.command.length));
  const lines = commands.map((c) => `  ${c.command.padEnd(width)}  ${summary(c.description)}\n`);
  return (
    `iamgate ${group}: ${GROUP_TITLES[group]}\n\n` +
    `Usage: iamgate ${group} COMMAND [--option value ...] [--profile NAME] [--output json|table|text] [--query EXPR]\n\n` +
    `Commands:\n${lines.join('')}\n` +
    `iamgate ${group} COMMAND --help lists the options of a command.\n`
  );
}

/** `iamgate iam create-user --help`: the command's options, their GraphQL types and descriptions. */
export function commandHelp(command: OperationCommand): string {
  const prefix =
    command.group === 'authorize' || command.group === 'sign-up'
      ? `iamgate ${command.group}`
      : `iamgate ${command.group} ${command.command}`;
  const options = command.options.map((o) => {
    const text = (o.description ?? '').replace(/\s+/g, ' ').trim();
    return `  --${o.flag} <${o.type.toString().replace(/!/g, '')}>${o.required ? ' (required)' : ''}\n      ${text}\n`;
  });
  const paging = command.paginated
    ? 'Pagination (every page is fetched and merged, as the AWS CLI does):\n' +
      '  --max-items <Int>\n      At most this many items in all; a nextToken in the output resumes after them.\n' +
      "  --starting-token <String>\n      Resume from a nextToken (or a page's endCursor).\n" +
      "  --page-size <Int>\n      Items per request (the gateway's default is 100).\n" +
      '  --no-paginate\n      One request; the page as the gateway answers it, with its pageInfo.\n\n'
    : '';
  return (
    `${prefix}\n\n  ${command.description.replace(/\s+/g, ' ').trim()}\n\n` +
    `Options:\n${options.join('') || '  (none)\n'}\n` +
    paging +
    'Values: lists take several words or a JSON array; objects take JSON; any value may be file://path;\n' +
    'a boolean option alone is true, --no-OPTION is false.\n'
  );
}
