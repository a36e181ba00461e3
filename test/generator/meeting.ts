/** Composes one meeting's minutes from independent seeded choices, with the model a careful secretariat would extract. */
import { createRng, type Choices, type Exclusion } from './prng.js';
import { BODY_KINDS, createBody } from './bodies.js';
import { formatDate, addDays } from './dates.js';
import { renderHeader, type HeaderTruth } from './header.js';
import { createScheme, HEADING_STYLES, headingLines, needsEscape, NUMBERINGS, SUB_ITEMS, SUB_TITLES, subMarker } from './items.js';
import { APOLOGY_LABELS, ATTENDANCE_LABELS, LABEL_FORMS, labelText, OFFICER_LABELS, type LabelForm } from './labels.js';
import { INITIALS_CASES, mixedInitialsOf, NAME_POOLS } from './names.js';
import { NOISE, noiseParagraphs } from './noise.js';
import { planOutcomes, type TrueAction } from './outcomes.js';
import type { TrueUpdate } from './logs.js';
import { drawCast, HONORIFIC_KINDS } from './people.js';
import { ENTRY_SEPS, ENTRY_SHAPES, NOTES, type TruePerson } from './roll.js';
import { renderRoll, renderSection, ROLL_LAYOUTS, type Block, type SectionContext } from './sections.js';
import { encode, ENCODINGS, joinBlocks, NEWLINES, WRAPS } from './file.js';

/** The fields the property test compares, in the shape of test/helpers/fixtures.ts project(). */
export interface Truth extends HeaderTruth {
  attendees: TruePerson[];
  apologies: { name: string; organisation: string | null }[];
  items: { number: string | null; title: string }[];
  actions: TrueAction[];
  updates: TrueUpdate[];
  decisions: string[];
}

export interface GeneratedMeeting {
  seed: number;
  text: string;
  bytes: Uint8Array;
  fileName: string;
  truth: Truth;
  choices: Choices;
}

/** First seed of a run unless VAWG_GEN_BASE_SEED says otherwise; meeting i uses seed DEFAULT_SEED + i. */
export const DEFAULT_SEED = 20150716;

const APOLOGY_SHAPES = ['name', 'name-org-paren', 'name-sep-org', 'name-role-paren'] as const;
const APOLOGY_LAYOUTS = ROLL_LAYOUTS.filter((l) => !l.startsWith('table') && l !== 'task-boxes');

