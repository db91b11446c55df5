/**
 * The table `vs-yoga.ts` prints: one row per driver, concurrency and operation, each number the median of the
 * rounds with [min-max] beside the ones compared, and issue 11's goal next to the ratio it is about. A goal relative
 * to another operation (authenticated vs anonymous, `authorize` vs authenticated) is taken round by round from both
 * operations' ratios to their neighbouring bare-Yoga runs, so that the machine's drift between them cancels out.
 */

import { OPERATION_NAMES, type OperationName } from './hot-operations.js';
import { median } from './median.js';
import type { SocketResult } from './socket-load.js';

/** One run of an operation, with the bare-Yoga run(s) next to it. */
export interface Sample extends SocketResult {
  round: number;
  bare: SocketResult;
}

/** Every run of one operation on one driver at one concurrency. */
export interface Row {
  driver: string;
  concurrency: number;
  name: OperationName | 'bare';
  samples: Sample[];
}

/** A goal of issue 11: a value per run, compared with `target`. */
interface Goal {
  label: string;
  target: number;
  /** The operation whose ratio to bare Yoga is the reference (absent: bare Yoga itself). */
  reference?: OperationName;
  /** The measured value, when it is not a ratio of req/s. */
  value?: (sample: Sample) => number;
  /** The same value from CPU time instead of req/s (absent with `value`: it is measured in CPU already). */
  cpuValue?: (sample: Sample) => number;
}

const READ: Goal = { label: 'x bare', target: 0.5 };
const STS: Goal = { label: 'x bare', target: 0.3 };
const BATCH: Goal = {
  label: 'decisions/s',
  target: 250_000,
  value: (s) => s.perSecond * 100,
  // Decisions per CPU second of the server: what one core would decide.
  cpuValue: (s) => (100 * 1e6) / s.serverCpuUs,
};
const GOALS: Partial<Record<OperationName, Goal>> = {
  'user { __typename }': { label: 'x anonymous', target: 0.85, reference: 'anonymous { __typename }' },
  authorize: { label: 'x user { __typename }', target: 0.8, reference: 'user { __typename }' },
  getUser: READ,
  'listUsers(first: 20)': READ,
  getRole: READ,
  'authorizeBatch (100)': BATCH,
  'POST /authorize (100)': BATCH,
  assumeRole: STS,
  getSessionToken: STS,
  assumeWorkloadRole: STS,
  // Per core: one over the CPU seconds a sign-in costs this process (hashing threads included).
  'signIn (password)': { label: '/s per core', target: 50, value: (s) => 1e6 / s.serverCpuUs },
};

/** `median [min-max]`. */
function spread(values: number[], format: (n: number) => string): string {
  if (values.length === 0) return '-';
  return `${format(median(values))} [${format(Math.min(...values))}-${format(Math.max(...values))}]`;
}

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => n.toFixed(2);
const ratioToBare = (s: Sample) => s.perSecond / s.bare.perSecond;

/**
 * The goal column of `row`: the measured value [min-max], the target, and whether the median meets it; then the
 * same from CPU time (the reference's CPU per request over this one's), which a busy shared machine disturbs far
 * less than req/s: on a saturated server, throughput is one over the CPU a request costs.
 */
function goalText(row: Row, rows: Row[]): string {
  if (row.name === 'bare') return '';
  const goal = GOALS[row.name];
  if (goal === undefined) return '';
  const reference = rows.find(
    (r) => r.driver === row.driver && r.concurrency === row.concurrency && r.name === goal.reference,
  );
  const values: number[] = [];
  const cpuValues: number[] = [];
  for (const sample of row.samples) {
    if (goal.value) {
      values.push(goal.value(sample));
      if (goal.cpuValue) cpuValues.push(goal.cpuValue(sample));
      continue;
    }
    const ref =
      goal.reference === undefined ? undefined : reference?.samples.find((r) => r.round === sample.round);
    if (goal.reference === undefined) {
      values.push(ratioToBare(sample));
      cpuValues.push(sample.bare.serverCpuUs / sample.serverCpuUs);
    } else if (ref !== undefined) {
      values.push(ratioToBare(sample) / ratioToBare(ref));
      cpuValues.push(ref.serverCpuUs / sample.serverCpuUs);
    }
  }
  if (values.length === 0) return `(${goal.reference} not measured)`;
  const format = goal.target >= 10 ? whole : ratio;
  const verdict = (measured: number[]) => (median(measured) >= goal.target ? 'met' : 'NOT met');
  const errors = row.samples.some((sample) => sample.errors > 0);
  const byCpu = cpuValues.length === 0 ? '' : `; by CPU ${spread(cpuValues, format)}: ${verdict(cpuValues)}`;
  return `${spread(values, format)} ${goal.label} >= ${format(goal.target)}: ${errors ? 'errors, see below' : verdict(values)}${byCpu}`;
}

const COLUMNS = [
  ['driver', 8],
  ['c', 3],
  ['operation', 24],
  ['req/s', 26],
  ['x bare Yoga', 19],
  ['CPU µs/req (x bare)', 20],
  ['client µs', 9],
  ['stmts', 6],
  ['p50 ms', 7],
  ['err', 4],
  ['goal (issue 11)', 0],
] as const;

/** The table, rows in driver, concurrency and operation order; errors' first answers are added to `notes`. */
export function table(rows: Row[], notes: string[]): string {
  const order = (r: Row) => (r.name === 'bare' ? -1 : OPERATION_NAMES.indexOf(r.name));
  const drivers = [...new Set(rows.map((r) => r.driver))];
  const sorted = [...rows].sort(
    (a, b) =>
      drivers.indexOf(a.driver) - drivers.indexOf(b.driver) ||
      a.concurrency - b.concurrency ||
      order(a) - order(b),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = COLUMNS[i]?.[1] ?? 0;
        return i < 3 || i === cells.length - 1 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS.map(([name]) => name))];
  let previous = '';
  for (const row of sorted) {
    const group = `${row.driver}|${row.concurrency}`;
    if (previous !== '' && group !== previous) out.push('');
    previous = group;
    const s = row.samples;
    const errors = s.reduce((sum, sample) => sum + sample.errors, 0);
    const firstError = s.find((sample) => sample.firstError !== undefined)?.firstError;
    if (firstError !== undefined)
      notes.push(`${row.driver} c${row.concurrency} ${row.name}: ${errors} errors; first: ${firstError}`);
    const cpu = median(s.map((x) => x.serverCpuUs));
    const cpuRatio = median(s.map((x) => x.serverCpuUs / x.bare.serverCpuUs));
    out.push(
      line([
        row.driver,
        String(row.concurrency),
        row.name === 'bare' ? 'bare Yoga { __typename }' : row.name,
        spread(
          s.map((x) => x.perSecond),
          whole,
        ),
        row.name === 'bare' ? '1' : spread(s.map(ratioToBare), ratio),
        row.name === 'bare' ? whole(cpu) : `${whole(cpu)} (${cpuRatio.toFixed(1)}x)`,
        whole(median(s.map((x) => x.clientCpuUs))),
        median(s.map((x) => x.statements)).toFixed(2),
        median(s.map((x) => x.p50)).toFixed(1),
        String(errors),
        goalText(row, rows),
      ]),
    );
  }
  return out.join('\n');
}
