import { tryParseArn } from '@iamgate/policy';
import { groupPath, policyPath, rolePath, userPath, workloadPath } from '../router/entity-paths.js';

/** What the console needs to know of an ARN: enough to name it and to link to its page. */
export interface ArnInfo {
  partition: string;
  service: string;
  account: string;
  /** `user`, `group`, `role`, `policy`, `workload`, `assumed-role`, `root`, ... */
  type: string;
  /** The last part of the resource: the entity's name (a role session's role, for `assumed-role`). */
  name: string;
  /** For `assumed-role`: the session name. */
  sessionName: string | undefined;
}

/** Reads `arn:partition:service:region:account:type/path/name`; `undefined` for anything else. */
export function readArn(arn: string): ArnInfo | undefined {
  const parsed = tryParseArn(arn);
  if (parsed === undefined) return undefined;
  const { partition, service, account, resource } = parsed;
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  const rest = slash < 0 ? [] : resource.slice(slash + 1).split('/');
  if (type === 'assumed-role') {
    return { partition, service, account, type, name: rest[0] ?? '', sessionName: rest[1] };
  }
  return { partition, service, account, type, name: rest.at(-1) ?? type, sessionName: undefined };
}

/** The console page of an entity of `account` named by `arn`, or `undefined` when it has none. */
export function entityPath(arn: string, account: string): string | undefined {
  const info = readArn(arn);
  if (info === undefined || info.account !== account || info.name === '') return undefined;
  switch (info.type) {
    case 'user':
      return userPath(info.name);
    case 'group':
      return groupPath(info.name);
    case 'role':
    case 'assumed-role':
      return rolePath(info.name);
    case 'workload':
      return workloadPath(info.name);
    case 'policy':
      return policyPath(arn);
    default:
      return undefined;
  }
}

/** How a principal is shown in the header: `alice`, `root`, `Admin/alice`. */
export function principalLabel(arn: string): string {
  const info = readArn(arn);
  if (info === undefined) return arn;
  if (info.type === 'root') return 'root';
  if (info.type === 'assumed-role') return `${info.name}/${info.sessionName ?? ''}`;
  return info.name;
}
