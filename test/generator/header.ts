/** The head of the minutes: front matter, title, date, time and location, and the truth they carry. */
import type { Rng } from './prng.js';
import type { Body } from './bodies.js';
import { addDays, clockOf, DATE_FORMS, formatDate, formatTime, isoOf, TIME_FORMS, type Day } from './dates.js';
import type { Block } from './sections.js';

export const TITLE_FORMS = ['plain', 'caps', 'minutes-of', 'body-dash-minutes', 'front-matter'] as const;
export const DATE_PLACES = ['date-line', 'title-suffix', 'title-prefix', 'heading', 'held-sentence'] as const;
export const FRONT_MATTER = ['none', 'post-date', 'post-datetime', 'same-date'] as const;
export const TIME_ENDS = ['none', 'dash', 'to'] as const;
export const TIME_PLACES = ['with-date', 'own-line'] as const;
export const LOCATION_FORMS = ['none', 'location-label', 'venue-label', 'where-label', 'held-at', 'via-online', 'in-sentence'] as const;
export const META_LABELS = ['plain', 'bold'] as const;

const VENUES = ['Council Chamber, Shire Hall', 'Jubilee Room, Stowbridge Community Centre', 'Seminar Room 3, Ridley House',
  'Ashby Village Hall', 'The Boathouse, Quay Lane', 'Committee Room 2, Town Hall', 'Board Room, Cavell House'];
const US_VENUES = ['City Hall Council Chambers, 200 Main Street', 'Coalition Office, 418 Canal Street, Suite 200'];
const PLATFORMS = ['Zoom', 'Microsoft Teams', 'Google Meet', 'Jitsi'];

export interface HeaderTruth {
  title: string;
  date: string;
  time: { start: string | null; end: string | null } | null;
  location: string | null;
}

