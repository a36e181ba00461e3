/** What a meeting did: decisions and actions under its items, and the action log after them, with their truth. */
import type { Rng } from './prng.js';
import type { Body } from './bodies.js';
import type { Day } from './dates.js';
import type { Cast } from './people.js';
import type { RollStyle, Block } from './sections.js';
import type { TruePerson } from './roll.js';
import { closedInline, itemActionBlocks, planActions, renderAction, TAG_MARKERS, type PlannedAction } from './actions.js';
import { composeLog, planLog, type TrueUpdate } from './logs.js';
import { dealMatters, DECISION_DECOYS, DECISION_FORMS, DECISIONS_AMOUNTS, renderDecision, renderDecoy } from './decisions.js';
import type { OwnerPool } from './owners.js';

/** An action as CONVENTIONS records it; the property test compares these sorted by text. */
export interface TrueAction {
  id: string | null;
  text: string;
  owners: string[];
  due: string | null;
  status: 'open' | 'closed';
}

export interface Outcomes {
  /** Blocks to put under item `index`, after its discussion. */
  itemBlocks(index: number): Block[];
  /** Blocks after the last item (the action log). */
  closing: Block[];
  truth: { actions: TrueAction[]; updates: TrueUpdate[]; decisions: string[] };
}

export interface OutcomeContext {
  rng: Rng;
  markdown: boolean;
  body: Body;
  day: Day;
  cast: Cast;
  /** The attendees as the roll lists them (members, then officers), with what it showed of each. */
  attendees: { person: Cast['members'][number]; truth: TruePerson }[];
  style: RollStyle;
  /** Items that may carry actions and decisions (not the apologies item, not the date of the next meeting). */
  items: number[];
  /** Items that may carry a list of new tasks (task boxes): not "Matters arising". */
  taskItems: number[];
}

/** The people, roles, organisations and groups actions may be given to; only what a reader can resolve. */
function ownerPool({ attendees, style, cast, body }: OutcomeContext): OwnerPool {
  const handleShown = style.shape.includes('handle') && !style.layout.startsWith('table');
  const people = attendees.map((a) => a.person);
  const collective = body.kind.includes('council') ? 'councillors' : body.kind === 'school-governors' ? 'governors'
    : body.kind === 'charity-trustees' ? 'trustees' : 'members';
  return {
    attendees: attendees.map((a) => ({ person: a.person, initialsShown: a.truth.initials !== null, handleShown })),
    everyone: [...people, ...cast.absent],
    roles: [...new Set(people.flatMap((p) => (p.role ? [p.role] : [])))],
    organisations: [...new Set([...people.flatMap((p) => (p.organisation ? [p.organisation] : [])), ...body.organisations])]
      .filter((o) => o !== 'Independent'),
    collectives: ['All', 'All members', `All ${collective}`],
    initialsUsed: new Set(),
  };
}

/** Actions and updates in a stable order, as test/helpers/fixtures.ts project() sorts them: the order is not the truth's concern. */
export function byText<T extends { text: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** Draws the meeting's decisions, actions and log, ready to be placed under its items. */
export function planOutcomes(ctx: OutcomeContext): Outcomes {
  const { rng, markdown, body, day, cast } = ctx;
  const pool = ownerPool(ctx);
  const noun = body.kind.includes('council') ? 'Council' : body.name.includes('Board') ? 'Board' : 'committee';
  const movers = { names: cast.members.map((p) => (p.honorific ? `${p.honorific} ${p.name.family}` : p.name.full)) };

  // Decisions: one form per meeting, on some items, with lines that look like decisions and are not.
  const decisionsAmount = rng.choose('decisionsAmount', DECISIONS_AMOUNTS);
  const decisionForm = rng.choose('decisionForm', DECISION_FORMS.filter((f) => markdown || f !== 'bold-decision'));
  const decoy = rng.choose('decisionDecoy', DECISION_DECOYS);
  const decisionCount = decisionsAmount === 'none' ? 0 : decisionsAmount === 'few' ? rng.int(1, 2) : rng.int(3, 5);
  const deck = dealMatters(rng);
  const decided = Array.from({ length: ctx.items.length > 0 ? decisionCount : 0 }, () => ({ item: rng.pick(ctx.items), ...renderDecision(decisionForm, noun, movers, deck, rng) }))
    .sort((a, b) => a.item - b.item);
  const decoyItem = ctx.items.length > 0 ? rng.pick(ctx.items) : -1;
  const decoyLine = renderDecoy(decoy, movers, deck, rng);

  const plan = planActions(rng, markdown, pool, day, body.us, ctx.items, ctx.taskItems);
  const logPlan = planLog(rng, markdown);
  const log = composeLog(logPlan, plan.actions, { rng, day, us: body.us, code: body.code, pool, statusForm: plan.statusForm, owners: plan.owners });
  // The minutes use initials for people the roll lists without them: a reader takes those initials as theirs.
  for (const a of ctx.attendees) if (a.truth.initials === null && pool.initialsUsed.has(a.person)) a.truth.initials = a.person.initials;
  const logOnly = logPlan.mode === 'log-only' || logPlan.mode === 'with-earlier';
  const logged = log.logged.size > 0;
  const numbers = new Map<PlannedAction, number>(plan.actions.map((a, i) => [a, i + 1]));

  const actions = plan.actions.map((a): TrueAction => {
    const row = log.logged.get(a);
    const inline = renderAction(plan, a, numbers.get(a)!, logged);
    const fromLog = row && (logOnly || TAG_MARKERS.includes(plan.marker));
    return {
      id: row?.id ?? null,
      text: fromLog ? row.text : inline.text,
      owners: a.owners.names,
      due: row ? row.due : a.due?.iso ?? null,
      status: (row ? row.closed : closedInline(plan, a)) ? 'closed' : 'open',
    };
  });
  return {
    itemBlocks(index) {
      const blocks: Block[] = decided.filter((d) => d.item === index).map((d) => ({ lines: d.lines, wrap: d.lines.length === 1 }));
      if (decoyLine && index === decoyItem) blocks.push({ lines: [decoyLine], wrap: true });
      if (!logOnly) blocks.push(...itemActionBlocks(plan, index, numbers, logged));
      return blocks;
    },
    closing: log.blocks,
    truth: { actions: byText(actions), updates: byText(log.updates), decisions: decided.flatMap((d) => d.texts) },
  };
}
