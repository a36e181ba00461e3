/**
 * Failure rate per field for every dimension value, over N generated meetings (no value left out).
 * Run: npm run report:generated -- [count] [first-seed]; one meeting in full: npm run report:generated -- show <seed>…
 */
import { checkMeeting, FIELDS, type Field } from './compare.js';
import { DEFAULT_SEED, generateMeeting } from './meeting.js';
import type { Exclusion } from './prng.js';
import { UNSUPPORTED } from './unsupported.js';
import { describeMeeting } from './show.js';

interface Tally {
  n: number;
  failed: Record<Field | 'any', number>;
  example: number | null;
}

const emptyTally = (): Tally => ({ n: 0, failed: Object.fromEntries([...FIELDS, 'any'].map((f) => [f, 0])) as Tally['failed'], example: null });

/** Tallies failures by dimension and value for seeds first..first+count-1. */
export function tallyFailures(count: number, first: number, exclusions?: readonly Exclusion[], byFormat = false): Map<string, Map<string, Tally>> {
  const byDimension = new Map<string, Map<string, Tally>>();
  const overall = emptyTally();
  byDimension.set('(all)', new Map([['(all)', overall]]));
  for (let seed = first; seed < first + count; seed++) {
    const meeting = generateMeeting(seed, exclusions);
    const { failed } = checkMeeting(meeting);
    const entries = Object.entries(meeting.choices);
    if (byFormat) entries.push(...entries.map(([d, v]): [string, string] => [`${d}@${meeting.choices.format}`, v]));
    const tallies = [overall, ...entries.map(([dimension, value]) => {
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
  const head = ['dimension', 'value', 'n', ...FIELDS, 'any', 'replay seed', 'UNSUPPORTED'];
  const skipped = (dimension: string, value: string) => UNSUPPORTED.filter((u) => u.dimension === dimension && u.value === value)
    .map((u) => (u.when ? `when ${Object.entries(u.when).map(([d, v]) => `${d}=${v}`).join(', ')}` : 'yes')).join('; ');
  const rows = [head, head.map(() => '---')];
  for (const [dimension, values] of byDimension) {
    const sorted = [...values].sort((a, b) => b[1].failed.any / b[1].n - a[1].failed.any / a[1].n);
    for (const [value, t] of sorted)
      rows.push([dimension, value, String(t.n), ...FIELDS.map((f) => pct(t.failed[f], t.n)), pct(t.failed.any, t.n), t.example === null ? '' : String(t.example), skipped(dimension, value)]);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const WHOLE_FIELDS = ['format', 'apologies', 'actionsAmount', 'decisionsAmount'];

/**
 * Greedy search for a short list of values to leave out: repeatedly drop the value whose failure rate on
 * some field most exceeds that of the other values of its dimension, until `count` meetings all pass.
 * A starting point for UNSUPPORTED, to be checked against the report and the failing meetings.
 */
export function suggestExclusions(count: number, first: number, start: readonly Exclusion[] = [], threshold = 0.02): Exclusion[] {
  const exclusions: Exclusion[] = [...start];
  for (;;) {
    const tally = tallyFailures(count, first, exclusions, true);
    const overall = tally.get('(all)')!.get('(all)')!;
    if (overall.failed.any === 0) return exclusions;
    let worst: { dimension: string; value: string; lift: number; rate: number; field: Field } | null = null;
    for (const [dimension, values] of tally) {
      // Leaving out a format, or every apology, action or decision, would hide whole fields rather than one way of writing them.
      if (dimension === '(all)' || dimension.includes('@') || WHOLE_FIELDS.includes(dimension) || values.size < 2) continue;
      const total = emptyTally();
      for (const t of values.values()) {
        total.n += t.n;
        for (const f of FIELDS) total.failed[f] += t.failed[f];
      }
      for (const [value, t] of values) {
        // A value already left out still shows where the document forces it (an effective encoding, `n/a`).
        if (t.n < 20 || total.n - t.n < 20 || exclusions.some((e) => e.dimension === dimension && e.value === value)) continue;
        for (const field of FIELDS) {
          const rate = t.failed[field] / t.n;
          const lift = rate - (total.failed[field] - t.failed[field]) / (total.n - t.n);
          if (!worst || lift > worst.lift) worst = { dimension, value, lift, rate, field };
        }
      }
    }
    if (!worst || worst.lift < threshold) {
      console.log(`(${overall.failed.any} failures left, none tied to one value; e.g. seed ${overall.example})`);
      return exclusions;
    }
    // A value that fails in one format only is left out in that format only.
    const exclusion: Exclusion = { dimension: worst.dimension, value: worst.value };
    const rateIn = (format: string) => {
      const t = tally.get(`${worst!.dimension}@${format}`)?.get(worst!.value);
      return t && t.n >= 10 ? t.failed[worst!.field] / t.n : null;
    };
    const [md, txt] = [rateIn('md'), rateIn('txt')];
    if (md !== null && txt !== null && Math.min(md, txt) < 0.05 && Math.max(md, txt) > 0.2) exclusion.when = { format: md > txt ? 'md' : 'txt' };
    exclusions.push(exclusion);
    console.log(`${JSON.stringify(exclusion)} ${worst.field} ${(100 * worst.rate).toFixed(1)}% (+${(100 * worst.lift).toFixed(1)}); ${overall.failed.any} failing before`);
  }
}

const args = process.argv.slice(2);
if (args[0] === 'suggest') {
  // `suggest <count> more` starts from the current UNSUPPORTED list and looks for what is left.
  suggestExclusions(Number(args[1] ?? 2000), DEFAULT_SEED, args[2] === 'more' ? UNSUPPORTED : [], args[2] === 'more' ? 0.005 : 0.02);
} else if (args[0] === 'show') {
  for (const seed of args.slice(1)) console.log(describeMeeting(generateMeeting(Number(seed))), '\n');
} else {
  const [count = '2000', first = String(DEFAULT_SEED)] = args;
  console.log(`Failure % per field, ${count} meetings from seed ${first} (replay one: VAWG_GEN_ALL=1 VAWG_GEN_SEED=<seed> npx vitest run test/generated.property.test.ts, or: npm run report:generated -- show <seed>)\n`);
  console.log(formatReport(tallyFailures(Number(count), Number(first))));
}