/** Head blocks, the front matter (markdown only) and their truth. */
export function renderHeader(body: Body, markdown: boolean, rng: Rng): { frontMatter: string; blocks: Block[]; truth: HeaderTruth; day: Day; dateForm: (typeof DATE_FORMS)[number] } {
  const titleForm = rng.choose('titleForm', markdown ? TITLE_FORMS : TITLE_FORMS.filter((f) => f !== 'front-matter'));
  const datePlace = rng.choose('datePlace', DATE_PLACES);
  const dateForms = body.us ? DATE_FORMS.filter((f) => f !== 'numeric-dot') : DATE_FORMS;
  const dateForm = rng.choose('dateForm', dateForms);
  const y = rng.int(2012, 2026);
  const m = rng.int(1, 12);
  const day: Day = { y, m, d: rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
  const date = formatDate(day, dateForm, body.us);
  const frontMatterKind = markdown ? rng.choose('frontMatter', FRONT_MATTER) : (rng.record('frontMatter', 'none'), 'none');
  const bold = markdown && rng.choose('metaLabel', META_LABELS) === 'bold';
  if (!markdown) rng.record('metaLabel', 'plain');
  const meta = (label: string, value: string) => (bold ? `**${label}:** ${value}` : `${label}: ${value}`);

  // Time: evenings for councils and boards of volunteers, office hours otherwise.
  const timeForm = rng.choose('timeForm', TIME_FORMS);
  const timeEnd = rng.choose('timeEnd', TIME_ENDS);
  const timePlace = rng.choose('timePlace', TIME_PLACES);
  if (timeForm === 'none') {
    rng.record('timeEnd', 'n/a');
    rng.record('timePlace', 'n/a');
  }
  const evening = ['parish-council', 'town-council', 'us-city-council', 'charity-trustees', 'us-nonprofit-board'].includes(body.kind);
  const start = timeForm === 'hour-ampm' ? rng.int(evening ? 18 : 9, evening ? 19 : 15) * 60
    : rng.int(evening ? 18 : 9, evening ? 19 : 15) * 60 + rng.pick([0, 15, 30, 45]);
  const end = start + rng.int(4, 12) * 15;
  let time: string | null = null;
  if (timeForm !== 'none') {
    const s = formatTime(start, timeForm);
    const e = formatTime(timeForm === 'hour-ampm' ? Math.ceil(end / 60) * 60 : end, timeForm);
    time = timeEnd === 'none' ? s : timeEnd === 'dash' ? `${s}${rng.pick(['–', ' – ', '-', ' - '])}${e}` : `${s} to ${e}`;
  }
  const timeTruth = timeForm === 'none' ? null
    : { start: clockOf(start), end: timeEnd === 'none' ? null : clockOf(timeForm === 'hour-ampm' ? Math.ceil(end / 60) * 60 : end) };

  const locationForm = rng.choose('locationForm', datePlace === 'held-sentence' ? LOCATION_FORMS : LOCATION_FORMS.filter((f) => f !== 'in-sentence'));
  const online = locationForm === 'via-online' || body.kind === 'oss-steering' || body.kind === 'standards-working-group';
  const location = locationForm === 'none' ? null : online ? rng.pick(PLATFORMS) : rng.pick(body.us ? US_VENUES : VENUES);

  // The body's name is the title, without "Minutes of the" and without a date the page tool adds. A
  // title set in capitals is recorded in the body's own capitalisation, as the gold fixtures do
  // ("WESTMARCH POLICE AND CRIME PANEL" → "Westmarch Police and Crime Panel", "NHS" kept).
  const title = body.name;
  const written = titleForm === 'minutes-of' ? `Minutes of the ${body.name}`
    : titleForm === 'body-dash-minutes' ? `${body.name} – Minutes` : titleForm === 'caps' ? body.name.toUpperCase() : title;
  const withTime = timePlace === 'with-date' && time ? `${date}${rng.pick([', ', ' at '])}${time}` : date;
  const dated = datePlace === 'title-suffix' ? `${written}${rng.pick([' – ', ' - ', ', '])}${withTime}`
    : datePlace === 'title-prefix' ? `${withTime}${dateForm === 'iso' ? ' ' : ' – '}${written}` : written;

  const blocks: Block[] = [];
  const fm: string[] = [];
  if (titleForm === 'front-matter') fm.push(`title: "${dated}"`);
  else blocks.push({ lines: [markdown ? `# ${dated}` : dated] });
  if (frontMatterKind !== 'none') {
    // A CMS stamps the post with the day it was published; the minutes' own date still wins.
    const post = frontMatterKind === 'same-date' ? day : addDays(day, rng.int(1, 20));
    fm.push(frontMatterKind === 'post-datetime' ? `date: ${isoOf(post)}T09:${String(rng.int(10, 59))}:00Z` : `date: ${isoOf(post)}`);
    fm.push(rng.pick(['layout: post', 'type: minutes', 'author: secretariat']));
  }

  const metaLines: string[] = [];
  if (datePlace === 'date-line') metaLines.push(meta('Date', withTime));
  if (datePlace === 'heading') blocks.push({ lines: [markdown ? `## ${withTime}` : withTime] });
  if (datePlace === 'held-sentence') {
    const at = locationForm === 'in-sentence' ? ` ${time ? 'in' : 'at'} ${location}` : '';
    blocks.push({ lines: [`Minutes of the meeting held on ${timePlace === 'with-date' && time ? `${date} at ${time}` : date}${at}.`], wrap: true });
  }
  if (time && timePlace === 'own-line') metaLines.push(meta('Time', time));
  if (location) {
    switch (locationForm) {
      case 'location-label': metaLines.push(meta('Location', location)); break;
      case 'venue-label': metaLines.push(meta('Venue', location)); break;
      case 'where-label': metaLines.push(meta('Where', location)); break;
      case 'held-at': metaLines.push(`Held at ${location}`); break;
      case 'via-online': metaLines.push(rng.pick([`Held via ${location}`, `The meeting was held via ${location}.`])); break;
    }
  }
  if (metaLines.length > 0) blocks.push({ lines: metaLines });
  const frontMatter = fm.length > 0 ? `---\n${fm.join('\n')}\n---\n\n` : '';
  return { frontMatter, blocks, truth: { title, date: isoOf(day), time: timeTruth, location }, day, dateForm };
}
