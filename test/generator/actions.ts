/** Actions recorded under agenda items: the marker forms minutes use, and the action each line records. */
import type { Rng } from './prng.js';
import type { Day } from './dates.js';
import { DUE_FORMS, drawDue, type Due } from './due.js';
import { drawOwners, OWNER_COUNTS, OWNER_FORMS, OWNER_JOINS, ownerCount, type OwnerForm, type OwnerJoin, type OwnerPool, type Owners } from './owners.js';
import { drawStatus, STATUS_FORMS, type Status, type StatusForm } from './statuses.js';
import { capitalise, TASKS } from './tasks.js';
import type { Block } from './sections.js';

export const ACTION_MARKERS = [
  'paren-dash', 'paren-colon', 'caps-colon-to', 'title-colon-to', 'caps-dash-to', 'plural-colon-to', 'action-item',
  'bold-action-item', 'caps-action-item', 'action-item-for', 'bold-action', 'action-point', 'numbered', 'trailing-tag',
  'tag-next-line', 'bold-tag-next-line', 'task-handle-first', 'task-handle-last', 'section-to', 'section-will',
  'section-trailing-owner', 'ap-colon-to', 'ap-dash-to', 'officer-dash',
] as const;
export type ActionMarker = (typeof ACTION_MARKERS)[number];

const MARKDOWN_ONLY: readonly ActionMarker[] = ['bold-action-item', 'bold-action', 'bold-tag-next-line', 'task-handle-first', 'task-handle-last'];
const SECTION_MARKERS: readonly ActionMarker[] = ['section-to', 'section-will', 'section-trailing-owner'];
const TASK_MARKERS: readonly ActionMarker[] = ['task-handle-first', 'task-handle-last'];
/** Markers whose text is a narrative sentence with an owner tag: with a log, the text comes from the log. */
export const TAG_MARKERS: readonly ActionMarker[] = ['trailing-tag', 'tag-next-line', 'bold-tag-next-line'];

/** Labels that open a list of actions under an item. */
export const ACTION_SECTIONS = ['Actions:', 'Next steps:', 'Action items:', 'ACTIONS', '**Actions**', '### Next steps', '**Action items:**'] as const;

export const ACTIONS_AMOUNTS = ['none', 'few', 'many'] as const;

/** One action as planned: what, who, by when, its status as written, and the item it is raised under. */
export interface PlannedAction {
  task: [string, string];
  owners: Owners;
  due: Due | null;
  status: Status | null;
  item: number;
}

/** The choices that shape every action of one meeting. */
export interface ActionPlan {
  marker: ActionMarker;
  section: string;
  statusForm: StatusForm;
  stop: string;
  consecutive: boolean;
  /** How owners are named, shared with the log's earlier rows. */
  owners: { form: OwnerForm; count: number; join: OwnerJoin };
  actions: PlannedAction[];
}

