/** How minutes introduce their rolls: attendance, officers and apologies labels, and the forms a label takes. */

export const ATTENDANCE_LABELS = [
  'Present', 'Members present', 'Members Present', 'Attendees', 'Attendance', 'Those present', 'Those attending',
  'Participants', 'Remote attendees', 'In-person attendees', 'Councillors present', 'Trustees present', 'Governors present',
  'Board members present', 'Directors present', 'Attending', 'Roll call', 'Present (count)', 'Members in attendance',
  'Committee members present', 'Panel members present', 'Present in person', 'Attended', 'Voting members present',
  'Members attending', 'In attendance', 'Attendees present',
] as const;

/** Labels of a second roll for officers, staff and guests; everyone on it attended. */
export const OFFICER_LABELS = [
  'In attendance', 'Also present', 'Also in attendance', 'Officers in attendance', 'Officers present', 'Staff present',
  'Also attending', 'Observers', 'Guests', 'Officers',
] as const;

export const APOLOGY_LABELS = [
  'Apologies', 'Apologies for absence', 'Apologies received', 'Apologies received from', 'Regrets', 'Absent', 'Not present',
  'Unable to attend', 'Leave of absence', 'Members absent', 'Apologies received and accepted', 'Absent with apologies',
  'Apologies noted', 'Sent apologies', 'Excused', 'Excused absence', 'Members not present', 'Directors absent',
  'Trustees absent', 'Governors absent', 'Councillors absent', 'Apologies (accepted)', 'Not in attendance', 'Absences',
  'Apologies given', 'sentence: Apologies were received from', 'sentence: Apologies for absence were received from',
  'sentence: Apologies were received and accepted from', 'sentence: Regrets were received from',
] as const;

export const LABEL_FORMS = ['colon', 'bare', 'bold', 'bold-inner-colon', 'numbered', 'numbered-escaped', 'caps', 'heading', 'dash'] as const;
export type LabelForm = (typeof LABEL_FORMS)[number];

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];

/** The label as written, before its form is applied ("Present (six Councillors)"). */
export function labelText(label: string, count: number, noun: string): string {
  return label === 'Present (count)' ? `Present (${WORDS[count] ?? count} ${noun})` : label;
}

/** First words that must never start a wrapped continuation line, lest it read as a label or marker. */
export const RESERVED_STARTS = new Set(
  [...ATTENDANCE_LABELS, ...OFFICER_LABELS, ...APOLOGY_LABELS]
    .map((label) => label.replace(/^sentence: /, '').split(/[\s(]/)[0].toLowerCase())
    .concat(['item', 'minute', 'action', 'resolved', 'agreed', 'decision', 'date', 'time', 'location', 'venue', 'held',
      'where', 'minutes', 'chair', 'present', 'apologies']),
);
