/**
 * Date operators (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_Date): values are ISO 8601 dates and times (W3C profile: `2020-06`, `2020-01-01`, `2020-01-01T12:00:00Z`,
 * `2020-01-01T12:00:00.5+02:00`, or the basic form `20200101T120000Z`) or epoch seconds. A time without a zone is UTC.
 * No policy variables.
 */
import { COMPARISONS, CompareTest } from './numeric.js';
import { type FamilyCompiler, fixedValues, type Scalar } from './types.js';

const EPOCH = /^-?\d+(?:\.\d+)?$/;
// The W3C profile's year-and-month form (`2020-06`) is its first day; a bare year is read as epoch seconds.
const EXTENDED =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

/** Milliseconds since the epoch for a policy or context date value, or undefined when it is not a date. */
export function toEpochMillis(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  if (EPOCH.test(value)) return Number(value) * 1000;
  const m = EXTENDED.exec(value) ?? BASIC.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3] ?? '1', m[4], m[5], m[6]].map((x) =>
    Number(x ?? 0),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const base = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March; a real date reads back the same day.
  if (day < 1 || new Date(base).getUTCDate() !== day) return undefined;
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  const ms = base + fraction - zoneOffsetMillis(m[8]);
  return Number.isNaN(ms) ? undefined : ms;
}

function zoneOffsetMillis(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return Number.NaN;
  const sign = digits[0] === '-' ? -1 : 1;
  return sign * (hours * 60 + minutes) * 60_000;
}

/** Compiles the values of one key for `DateEquals` (`eq`), `DateLessThan` (`lt`), ... */
export const compileDate: FamilyCompiler = (values, variant, report) => {
  const times: number[] = [];
  values.forEach((v, i) => {
    const ms = toEpochMillis(v);
    if (ms === undefined) report.invalid(i, `\`${String(v)}\` is not an iso 8601 date or epoch seconds`);
    else times.push(ms);
  });
  return fixedValues(new CompareTest(times, COMPARISONS[variant]!, toEpochMillis));
};