/** Draws the meeting's action style and its actions, spread over the items that may carry them. */
export function planActions(rng: Rng, markdown: boolean, pool: OwnerPool, day: Day, us: boolean, items: number[], taskItems: number[] = items): ActionPlan {
  const amount = rng.choose('actionsAmount', ACTIONS_AMOUNTS);
  let marker = rng.choose('actionMarker', markdown ? ACTION_MARKERS : ACTION_MARKERS.filter((m) => !MARKDOWN_ONLY.includes(m)));
  const section = rng.choose('actionSection', ACTION_SECTIONS.filter((s) => markdown || !/[*#]/.test(s)));
  if (!SECTION_MARKERS.includes(marker)) rng.record('actionSection', 'n/a');
  const form = rng.choose('ownerForm', OWNER_FORMS);
  const count = ownerCount(rng.choose('ownerCount', OWNER_COUNTS));
  const join = rng.choose('ownerJoin', OWNER_JOINS);
  const dueForm = rng.choose('dueForm', DUE_FORMS);
  const statusForm = rng.choose('statusForm', STATUS_FORMS);
  const stop = rng.choose('actionStop', ['full-stop', 'none']) === 'full-stop' ? '.' : '';
  const consecutive = rng.choose('actionSpacing', ['blank-line', 'consecutive']) === 'consecutive';

  // `@x` task lines need people whose handle the roll shows; without any, the minutes use plain ACTION lines.
  if (TASK_MARKERS.includes(marker) && !pool.attendees.some((a) => a.handleShown)) {
    marker = 'caps-colon-to';
    rng.record('actionMarker', marker);
  }
  const n = amount === 'none' || items.length === 0 ? 0 : amount === 'few' ? rng.int(1, 3) : rng.int(4, 8);
  const tasks = rng.shuffle(TASKS).slice(0, n);
  const actions = tasks.map((task): PlannedAction => {
    const owners = TASK_MARKERS.includes(marker)
      ? drawOwners(pool, 'handle', marker === 'task-handle-first' ? 1 : count, 'space', rng)
      : drawOwners(pool, form, count, join, rng);
    if (owners.form !== form && !TASK_MARKERS.includes(marker)) rng.record('ownerForm', `${form}→${owners.form}`);
    const where = TASK_MARKERS.includes(marker) && taskItems.length > 0 ? taskItems : items;
    return { task, owners, due: drawDue(dueForm, day, us, rng), status: drawStatus(statusForm, rng), item: rng.pick(where) };
  });
  actions.sort((a, b) => a.item - b.item);
  return { marker, section, statusForm, stop, consecutive, owners: { form, count, join }, actions };
}

/** The lines of one action and the text CONVENTIONS gives it (marker and owner designation removed). */
export function renderAction(plan: ActionPlan, action: PlannedAction, number: number, logged: boolean): { lines: string[]; text: string } {
  const { marker, stop } = plan;
  const o = action.owners.written;
  const wording = action.due ? `${action.task[0]} ${action.due.phrase}` : action.task[0];
  const status = statusSuffix(plan, action, logged);
  const end = status || stop;
  const textOf = (t: string) => (status ? t : `${t}${stop}`);
  const line = (written: string, text: string) => ({ lines: [written], text });
  switch (marker) {
    case 'paren-dash': return line(`ACTION (${o}) – ${capitalise(wording)}${end}`, textOf(capitalise(wording)));
    case 'paren-colon': return line(`ACTION(${o}): ${capitalise(wording)}${end}`, textOf(capitalise(wording)));
    case 'caps-colon-to': return line(`ACTION: ${o} to ${wording}${end}`, textOf(wording));
    case 'title-colon-to': return line(`Action: ${o} to ${wording}${end}`, textOf(wording));
    case 'caps-dash-to': return line(`ACTION – ${o} to ${wording}${end}`, textOf(wording));
    case 'plural-colon-to': return line(`ACTIONS: ${o} to ${wording}${end}`, textOf(wording));
    case 'action-item': return line(`Action item: ${o} to ${wording}${end}`, textOf(wording));
    case 'bold-action-item': return line(`**Action Item:** ${o} to ${wording}${end}`, textOf(wording));
    case 'caps-action-item': return line(`ACTION ITEM: ${o} to ${wording}${end}`, textOf(wording));
    case 'action-item-for': return line(`Action item for ${o}: ${wording}${end}`, textOf(wording));
    case 'bold-action': return line(`**Action:** ${o} to ${wording}${end}`, textOf(wording));
    case 'action-point': return line(`Action point: ${o} to ${wording}${end}`, textOf(wording));
    case 'numbered': return line(`Action #${number}: ${wording} (${o})${status}`, wording);
    case 'trailing-tag': case 'tag-next-line': case 'bold-tag-next-line': {
      const sentence = `Members asked for ${action.due ? `${action.task[1]} ${action.due.phrase}` : action.task[1]}.`;
      const tag = marker === 'bold-tag-next-line' ? `**Action:** ${o}` : marker === 'tag-next-line' ? `ACTION: ${o}` : `Action: ${o}`;
      return marker === 'trailing-tag' ? line(`${sentence} ${tag}${status}`, sentence) : { lines: [sentence, `${tag}${status}`], text: sentence };
    }
    case 'task-handle-first': return line(`- [${boxOf(action)}] ${o} ${wording}${stop}`, `${wording}${stop}`);
    case 'task-handle-last': return line(`- [${boxOf(action)}] ${capitalise(wording)} ${o}`, capitalise(wording));
    case 'section-to': return line(`- ${o} to ${wording}${end}`, textOf(wording));
    case 'section-will': return line(`- ${o} will ${wording}${end}`, textOf(wording));
    case 'section-trailing-owner': return line(`- ${capitalise(wording)} (${o})${status}`, capitalise(wording));
    case 'ap-colon-to': return line(`AP: ${o} to ${wording}${end}`, textOf(wording));
    case 'ap-dash-to': return line(`AP – ${o} to ${wording}${end}`, textOf(wording));
    case 'officer-dash': return line(`Action Officer: ${o} – ${wording}${end}`, textOf(wording));
  }
}

/** A task box is ticked when the action is closed. */
const boxOf = (action: PlannedAction) => (action.status?.closed ? 'x' : ' ');

/**
 * The status word closing an action line (`… – Complete`): only without a log (whose column then holds it),
 * never on task boxes (the box shows it) and never for checkbox statuses.
 */
function statusSuffix(plan: ActionPlan, action: PlannedAction, logged: boolean): string {
  if (logged || !action.status || plan.statusForm === 'checkbox' || TASK_MARKERS.includes(plan.marker)) return '';
  return ` – ${action.status.written}`;
}

/** Whether the inline line itself shows the action closed (a ticked box or a closing status word). */
export function closedInline(plan: ActionPlan, action: PlannedAction): boolean {
  if (TASK_MARKERS.includes(plan.marker)) return Boolean(action.status?.closed);
  return statusSuffix(plan, action, false) !== '' && Boolean(action.status?.closed);
}

/** The blocks of the actions raised under item `index`. */
export function itemActionBlocks(plan: ActionPlan, index: number, numbers: Map<PlannedAction, number>, logged: boolean): Block[] {
  const here = plan.actions.filter((a) => a.item === index);
  if (here.length === 0) return [];
  const rendered = here.map((a) => renderAction(plan, a, numbers.get(a)!, logged).lines);
  if (SECTION_MARKERS.includes(plan.marker)) {
    return [{ lines: [plan.section] }, { lines: rendered.flat() }];
  }
  if (TASK_MARKERS.includes(plan.marker)) return [{ lines: rendered.flat() }];
  // A narrative sentence and its tag stay one paragraph; marker lines may follow one another or stand apart.
  if (TAG_MARKERS.includes(plan.marker) || !plan.consecutive) return rendered.map((lines) => ({ lines, wrap: lines.length === 1 }));
  return [{ lines: rendered.flat() }];
}
