/** A roll section as written: its label in one form, then the entries in one layout. */
import type { Rng } from './prng.js';
import { commaFreeShape, renderEntry, type EntryShape, type EntrySep, type GenPerson, type TruePerson } from './roll.js';
import { headingLines, type HeadingStyle, type Scheme } from './items.js';
import type { LabelForm } from './labels.js';

export const ROLL_LAYOUTS = [
  'bullets-dash', 'bullets-star', 'bullets-dot', 'lines', 'numbered-list', 'task-boxes', 'inline-comma', 'inline-semicolon',
  'inline-and', 'paragraph', 'table-pipe', 'table-tab',
] as const;
export type RollLayout = (typeof ROLL_LAYOUTS)[number];

export const INLINE_LAYOUTS: readonly RollLayout[] = ['inline-comma', 'inline-semicolon', 'inline-and', 'paragraph'];

/** A block of lines; blocks are separated by blank lines, and `wrap` blocks may be hard-wrapped. */
export interface Block {
  lines: string[];
  wrap?: boolean;
}

export interface SectionContext {
  rng: Rng;
  markdown: boolean;
  headingStyle: HeadingStyle;
  scheme: Scheme;
  /** Next item index, advanced when a numbered label makes the section an agenda item. */
  itemIndex: { value: number };
  items: { number: string; title: string }[];
}

export interface RollStyle {
  layout: RollLayout;
  shape: EntryShape;
  sep: EntrySep;
}

/** Renders a labelled roll; numbered labels become agenda items and are recorded in `ctx.items`. */
export function renderSection(label: string, form: LabelForm, people: GenPerson[], style: RollStyle, ctx: SectionContext): { blocks: Block[]; truth: TruePerson[] } {
  const { rng, markdown } = ctx;
  const inline = INLINE_LAYOUTS.includes(style.layout);
  const rendered = renderRoll(people, style, ctx);
  const marker = () => {
    const m = ctx.scheme.marker(ctx.itemIndex.value++, markdown, form === 'numbered-escaped');
    ctx.items.push({ number: m.number, title: label });
    return m.written;
  };
  const head = (() => {
    switch (form) {
      case 'colon': return `${label}:`;
      case 'bare': return label;
      case 'bold': return `**${label}:**`;
      case 'bold-inner-colon': return `**${label}**:`;
      case 'numbered': case 'numbered-escaped': return `${marker()}${label}:`;
      case 'caps': return `${label.toUpperCase()}:`;
      case 'dash': return `${label} –`;
      case 'heading': return null;
    }
  })();
  if (head === null) return { blocks: [{ lines: headingLines(label, ctx.headingStyle, markdown, rng) }, rendered.block], truth: rendered.truth };
  if (inline && form !== 'bare') return { blocks: [{ lines: [`${head} ${rendered.block.lines.join(' ')}`], wrap: true }], truth: rendered.truth };
  // A label on its own line: markdown needs the blank line for the list or table below to start.
  if (markdown || rng.chance(0.5)) return { blocks: [{ lines: [head] }, rendered.block], truth: rendered.truth };
  return { blocks: [{ lines: [head, ...rendered.block.lines], wrap: false }], truth: rendered.truth };
}

/** The entries alone, in the layout. */
export function renderRoll(people: GenPerson[], style: RollStyle, ctx: SectionContext): { block: Block; truth: TruePerson[] } {
  const { layout } = style;
  if (layout === 'table-pipe' || layout === 'table-tab') return renderTable(people, layout, ctx.rng);
  const commaJoined = layout === 'inline-comma' || layout === 'inline-and' || layout === 'paragraph';
  const shape = commaJoined ? commaFreeShape(style.shape) : style.shape;
  const sep = commaJoined && style.sep === 'comma' ? 'en-dash' : style.sep;
  const entries = people.map((p) => renderEntry(p, shape, sep));
  const texts = entries.map((e) => e.text);
  const truth = entries.map((e) => e.truth);
  const bullet = (mark: string) => ({ lines: texts.map((t) => `${mark} ${t}`) });
  switch (layout) {
    case 'bullets-dash': return { block: bullet('-'), truth };
    case 'bullets-star': return { block: bullet('*'), truth };
    case 'bullets-dot': return { block: bullet('•'), truth };
    case 'task-boxes': return { block: bullet(ctx.markdown ? '- [x]' : '[x]'), truth };
    case 'lines': return { block: { lines: texts }, truth };
    case 'numbered-list': return { block: { lines: texts.map((t, i) => `${ctx.markdown ? '' : '   '}${i + 1}. ${t}`) }, truth };
    case 'inline-comma': return { block: { lines: [texts.join(', ')], wrap: true }, truth };
    case 'inline-semicolon': return { block: { lines: [texts.join('; ')], wrap: true }, truth };
    case 'inline-and': case 'paragraph': return { block: { lines: [joinAnd(texts) + (layout === 'paragraph' ? '.' : '')], wrap: true }, truth };
  }
}

/** "A, B and C", as a sentence lists names. */
export function joinAnd(texts: string[]): string {
  return texts.length <= 1 ? texts.join('') : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}

type Column = 'name' | 'role' | 'organisation' | 'initials';
const HEADERS: Record<Column, string[]> = {
  name: ['Name', 'Member', 'Attendee'],
  role: ['Role', 'Position', 'Office'],
  organisation: ['Organisation', 'Organization', 'Representing'],
  initials: ['Initials'],
};

function renderTable(people: GenPerson[], layout: RollLayout, rng: Rng): { block: Block; truth: TruePerson[] } {
  const extra = (['role', 'organisation', 'initials'] as Column[]).filter(() => rng.chance(0.6));
  const columns = rng.shuffle<Column>(['name', ...extra]);
  const empty = rng.pick(['', '—', '-']);
  const truth: TruePerson[] = people.map((p) => ({
    name: p.name.full,
    initials: columns.includes('initials') ? p.initials : null,
    organisation: columns.includes('organisation') ? p.organisation : null,
    role: columns.includes('role') ? p.role : null,
  }));
  const cell = (p: GenPerson, c: Column) => {
    switch (c) {
      case 'name': return `${p.honorific ? `${p.honorific} ` : ''}${p.name.full}${p.note ? ` ${p.note}` : ''}`;
      case 'role': return p.role ?? empty;
      case 'organisation': return p.organisation ?? empty;
      case 'initials': return p.initials;
    }
  };
  const header = columns.map((c) => rng.pick(HEADERS[c]));
  const rows = people.map((p) => columns.map((c) => cell(p, c)));
  if (layout === 'table-tab') return { block: { lines: [header, ...rows].map((r) => r.join('\t')) }, truth };
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return { block: { lines: [line(header), line(columns.map(() => '---')), ...rows.map(line)] }, truth };
}
