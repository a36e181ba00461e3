/**
 * Failure rate per field for every dimension value, over N generated meetings (no value left out).
 * Run: npm run report:generated -- [count] [first-seed]; one meeting in full: npm run report:generated -- show <seed>…
 */
import { checkMeeting, FIELDS, type Field } from './compare.js';
import { DEFAULT_SEED, generateMeeting } from './meeting.js';
import { describeMeeting } from './show.js';

interface Tally {
  n: number;
  failed: Record<Field | 'any', number>;
  example: number | null;
}

const emptyTally = (): Tally => ({ n: 0, failed: Object.fromEntries([...FIELDS, 'any'].map((f) => [f, 0])) as Tally['failed'], example: null });

/** Tallies failures by dimension and value for seeds first..first+count-1. */
export function tallyFailures(count: number, first: number): Map<string, Map<string, Tally>> {
  const byDimension = new Map<string, Map<string, Tally>>();
  const overall = emptyTally();
  byDimension.set('(all)', new Map([['(all)', overall]]));
  for (let seed = first; seed < first + count; seed++) {
    const meeting = generateMeeting(seed);
    const { failed } = checkMeeting(meeting);
    const tallies = [overall, ...Object.entries(meeting.choices).map(([dimension, value]) => {
      const values = byDimension.get(dimension) ?? new Map<string, Tally>();
      byDimension.set(dimension, values);
      const tally = values.get(value) ?? emptyTally();
      values.set(value, tally);
      return tally;
    })];
    for (const tally of tallies) {
      tally.n++;
      for (const field of failed) tally.failed[field]++;
      if (failed.length > 0) {
        tally.failed.any++;
        tally.example ??= seed;
      }
    }
  }
  return byDimension;
}

/** A markdown table: one row per dimension value, failure percentage per field, one failing seed to replay. */
export function formatReport(byDimension: Map<string, Map<string, Tally>>): string {
  const pct = (k: number, n: number) => (k === 0 ? '0' : `${((100 * k) / n).toFixed(1)}`);
  const head = ['dimension', 'value', 'n', ...FIELDS, 'any', 'replay seed'];
  const rows = [head, head.map(() => '---')];
  for (const [dimension, values] of byDimension) {
    const sorted = [...values].sort((a, b) => b[1].failed.any / b[1].n - a[1].failed.any / a[1].n);
    for (const [value, t] of sorted)
      rows.push([dimension, value, String(t.n), ...FIELDS.map((f) => pct(t.failed[f], t.n)), pct(t.failed.any, t.n), t.example === null ? '' : String(t.example)]);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const args = process.argv.slice(2);
if (args[0] === 'show') {
  for (const seed of args.slice(1)) console.log(describeMeeting(generateMeeting(Number(seed))), '\n');
} else {
  const [count = '2000', first = String(DEFAULT_SEED)] = args;
  console.log(`Failure % per field, ${count} meetings from seed ${first} (replay one: VAWG_GEN_ALL=1 VAWG_GEN_SEED=<seed> npx vitest run test/generated.property.test.ts, or: npm run report:generated -- show <seed>)\n`);
  console.log(formatReport(tallyFailures(Number(count), Number(first))));
}
