/** Task-list entries: owners as @handles, mentions or a leading name, and a due date or progress after them. */
import { readOwnerFirst } from './owner-first.js';
import { isImperative, NAMES_NO_ONE, readActionFields, readTrailingParenthesis } from '../lexicon/actions.js';
import { startsLowerCase } from '../text/normalise.js';
import { NAME_PARTICLE } from '../lexicon/names.js';
import { givenNameFirst } from './inline-list.js';
import { letterPattern } from '../text/letters.js';

const DASHED_HANDLES = /^(.+?) [\u2014\u2013-] ((?:@[\w.-]+,? ?)+)(.*)$/;
// Notion's "@September 27, 2024", or a Google Docs date chip, "Nov 21, 2025", closing the task: not "… on Nov 21, 2025".
const DATE_MENTION = /(?<!\b(?:by|on|before|until|till|for|at|from|of|the|and|to)) @?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}, \d{4})$/i;
// A name's words are capitalised, but for the particles inside it ("Pieter van der Berg - update …").
const OWNER_DASH = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )(?:\p{Lu}[\p{L}'.-]*|${NAME_PARTICLE})){0,6}) [-\u2013\u2014] +(.+)$`, 'u');
// "Chen Wei: write the summary …", "Meena: Create the sandbox …": the owners, a colon, the task (in capitals, opening with its verb).
const OWNER_COLON = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )\p{Lu}[\p{L}'.-]*){0,5}): +(\S.*)$`, 'u');
// "@Teodor Balan", "@Amara Nwosu @Rhys Pembridge", "@Aoife Ní Bhriain", "@Maarten van den Berg", "@Koen 't Hooft", "@Rohan K. Sandhu":
// a mention of a person by a full name, its words capitalised but for the particles inside it.
const NAME_MENTION = letterPattern(String.raw`^@\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|${NAME_PARTICLE})){1,5}`, 'u');
// "… — @Hannah Lee · Due Mar 3": Fellow sets the due date off with a middle dot.
const DASHED_MENTIONS = /^(.+?) [\u2014\u2013] (@[A-Z][^\u2014\u2013()\u00b7]+?)(?: [\u2014\u2013\u00b7] [Dd]ue (.+))?$/;
// A status in capitals closing a task, as Confluence's status lozenges read once pasted: "… by 5 Feb 2025 DONE".
const STATUS_LOZENGE = / (DONE|COMPLETE|COMPLETED|IN PROGRESS|BLOCKED|TO DO|NOT STARTED|ON HOLD|OPEN|CLOSED)$/;
// "… the new secondary on-call rule @Hannah O'Connell-Reyes": the owner mentioned after the wording.
const TRAILING_NAME_MENTION = letterPattern(String.raw`\s@(\p{Lu}[\p{L}'-]*(?: (?:\p{Lu}[\p{L}'-]*|${NAME_PARTICLE})){1,4})$`, 'u');
const DASH_OWNER = letterPattern(String.raw`^(.+) [-\u2013\u2014] (\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & )\p{Lu}[\p{L}'.-]*){0,5})$`, 'u');
// "@k-tanaka + @maria.k tag …", "@a & @b …", "@a and @b …": handles joined by a sign or "and" are owners together.
const TASK_HANDLES = /^((?:@[\w.-]+(?: and |[\s,+&]*))+)(.+)$/;
const HANDLES_AND_DUE = /^(.+?)\s*\(((?:@[\w.-]+[\s,]*)+)due ([^()]{3,40})\)$/i;

const DAY_PAGE_LINK = /\s\[\[((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?, \d{4})\]\]$/i;
// "[[Tomás Ferreira]] add the …", "[[Ines Ferraz]] [[Dominic Ashe]] Book …", "[[Aoife]] & [[Joost]] set up …": Logseq's and
// Obsidian's links to the owners' pages before the task.
const PAGE_LINKS_FIRST = /^((?:\[\[[^[\]]{1,80}\]\](?: ?(?:,|&|and) ?| )?)+)(?=\S)/;
// The Obsidian Tasks plugin's fields after a task: 📅 due, ⏳ scheduled, ✅ done, ➕ created, 🛫 start, ❌ cancelled dates;
// its priority marks (⏫ 🔼 🔽 🔺 ⏬) and 🔁 recurrence.
const PLUGIN_SIGN = /[\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec\u{1f501}]/u;
const TASK_PLUGIN_FIELD = /\s*(?:([\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c])\ufe0f? ?(\d{4}-\d\d-\d\d)|[\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec]\ufe0f?|\u{1f501}\ufe0f? ?every [\w ]{1,30}?(?= [\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}]|$))(?=\s|$)/gu;

// "… landing page — assignee: Jonah Whitfield — due: Oct 9": a project tool's fields after the wording, set off by dashes.
const DASHED_FIELDS = / [\u2014\u2013-] (?=(?:assignees?|assigned to|owners?|due(?: date)?|deadline|status):)/i;
const DASHED_SEPARATOR = / [\u2014\u2013-] /;

/** A task box's text to its owners, wording, and any due date or progress written after the owners. */
export function readTask(text: string, isOwner: (raw: string) => boolean = () => true): { ownersRaw: string | null; text: string; progress?: string; dueRaw?: string; status?: string } {
  const fieldsAt = text.includes(':') ? text.search(DASHED_FIELDS) : -1;
  if (fieldsAt > 0) {
    const fields = readActionFields(text.slice(fieldsAt + 3).split(DASHED_SEPARATOR).join('; '));
    if (fields) {
      const task = readTask(text.slice(0, fieldsAt), isOwner);
      if (fields.ownersRaw !== null) task.ownersRaw = NAMES_NO_ONE.test(fields.ownersRaw) ? null : fields.ownersRaw;
      if (fields.dueRaw !== null) task.dueRaw ??= fields.dueRaw;
      if (fields.status !== null) task.status ??= fields.status;
      return task;
    }
  }
  if (PLUGIN_SIGN.test(text)) {
    const fields = withoutPluginFields(text);
    if (fields.text !== text) {
      const task = readTask(fields.text, isOwner);
      if (fields.dueRaw) task.dueRaw ??= fields.dueRaw;
      return task;
    }
  }
  // "… to first launch [[March 11th, 2025]]": a link to a day's page closing the task, as Roam and Logseq write dates.
  const dayLink = text.endsWith(']]') ? DAY_PAGE_LINK.exec(text) : null;
  if (dayLink) {
    const task = readTask(text.slice(0, dayLink.index), isOwner);
    task.dueRaw ??= dayLink[1];
    return task;
  }
  const links = text.startsWith('[[') ? PAGE_LINKS_FIRST.exec(text) : null;
  const linked = links ? [...links[1].matchAll(/\[\[([^[\]]+)\]\]/g)].map((link) => link[1]) : [];
  if (links && linked.every(isOwner)) return { ownersRaw: linked.join(', '), text: text.slice(links[0].length).replace(/^(?:to|will)\s+(?=[a-z])/, '') };
  const lozenge = STATUS_LOZENGE.exec(text);
  if (lozenge) return { ...readTask(text.slice(0, lozenge.index), isOwner), status: lozenge[1] };
  // Notion writes a due date as a mention at the end: "… with legal @September 27, 2024"; Google Docs as a chip.
  const dateMention = DATE_MENTION.exec(text);
  if (dateMention) {
    const task = readTask(text.slice(0, dateMention.index), isOwner);
    task.dueRaw ??= dateMention[1];
    return task;
  }
  const mentions = readMentions(text, isOwner);
  if (mentions) return mentions;
  // "Send the exceptions to the data owners — @Aoife de Búrca — Due 13 Jun", "… — @Whelan, Mark J. @Siddharth Rao — Due
  // 19/06/2025": Loop's task, its owners mentioned by name between dashes, then its due date.
  const dashedMentions = text.includes(' @') ? DASHED_MENTIONS.exec(text) : null;
  const mentioned = dashedMentions ? dashedMentions[2].split(/ (?=@)/).map((mention) => givenNameFirst(mention.slice(1).trim())) : [];
  if (dashedMentions && mentioned.every(isOwner)) return { ownersRaw: mentioned.join(', '), text: dashedMentions[1].trim(), ...(dashedMentions[3] ? { dueRaw: `due ${dashedMentions[3]}` } : {}) };
  const mentionAfter = text.includes('@') ? TRAILING_NAME_MENTION.exec(text) : null;
  if (mentionAfter && isOwner(mentionAfter[1])) return { ownersRaw: mentionAfter[1], text: text.slice(0, mentionAfter.index).trim() };
  // "Theo Marchetti - obtain three quotes …", "Renata Szabo, Curtis Whitfield - recruit …"
  const ownerDash = OWNER_DASH.exec(text);
  if (ownerDash && isOwner(ownerDash[1])) return { ownersRaw: ownerDash[1], text: ownerDash[2].trim() };
  const ownerColon = OWNER_COLON.exec(text);
  if (ownerColon && isOwner(ownerColon[1]) && (startsLowerCase(ownerColon[2]) || /^\d/.test(ownerColon[2]) || isImperative(ownerColon[2].split(' ', 1)[0]))) return { ownersRaw: ownerColon[1], text: ownerColon[2].trim() };
  // "Migrate the workspaces — @tomasz, due 2024-05-02", "Rotate the credentials — @ebo (done 22 Apr)", "… — @maya — waiting on finance"
  const dashed = DASHED_HANDLES.exec(text);
  if (dashed) {
    const task: { ownersRaw: string; text: string; progress?: string; dueRaw?: string } = { ownersRaw: dashed[2].trim().replace(/,$/, '').split(/[\s,]+/).join(', '), text: dashed[1].trim() };
    const rest = dashed[3].trim().replace(/^[\u2014\u2013,-]\s*/, '').replace(/^\((.*)\)$/, '$1');
    const due = /^due (.+)$/i.exec(rest);
    if (due) task.dueRaw = due[1];
    else if (rest) task.progress = rest;
    return task;
  }
  const handles = TASK_HANDLES.exec(text);
  // "@pdeshmukh - write the tutorial", "@tkowalski: file the extension", "@chen to open …": the dash, colon or "to" after
  // the handles is no part of the wording.
  if (handles) return { ownersRaw: handles[1].trim().split(/ and |[\s,+&]+/).join(', '), text: handles[2].trim().replace(/^(?:[-\u2013\u2014]\s+|:\s*|(?:to|will)\s+(?=[a-z]))/, '') };
  const trailing = /^(.+?)\s*\(?((?:@[\w.-]+[\s,]*)+)\)?$/.exec(text);
  if (trailing) return { ownersRaw: trailing[2].trim().split(/[\s,]+/).join(', '), text: trailing[1].trim() };
  // "Fix the docs build (@pwanjiru, due 2025-06-20)": the owners and the due date in one closing bracket.
  const handlesAndDue = HANDLES_AND_DUE.exec(text);
  if (handlesAndDue) return { ownersRaw: handlesAndDue[2].trim().replace(/,$/, '').split(/[\s,]+/).join(', '), text: handlesAndDue[1].trim(), dueRaw: handlesAndDue[3].trim() };
  // "Order the filter by Thursday. - Tobias", "… rate. - Dana Whitfield, Tobias": owners after a closing dash.
  const dashOwner = DASH_OWNER.exec(text);
  if (dashOwner && isOwner(dashOwner[2])) return { ownersRaw: dashOwner[2], text: dashOwner[1].trim() };
  // "☐ Book the technical deep-dive … [Jordi Puig-Serra]": the owners in a closing bracket; "[NEW]" is a tracker's tag.
  const closing = readTrailingParenthesis(text);
  if (closing && !/^[A-Z]+$/.test(closing.inside) && isOwner(closing.inside)) return { ownersRaw: closing.inside, text: closing.text };
  return readOwnerFirst(text) ?? { ownersRaw: null, text };
}

/** A task's text without the Tasks plugin's fields, and its due date (📅, else ⏳ scheduled) from them. */
function withoutPluginFields(text: string): { text: string; dueRaw: string | null } {
  let due: string | null = null;
  let scheduled: string | null = null;
  const rest = text.replace(TASK_PLUGIN_FIELD, (_field, sign: string | undefined, date: string | undefined) => {
    if (sign === '\u{1f4c5}') due = date ?? null;
    else if (sign === '\u23f3') scheduled = date ?? null;
    return '';
  });
  return { text: rest.trim(), dueRaw: due ?? scheduled };
}

const JOINED_OWNER = letterPattern(String.raw`^(?:\+|&|and) (@?\p{Lu}[\p{L}'’-]*) `, 'u');

/** Mentions at the start of a task: "@Teodor Balan Create the job …" → owner "Teodor Balan". */
function readMentions(text: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string } | null {
  const owners: string[] = [];
  let rest = text;
  for (let m = NAME_MENTION.exec(rest); m; m = NAME_MENTION.exec(rest)) {
    // The longest name the minutes know: "@Aoife Ní Bhriain Run …" is three words, "@Priya Shah Publish …" two.
    const words = m[0].slice(1).split(' ');
    let full: string | null = null;
    for (let count = words.length; count >= 2 && !full; count--) if (isOwner(words.slice(0, count).join(' '))) full = words.slice(0, count).join(' ');
    if (full) {
      owners.push(full);
      rest = rest.slice(1 + full.length).replace(/^,? ?/, '');
      // "@Daniel van Rooyen + Callum run …", "@Tahlia Nguyen & @Georgia Papadopoulos book …": owners joined by a sign.
      const joined = JOINED_OWNER.exec(rest);
      if (joined && (joined[1].startsWith('@') || isOwner(joined[1]))) {
        if (!joined[1].startsWith('@')) owners.push(joined[1]);
        rest = rest.slice(joined[0].length - (joined[1].startsWith('@') ? joined[1].length : 0));
      }
    } else return null;
  }
  // "@Tom Becker – sign the contract": the dash after the mention is no part of the wording.
  return owners.length > 0 && rest ? { ownersRaw: owners.join(', '), text: rest.trim().replace(/^[-\u2013\u2014]\s+/, '') } : null;
}
