/**
 * Automatic pagination, as the AWS CLI pages (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html):
 * every page of a list is fetched and merged, `--max-items` stops after that many items with a `nextToken`,
 * `--starting-token` resumes, `--page-size` sets each request's `first`, `--no-paginate` sends one request. The
 * gateway's lists page with `first` (default 100) and `after: pageInfo.endCursor`, so 105 users take two pages.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';
import { tableRows } from './table-rows.js';

const USERS = 105;
const GROUPS = 3;

interface Edge {
  cursor: string;
  node: { userName: string };
}
const names = (edges: Edge[]) => edges.map((e) => e.node.userName);

describe.each(testDrivers())('paginated commands against a real gateway on %s', (driver) => {
  let t: CliGateway;
  let all: string[];

  /** Runs a command and counts the requests it sent. */
  async function counted(argv: string[]) {
    const before = t.requests();
    const run = await t.run(argv);
    return { ...run, requests: t.requests() - before };
  }

  beforeAll(async () => {
    t = await startCliGateway(driver);
    const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: ROOT_PASSWORD,
    });
    expect(signIn.code).toBe(ExitCode.Ok);
    const id = t.account.id;
    await t.store.transaction(async (tx) => {
      for (let i = 0; i < USERS; i++) await tx.users.create(id, { name: `u${String(i).padStart(3, '0')}` });
      for (let i = 0; i < GROUPS; i++) await tx.groups.create(id, { name: `g${i}` });
    });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('fetches every page and merges them: 105 users in two requests of the default 100', async () => {
    const run = await counted(['iam', 'list-users']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.requests).toBe(2);
    // The pagination state is the CLI's business: merged output has the items only, as the AWS CLI's.
    expect(Object.keys(run.json())).toEqual(['edges']);
    all = names(run.json().edges);
    expect(all).toHaveLength(USERS);
    expect(new Set(all).size).toBe(USERS);
    expect(all).toEqual([...all].sort());
  });

  it('asks for --page-size items per request and merges the same list', async () => {
    const run = await counted(['iam', 'list-users', '--page-size', '10']);
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.requests).toBe(11);
    expect(names(run.json().edges)).toEqual(all);
  });

  it('stops after --max-items with a nextToken that --starting-token resumes exactly after', async () => {
    const first = await counted(['iam', 'list-users', '--max-items', '25', '--page-size', '10']);
    expect(first.code).toBe(ExitCode.Ok);
    expect(first.requests).toBe(3); // 10, 10, and the 5 still wanted
    expect(names(first.json().edges)).toEqual(all.slice(0, 25));
    const token = first.json().nextToken;
    expect(token).toEqual(expect.any(String));

    const second = await counted(['iam', 'list-users', '--starting-token', token, '--max-items', '25']);
    expect(second.requests).toBe(1);
    expect(names(second.json().edges)).toEqual(all.slice(25, 50));

    const rest = await t.run(['iam', 'list-users', '--starting-token', second.json().nextToken]);
    expect(names(rest.json().edges)).toEqual(all.slice(50));
    expect(rest.json().nextToken).toBeUndefined();

    // --max-items on the last item of the list: nothing follows, so no token.
    const exact = await t.run(['iam', 'list-users', '--max-items', String(USERS)]);
    expect(names(exact.json().edges)).toEqual(all);
    expect(exact.json().nextToken).toBeUndefined();
  });

  it('sends one request with --no-paginate, or with the operation own --first and --after', async () => {
    const one = await counted(['iam', 'list-users', '--no-paginate']);
    expect(one.requests).toBe(1);
    expect(one.json().edges).toHaveLength(100);
    expect(one.json().pageInfo).toMatchObject({ hasNextPage: true });

    const small = await t.run(['iam', 'list-users', '--no-paginate', '--page-size', '7']);
    expect(names(small.json().edges)).toEqual(all.slice(0, 7));
    const next = await t.run([
      'iam',
      'list-users',
      '--no-paginate',
      '--page-size',
      '7',
      '--starting-token',
      small.json().pageInfo.endCursor,
    ]);
    expect(names(next.json().edges)).toEqual(all.slice(7, 14));

    const raw = await counted([
      'iam',
      'list-users',
      '--first',
      '3',
      '--after',
      small.json().pageInfo.endCursor,
    ]);
    expect(raw.requests).toBe(1);
    expect(names(raw.json().edges)).toEqual(all.slice(7, 10));
    expect(raw.json().pageInfo.hasNextPage).toBe(true);
  });

  it('merges every list of getAccountAuthorizationDetails across pages', async () => {
    // One page of everything (200 entities stay under the gateway's query cost limit; 1000 would not).
    const whole = await t.run([
      'iam',
      'get-account-authorization-details',
      '--no-paginate',
      '--page-size',
      '200',
    ]);
    expect(whole.stderr).toBe('');
    expect(whole.json().pageInfo.hasNextPage).toBe(false);
    const paged = await counted(['iam', 'get-account-authorization-details', '--page-size', '40']);
    expect(paged.code).toBe(ExitCode.Ok);
    const entities = USERS + GROUPS;
    expect(paged.requests).toBe(Math.ceil(entities / 40));
    const arns = (result: Record<string, { arn: string }[]>, list: string) => result[list]?.map((e) => e.arn);
    for (const list of ['userDetailList', 'groupDetailList', 'roleDetailList', 'policies']) {
      expect(arns(paged.json(), list), list).toEqual(arns(whole.json(), list));
    }
    expect(paged.json().userDetailList).toHaveLength(USERS);
    expect(paged.json().groupDetailList).toHaveLength(GROUPS);
    expect(paged.json().pageInfo).toBeUndefined();

    // --max-items counts entities of every list: the 105 users, then one group.
    const capped = await t.run([
      'iam',
      'get-account-authorization-details',
      '--max-items',
      String(USERS + 1),
    ]);
    expect(capped.json().userDetailList).toHaveLength(USERS);
    expect(capped.json().groupDetailList).toHaveLength(1);
    const resumed = await t.run([
      'iam',
      'get-account-authorization-details',
      '--starting-token',
      capped.json().nextToken,
    ]);
    expect(resumed.json().userDetailList).toEqual([]);
    expect(resumed.json().groupDetailList.map((g: { groupName: string }) => g.groupName)).toEqual([
      'g1',
      'g2',
    ]);
  });

  it('applies --query to the merged result, nextToken included', async () => {
    const userNames = await t.run([
      'iam',
      'list-users',
      '--page-size',
      '40',
      '--query',
      'edges[].node.userName',
    ]);
    expect(userNames.json()).toEqual(all);
    const count = await t.run(['iam', 'list-users', '--query', 'length(edges)', '--output', 'text']);
    expect(count.stdout).toBe(`${USERS}\n`);
    const token = await t.run([
      'iam',
      'list-users',
      '--max-items',
      '2',
      '--query',
      'nextToken',
      '--output',
      'text',
    ]);
    expect(token.stdout).toMatch(/^\S+\n$/);
  });

  it('prints a line per user and the NEXTTOKEN last as text, a box per part as a table', async () => {
    const text = await t.run([
      'iam',
      'list-users',
      '--max-items',
      '3',
      '--page-size',
      '2',
      '--output',
      'text',
    ]);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // A user's scalar fields in key order: arn, createDate, passwordLastUsed, path, permissionsBoundary, userId, userName.
    expect(lines.slice(0, 3).map((line) => line.split('\t')[0])).toEqual(['EDGES', 'EDGES', 'EDGES']);
    expect(lines.slice(0, 3).map((line) => line.split('\t').at(-1))).toEqual(all.slice(0, 3));
    expect(lines[0]?.split('\t')[1]).toBe(`arn:iamgate:iam::${t.account.id}:user/u000`);
    expect(lines[3]).toMatch(/^NEXTTOKEN\t\S+$/);

    const table = await t.run(['iam', 'list-users', '--max-items', '2', '--output', 'table']);
    const rows = tableRows(table.stdout);
    expect(rows[0]).toEqual(['edges']);
    expect(rows[1]).toContain('USER-NAME');
    expect(rows.slice(2, 4).map((row) => row.at(-1))).toEqual(all.slice(0, 2));
    expect(rows[4]).toEqual(['FIELD', 'VALUE']);
    expect(rows[5]?.[0]).toBe('nextToken');
  });

  it('refuses bad paging options with exit code 2 before sending anything', async () => {
    const before = t.requests();
    const cases = [
      ['iam', 'list-users', '--max-items', '0'],
      ['iam', 'list-users', '--max-items', 'ten'],
      ['iam', 'list-users', '--page-size', '1001'],
      ['iam', 'list-users', '--first', '5', '--max-items', '3'],
      ['iam', 'list-users', '--after', 'x', '--starting-token', 'y'],
      ['iam', 'list-users', '--no-paginate', '--max-items', '3'],
      ['iam', 'get-user', '--user-name', 'u000', '--max-items', '3'],
    ];
    for (const argv of cases) {
      const run = await t.run(argv);
      expect(run.code, argv.join(' ')).toBe(ExitCode.Usage);
      expect(run.stderr, argv.join(' ')).toMatch(/^iamgate: /);
    }
    expect(t.requests()).toBe(before);
    // --no-paginate is global, as in the AWS CLI: a command that does not page ignores it.
    const user = await t.run(['iam', 'get-user', '--user-name', 'u000', '--no-paginate']);
    expect(user.code).toBe(ExitCode.Ok);
  });
});