/** One meeting from one seed; `exclusions` leaves dimension values out (the property test's UNSUPPORTED). */
export function generateMeeting(seed: number, exclusions?: readonly Exclusion[]): GeneratedMeeting {
  const rng = createRng(seed, exclusions);
  const markdown = rng.choose('format', ['md', 'txt']) === 'md';
  const body = createBody(rng.choose('body', BODY_KINDS), rng);
  const header = renderHeader(body, markdown, rng);

  const headingStyle = rng.choose('headingStyle', markdown ? HEADING_STYLES : HEADING_STYLES.filter((s) => s !== 'md-hash'));
  const scheme = createScheme(rng.choose('numbering', NUMBERINGS), body.code, header.day.y, header.day.m, rng);
  const ctx: SectionContext = { rng, markdown, headingStyle, scheme, itemIndex: { value: 0 }, items: [] };

  // Who was there and who was not.
  const split = rng.choose('rollSplit', ['single', 'members-and-officers']) === 'members-and-officers';
  const apologiesKind = rng.choose('apologies', ['listed', 'listed-long', 'none-stated', 'omitted']);
  const honorifics = rng.choose('honorific', HONORIFIC_KINDS);
  const cast = drawCast(body, rng.choose('namePool', NAME_POOLS), honorifics, rng.choose('notes', NOTES), {
    members: rng.int(3, 10),
    officers: rng.int(split ? 1 : 0, 4),
    absent: apologiesKind === 'listed' ? rng.int(1, 3) : apologiesKind === 'listed-long' ? rng.int(4, 7) : 0,
  }, rng);
  if (rng.choose('initialsCase', INITIALS_CASES) === 'mixed') {
    for (const p of [...cast.members, ...cast.officers, ...cast.absent]) p.initials = mixedInitialsOf(p.name, rng);
  }
  const labelForms = markdown ? LABEL_FORMS : LABEL_FORMS.filter((f) => !f.startsWith('bold') && f !== 'numbered-escaped');
  const labelForm = rng.choose('labelForm', labelForms);
  const style = { layout: rng.choose('rollLayout', ROLL_LAYOUTS), shape: rng.choose('entryShape', ENTRY_SHAPES), sep: rng.choose('entrySep', ENTRY_SEPS) };
  const attendanceLabel = rng.choose('attendanceLabel', ATTENDANCE_LABELS);
  const noun = body.kind.includes('council') || body.kind === 'police-crime-panel' ? 'Councillors' : 'members';
  const blocks: Block[] = [...header.blocks];
  const attendees: TruePerson[] = [];
  const rollPeople = split ? cast.members : [...cast.members, ...cast.officers];
  const first = renderSection(labelText(attendanceLabel, rollPeople.length, noun), labelForm, rollPeople, style, ctx);
  blocks.push(...first.blocks);
  attendees.push(...first.truth);
  if (split) {
    const officers = renderSection(rng.choose('officerLabel', OFFICER_LABELS), labelForm, cast.officers, style, ctx);
    blocks.push(...officers.blocks);
    attendees.push(...officers.truth);
  } else rng.record('officerLabel', 'n/a');

  // Apologies: a labelled roll or a sentence, in its own section or under the first agenda item.
  const apologiesLabel = rng.choose('apologiesLabel', APOLOGY_LABELS);
  const apologiesPlace = rng.choose('apologiesPlace', ['own-section', 'in-first-item']);
  const apologyStyle = { layout: rng.choose('apologiesLayout', APOLOGY_LAYOUTS), shape: rng.choose('apologiesShape', APOLOGY_SHAPES), sep: style.sep };
  const apologies: Truth['apologies'] = [];
  const apologyBlocks: Block[] = [];
  if (cast.absent.length > 0) {
    const form: LabelForm = apologiesPlace === 'in-first-item' && labelForm.startsWith('numbered') ? 'colon' : labelForm;
    let truth: TruePerson[];
    if (apologiesLabel.startsWith('sentence: ')) {
      const roll = renderRoll(cast.absent, { ...apologyStyle, layout: 'inline-and' }, ctx);
      apologyBlocks.push({ lines: [`${apologiesLabel.slice(10)} ${roll.block.lines[0]}.`], wrap: true });
      truth = roll.truth;
    } else {
      const section = renderSection(apologiesLabel, form, cast.absent, apologyStyle, apologiesPlace === 'in-first-item' ? { ...ctx, itemIndex: { value: 0 }, items: [] } : ctx);
      apologyBlocks.push(...section.blocks);
      truth = section.truth;
    }
    apologies.push(...truth.map(({ name, organisation }) => ({ name, organisation })));
  } else if (apologiesKind === 'none-stated') {
    apologyBlocks.push({ lines: [rng.pick(['Apologies: None.', 'There were no apologies.', 'Apologies: none received'])] });
  }
  if (apologiesPlace === 'own-section') blocks.push(...apologyBlocks);

  // Agenda items.
  const noise = rng.choose('noise', NOISE);
  const subItems = rng.choose('subItems', scheme.arabic ? SUB_ITEMS : SUB_ITEMS.filter((s) => s !== 'decimal'));
  const titles = rng.shuffle(body.titles.filter((t) => t !== 'Date of next meeting')).slice(0, rng.int(3, 8));
  if (apologiesPlace === 'in-first-item') titles.unshift(rng.pick(['Apologies for absence', 'Welcome and apologies', 'Apologies']));
  if (noise === 'next-meeting') titles.push('Date of next meeting');
  const withSubs = new Set(subItems === 'none' ? [] : rng.shuffle(titles.map((_, i) => i)).slice(0, rng.int(1, 2)));
  const subject = rng.pick([...cast.members, ...cast.officers]);
  const noiseSubject = { who: `${subject.honorific ?? subject.name.given} ${subject.name.family}` };
  const firstFree = apologiesPlace === 'in-first-item' ? 1 : 0;
  const outcomes = planOutcomes({
    rng, markdown, body, day: header.day, cast, style,
    attendees: [...rollPeople, ...(split ? cast.officers : [])].map((person, i) => ({ person, truth: attendees[i] })),
    items: titles.flatMap((t, i) => (i < firstFree || t === 'Date of next meeting' ? [] : [i])),
    // A task list under "Matters arising" reports on earlier actions (CONVENTIONS: updates), so new tasks go elsewhere.
    taskItems: titles.flatMap((t, i) => (i < firstFree || t === 'Date of next meeting' || /^matters arising$/i.test(t) ? [] : [i])),
  });
  titles.forEach((title, i) => {
    const marker = scheme.marker(ctx.itemIndex.value++, markdown, markdown && needsEscape(headingStyle));
    const written = headingStyle === 'caps' ? title.toUpperCase() : title;
    ctx.items.push({ number: marker.number, title: written });
    blocks.push({ lines: headingLines(`${marker.written}${written}`, headingStyle, markdown, rng) });
    if (i === 0 && apologiesPlace === 'in-first-item') blocks.push(...apologyBlocks);
    if (withSubs.has(i)) {
      const subs = rng.shuffle(SUB_TITLES).slice(0, rng.int(2, 3));
      blocks.push({ lines: subs.map((s, j) => `${subMarker(subItems, j, marker.number)}${s}`) });
    }
    for (const paragraph of noiseParagraphs(noise, noiseSubject, rng)) blocks.push({ lines: [paragraph], wrap: true });
    blocks.push(...outcomes.itemBlocks(i));
    if (title === 'Date of next meeting') {
      const next = formatDate(addDays(header.day, 28), header.dateForm, body.us);
      blocks.push({ lines: [`The next meeting will be held on ${next}.`], wrap: true });
    }
  });
  blocks.push(...outcomes.closing);

  const wrap = rng.choose('wrap', WRAPS);
  const text = header.frontMatter + joinBlocks(blocks, wrap);
  const newline = rng.choose('newline', NEWLINES);
  const encoded = encode(text, newline, rng.choose('encoding', ENCODINGS));
  rng.record('encoding', encoded.encoding);
  return {
    seed,
    text,
    bytes: encoded.bytes,
    fileName: `meeting-${seed}.${markdown ? 'md' : 'txt'}`,
    truth: { ...header.truth, attendees, apologies, items: ctx.items, ...outcomes.truth },
    choices: rng.choices,
  };
}

