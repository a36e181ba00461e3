import { checkMeeting } from './compare.js';
import { generateMeeting } from './meeting.js';
import { UNSUPPORTED } from './unsupported.js';
import { describeMeeting } from './show.js';
const mine = (u: any) => ['logFormat', 'actionLog', 'statusForm', 'dueCell'].includes(u.dimension) || (u.dimension === 'dueForm' && ['by-month-d-comma-y', 'by-numeric'].includes(u.value));
const ex = UNSUPPORTED.filter((u) => !mine(u));
if (process.argv[2] === 'show') { for (const s of process.argv.slice(3)) console.log(describeMeeting(generateMeeting(Number(s), ex))); process.exit(0); }
const count = Number(process.argv[2] ?? 3000);
const dims = ['(all)', 'format', 'logFormat', 'actionLog', 'statusForm', 'dueForm', 'dueCell', 'logWrap', 'logSections', 'logIds', 'logLabel'];
const t = new Map<string, { n: number; a: number; u: number; any: number; ex: number[] }>();
for (let seed = 20150716; seed < 20150716 + count; seed++) {
  const m = generateMeeting(seed, ex);
  const { failed } = checkMeeting(m);
  const keys = ['(all)\t(all)', ...dims.filter((d) => m.choices[d]).map((d) => `${d}\t${m.choices[d]}`)];
  for (const k of keys) {
    const x = t.get(k) ?? { n: 0, a: 0, u: 0, any: 0, ex: [] };
    t.set(k, x); x.n++;
    if (failed.includes('actions')) x.a++;
    if (failed.includes('updates')) x.u++;
    if (failed.length) { x.any++; if (x.ex.length < 3 && (failed.includes('actions') || failed.includes('updates'))) x.ex.push(seed); }
  }
}
for (const [k, x] of [...t].sort()) console.log(`${k}\t${x.n}\tact ${(100 * x.a / x.n).toFixed(1)}\tupd ${(100 * x.u / x.n).toFixed(1)}\tany ${(100 * x.any / x.n).toFixed(1)}\t${x.ex.join(',')}`);
