import { parseNetworkAddress } from '@iamgate/policy';

/**
 * The sign-in throttle key of a source address: `ip:<IPv4>` for IPv4 (an IPv4-mapped IPv6 address counts as its IPv4
 * address), and `ip:<first 64 bits>::/64` for IPv6, since one IPv6 network (a customer's /64) holds more addresses
 * than any counter could: keyed by the address alone, a sprayer would get a fresh allowance per address. Text that is
 * no address is keyed as given.
 */
export function sourceThrottleKey(sourceIp: string): string {
  const address = parseNetworkAddress(sourceIp);
  if (address === undefined) return `ip:${sourceIp}`;
  if (address.version === 4) return `ip:${address.text}`;
  const [high = 0, low = 0] = address.words;
  const groups = [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff].map((g) => g.toString(16));
  return `ip:${groups.join(':')}::/64`;
}

/**
 * The sign-in throttle key of an IAM user: `user:<account id>/<name, lowercased>`, as the sign-in statement builds it
 * (`sign-in-candidate.ts`), so that a wrong current password given to `changePassword` counts like a failed sign-in.
 */
export function userThrottleKey(accountId: string, userName: string): string {
  return `user:${accountId}/${userName.toLowerCase()}`;
}

/**
 * The sign-in throttle key of an account's root user: `root:<e-mail, trimmed and lowercased>`, as the sign-in
 * statement builds it (`sign-in-candidate.ts`), so that a wrong current password given to `changePassword` by root
 * counts like a failed root sign-in.
 */
export function rootThrottleKey(email: string): string {
  return `root:${email.trim().toLowerCase()}`;
}
