/** What actions ask people to do: each task as an instruction and as the passive a narrative sentence uses. */

/** [instruction, passive]: "circulate the revised policy", "the revised policy to be circulated". Some hold status words. */
export const TASKS: [string, string][] = [
  ['circulate the revised policy to all members', 'the revised policy to be circulated to all members'],
  ['obtain three quotes for the boiler replacement', 'three quotes to be obtained for the boiler replacement'],
  ['update the risk register', 'the risk register to be updated'],
  ['write to the highways team about the blocked drain', 'the highways team to be written to about the blocked drain'],
  ['book the hall for the annual meeting', 'the hall to be booked for the annual meeting'],
  ['draft a response to the consultation', 'a response to the consultation to be drafted'],
  ['complete the survey of the boundary hedge', 'the survey of the boundary hedge to be completed'],
  ['close the dormant savings account', 'the dormant savings account to be closed'],
  ['open an issue for the release checklist', 'an issue to be opened for the release checklist'],
  ['check that the fire door repairs are done', 'the fire door repairs to be checked'],
  ['arrange training on the new case system', 'training on the new case system to be arranged'],
  ['share the audit findings with the finance committee', 'the audit findings to be shared with the finance committee'],
  ['review the terms of reference', 'the terms of reference to be reviewed'],
  ['contact the insurers about the storm damage', 'the insurers to be contacted about the storm damage'],
  ['prepare the budget monitoring report', 'the budget monitoring report to be prepared'],
  ['confirm the venue for the open day', 'the venue for the open day to be confirmed'],
  ['send the grant claim to the funder', 'the grant claim to be sent to the funder'],
  ['set up a shared folder for the working papers', 'a shared folder to be set up for the working papers'],
  ['publish the agreed timetable on the website', 'the agreed timetable to be published on the website'],
  ['ask the auditors for an engagement letter', 'the auditors to be asked for an engagement letter'],
  ['keep the contractor schedule open for comments', 'the contractor schedule to be kept open for comments'],
  ['report back on the progress of the recruitment', 'a report to be made on the progress of the recruitment'],
];

/** Tasks of actions raised at earlier meetings, written as a log's Action cell. */
export const EARLIER_TASKS = [
  'Renew the public liability insurance', 'Replace the broken blind in the kitchen', 'Chase the outstanding invoice from the caterers',
  'Circulate the draft safeguarding policy', 'Agree the date of the away day', 'Complete the annual return',
  'Arrange the external valuation of the building', 'Publish the accessibility statement', 'Review the lone working procedure',
  'Collect the signed declarations of interest',
];

/** Capitalises the first letter, as logs and `ACTION (X) – Text` lines write the wording. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
