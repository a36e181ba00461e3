import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { buildRegister } from '../src/register/register.js';

const HEAD = ['Village Hall Committee – Tuesday 7 May 2024', '', 'Present: Kieran Malloy (KM), Niamh Hartigan (NH), Philip Coombes (PC), Richard Wynne-Nash (RWN)', ''];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const brief = (m: ReturnType<typeof parse>) => m.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name), due: a.due }));

describe('action markers', () => {
  test('W3C numbered actions: owners in the closing parenthesis, the summary list is not a second action', () => {
    const m = parse(['Action #1: draft the rotation text (Niamh Hartigan, Philip Coombes)', '', '## Action Items', '', '* Action #1: draft the rotation text (Niamh Hartigan, Philip Coombes)'], 'minutes.md');
    expect(brief(m)).toEqual([{ text: 'draft the rotation text', owners: ['Niamh Hartigan', 'Philip Coombes'], due: null }]);
  });

  test('an owner tag on its own line names the owners of the paragraph before it', () => {
    const m = parse(['Clerk to add the rota to the agenda for the June meeting.', '', 'ACTION: Clerk']);
    expect(brief(m)).toEqual([{ text: 'add the rota to the agenda for the June meeting.', owners: ['Clerk'], due: null }]);
  });
});

describe('owner-first lines are actions only when they name someone of the minutes', () => {
  test('speaker labels, questions to someone and passives are not owners', () => {
    const m = parse(['## Next steps', '', '- RWN: Agree and will arrange.', '- Richard, will there be people who object?', '- Borough Council to be contacted about the grass.', '- KM to book the hall.'], 'minutes.md');
    expect(brief(m)).toEqual([
      { text: 'Borough Council to be contacted about the grass.', owners: [], due: null },
      { text: 'book the hall.', owners: ['Kieran Malloy'], due: null },
    ]);
  });
});

describe('due dates', () => {
  test('relative deadlines naming one day are resolved against the meeting date; vaguer ones keep no date', () => {
    const m = parse(['ACTION: KM to circulate the rota by Friday.', 'ACTION: PC to email the caterers tomorrow.', 'ACTION: NH to confirm the marquee by the 20th.', 'ACTION: KM to chase the permit next week.', 'ACTION: NH to circulate the notes from the 2 April workshop.']);
    expect(m.actions.map((a) => a.due)).toEqual(['2024-05-10', '2024-05-08', '2024-05-20', null, null]);
  });
});

describe('logs', () => {
  test('a grid table with wrapped cells and a section row', () => {
    const m = parse([
      '+-----+----------------------+-------------+------------+',
      '| No. | Action Required      | Responsible | Target     |',
      '+=====+======================+=============+============+',
      '| 14  | Obtain three quotes  | KM          | 30/06/2024 |',
      '|     | for the boiler       |             |            |',
      '+-----+----------------------+-------------+------------+',
    ]);
    expect(m.actions.map((a) => [a.id, a.text, a.owners.map((o) => o.name), a.due, a.lines])).toEqual([['14', 'Obtain three quotes for the boiler', ['Kieran Malloy'], '2024-06-30', [8]]]);
  });
});

describe('decisions', () => {
  test('motions with mover, seconder and outcome; withdrawn and adjournment motions are not decisions', () => {
    const m = parse([
      'Motion by KM, seconded by NH, to approve the agenda as',
      'presented. Motion carried 5-0.',
      '',
      'Motion by PC, seconded by KM, to adjourn. Motion carried 5-0.',
      '',
      'RESOLVED: (1) the policy is adopted; (2) the Clerk writes to the council.',
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Motion by KM, seconded by NH, to approve the agenda as presented. Motion carried 5-0.', 'the policy is adopted', 'the Clerk writes to the council.']);
  });
});

describe('register', () => {
  test('a reassignment and a moved deadline are kept in the history and become current', () => {
    const first = parseMinutes(['Parish Council – 9 January 2024', '', 'Present: Cllr Hugo Drake, Cllr Ann Oakes', '', 'ACTION: Cllr Oakes to contact the County Council about a speed indicator device by 29 February 2024.'].join('\n'), { file: 'a.txt' });
    const second = parseMinutes(['Parish Council – 12 March 2024', '', 'Present: Cllr Hugo Drake', '', '4. Matters arising', 'a) Cllr Drake to contact the County Council about a speed indicator device – c/f; reassigned, deadline extended to 30 April 2024.'].join('\n'), { file: 'b.txt' });
    const [entry] = buildRegister([first, second]).entries;
    expect(entry.owners.map((o) => o.name)).toEqual(['Hugo Drake']);
    expect(entry.due).toBe('2024-04-30');
    expect(entry.history.map((h) => [h.kind, h.owners ?? null, h.due ?? null])).toEqual([['raised', null, null], ['update', ['Hugo Drake'], '2024-04-30']]);
  });
});

describe('markers of other house styles, and the same shapes that are no action', () => {
  test('"AP:" is an action point when an owner comes first, and a speaker\'s initials otherwise', () => {
    const m = parse(['AP: Kieran to send the budget to the committee.', 'AP – Niamh & Philip to plan the route', '', 'AP: Bloomberg uses numeric extensions internally.']);
    expect(brief(m)).toEqual([
      { text: 'send the budget to the committee.', owners: ['Kieran Malloy'], due: null },
      { text: 'plan the route', owners: ['Niamh Hartigan', 'Philip Coombes'], due: null },
    ]);
  });

  test('"@Name: verb …" is an action addressed to someone; "@name: a remark" is a speaker\'s note', () => {
    const m = parse(['@Kieran: ask the hall trustees for a date', '', '@Niamh: document is copied in many places.', '', '@Philip: Seems the sentiment is positive.'], 'minutes.md');
    expect(brief(m)).toEqual([{ text: 'ask the hall trustees for a date', owners: ['Kieran Malloy'], due: null }]);
  });

  test('"Action Officer: X – task" names the officer a resolution tasks', () => {
    const m = parse(['Action Officer: Director Corporate Services – publish the revised', 'budget on the website by 28 February 2025.']);
    expect(brief(m)).toEqual([{ text: 'publish the revised budget on the website by 28 February 2025.', owners: ['Director Corporate Services'], due: '2025-02-28' }]);
  });

  test('a bare task box in plain text with its owners after a closing dash', () => {
    const m = parse(['Action Items', '', '[ ] Order the filter by Thursday. - Kieran', '[x] Post the rule on the noticeboard. - Niamh Hartigan, Philip']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status, a.due])).toEqual([
      ['Order the filter by Thursday.', ['Kieran Malloy'], 'open', '2024-05-09'],
      ['Post the rule on the noticeboard.', ['Niamh Hartigan', 'Philip Coombes'], 'closed', null],
    ]);
  });

  test('"by 14/02" is the first such day after the meeting, in the document\'s date order', () => {
    const m = parse(['ACTION: KM to update the web page by 14/02.']);
    expect(brief(m)).toEqual([{ text: 'update the web page by 14/02.', owners: ['Kieran Malloy'], due: '2025-02-14' }]);
  });

  test('a review of outstanding action items: owner and colon, a bracketed note, and the progress under "Status:"', () => {
    const m = parse(['9. Review Outstanding Action Items', '', '    * Kieran: confirm the venue for the retreat', '          [ Chair 2024-01-15 ]', '          Status: Done, the hall is booked.', '', '    * Niamh: draft a policy on hire charges', '          Status: In progress.', '', '10. Any other business']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status, u.progress])).toEqual([
      ['confirm the venue for the retreat', ['Kieran Malloy'], 'closed', 'Done, the hall is booked.'],
      ['draft a policy on hire charges', ['Niamh Hartigan'], 'open', 'In progress.'],
    ]);
    expect(m.actions).toEqual([]);
  });

  test('a task restated in an item and reported on in the review of outstanding actions is not new', () => {
    const m = parse(['6. Reports', '', '@Kieran: pursue a report for the lottery fund', '', '9. Review Outstanding Action Items', '', '    * Kieran: pursue a report for the lottery fund', '      Status: No report again.']);
    expect(m.actions).toEqual([]);
    expect(m.updates.map((u) => [u.text, u.status])).toEqual([['pursue a report for the lottery fund', 'open']]);
  });

  test('progress after the first dash a status follows, when the last dash is inside it', () => {
    const m = parse(['Matters arising', '', '* Kieran to email the bunkhouse about availability – done, they can do 12–14 April']);
    expect(m.updates.map((u) => [u.text, u.status, u.progress])).toEqual([['email the bunkhouse about availability', 'closed', 'done, they can do 12–14 April']]);
  });

  test('"Lead:" and "Due:" lines under an action give its owners and due date; a status line under an earlier one stays its progress', () => {
    const m = parse([
      '5. Hall hire',
      '',
      '       Action: Bring a breakdown of hire income to the',
      '       next meeting.',
      '       Lead: Kieran Malloy / Niamh Hartigan         Due: 27 August 2024',
      '',
      'Action: Write to the insurers',
      'Owner: PC; Deadline: 30 June 2024',
    ]);
    expect(brief(m)).toEqual([
      { text: 'Bring a breakdown of hire income to the next meeting.', owners: ['Kieran Malloy', 'Niamh Hartigan'], due: '2024-08-27' },
      { text: 'Write to the insurers', owners: ['Philip Coombes'], due: '2024-06-30' },
    ]);
  });

  test('an indented, space-aligned log the meeting reviewed holds earlier actions, its wrapped cells joined', () => {
    const m = parse([
      '4.     ROLLING ACTION LOG',
      '',
      '4.1    The Committee considered the rolling action log.',
      '',
      '       Ref         Action                                     Lead             Status',
      '       VH/24/07    Report the boiler quotes to the            K Malloy         Complete',
      '                   Committee',
      '       VH/24/09    Arrange a meeting with the                 N Hartigan       Ongoing',
      '                   bowls club',
    ]);
    expect(m.actions).toEqual([]);
    expect(m.updates.map((u) => [u.ref, u.text, u.owners.map((o) => o.name), u.status])).toEqual([
      ['VH/24/07', 'Report the boiler quotes to the Committee', ['Kieran Malloy'], 'closed'],
      ['VH/24/09', 'Arrange a meeting with the bowls club', ['Niamh Hartigan'], 'open'],
    ]);
  });

  test('a task given in a sentence of prose to someone of the minutes is an action where the minutes mark none otherwise', () => {
    const m = parse([
      '5. Hall hire',
      '',
      'Members discussed the grit bin at the top of the hill, where two cars had slid into the wall.',
      'Clerk to write to the highways department requesting a grit bin at the top',
      'of Mill Lane. Kieran will chase the quote; Niamh Hartigan agreed to ask the bowls club.',
      'The Council will be informed. Highways to be contacted. The next meeting will review it.',
    ]);
    // Each sentence of the wrapped line is read: the one after the Clerk's task, and the clause after a semicolon.
    expect(brief(m)).toEqual([
      { text: 'write to the highways department requesting a grit bin at the top of Mill Lane.', owners: ['Clerk'], due: null },
      { text: 'chase the quote', owners: ['Kieran Malloy'], due: null },
      { text: 'ask the bowls club.', owners: ['Niamh Hartigan'], due: null },
    ]);
    expect(m.actions.map((action) => action.lines[0])).toEqual([8, 9, 9]);
    const one = (line: string) => brief(parse(['5. Hall hire', '', line]));
    expect(one('Members noted the report. Kieran will chase the quote.')).toEqual([{ text: 'chase the quote.', owners: ['Kieran Malloy'], due: null }]);
    expect(one('Niamh Hartigan agreed to ask the bowls club.')).toEqual([{ text: 'ask the bowls club.', owners: ['Niamh Hartigan'], due: null }]);
    // Someone not of the minutes, a body, a passive, and a speaker in a transcript give no task.
    expect(one('Mr Jagger will repaint the sign. The Council will be informed.')).toEqual([]);
    expect(one('KM: I think Philip will chase the quote.')).toEqual([]);
    // Minutes that mark their actions: the sentence only tells how the action came about.
    expect(brief(parse(['Kieran agreed to chase the quote.', '', 'ACTION (KM) – Chase the quote.']))).toEqual([{ text: 'Chase the quote.', owners: ['Kieran Malloy'], due: null }]);
  });

  test('follow-ups from a dated meeting as task boxes with "@handle:" are updates, their progress after a dash', () => {
    const m = parse(['## Follow-ups from 2024-04-08', '', '- [x] @km: book the hall', '- [ ] @nh: draft the hire policy — in progress, draft in #219', '', '## Follow-ups', '', '- [ ] @pc: ask the bowls club'], 'minutes.md');
    expect(m.updates.map((u) => [u.text, u.status, u.progress])).toEqual([['book the hall', 'closed', null], ['draft the hire policy', 'open', 'in progress, draft in #219']]);
    expect(brief(m)).toEqual([{ text: 'ask the bowls club', owners: ['@pc'], due: null }]);
  });

  test('owners alone at the right margin after tabs, offices by their letters or initials, and matters arising named with their owners in brackets', () => {
    const head = ['District Executive – Monday 10th November 2025', '', 'Present:\tJanet Holroyd (DC)', '\tMark Ellery (ADC(S))', '\tRavi Chandran (Youth Commissioner)', ''];
    const m = parseMinutes([...head,
      '4.\tMatters arising from the previous minutes',
      'Compass training records (ADC(S)) – two courses are booked. Carried forward.',
      '',
      '5.\tReports',
      'Janet reported on the census. A report on recruitment to come to the next meeting.\t\tDC',
      'A budget for the summer camp to be brought to the next meeting.\t\tYC',
      'Members discussed the hut roof at length.\t\tAlso noted',
    ].join('\n'), { file: 'minutes.txt' });
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Janet Holroyd', 'DC'], ['Mark Ellery', 'ADC(S)'], ['Ravi Chandran', 'Youth Commissioner']]);
    expect(brief(m)).toEqual([
      { text: 'A report on recruitment to come to the next meeting.', owners: ['DC'], due: null },
      { text: 'A budget for the summer camp to be brought to the next meeting.', owners: ['YC'], due: null },
    ]);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['Compass training records', ['ADC(S)'], 'open']]);
  });

  test('a meeting bot\'s summary: its stamps left out, nicks as the roll and regrets, each action once though listed again by person', () => {
    const text = [
      '#fedora-meeting-2: Packaging SIG (2025-11-18)', '', 'Meeting summary', '---------------',
      '* Roll call  (kw, 15:00:09)', '  * regrets: oyelaran is travelling this week  (kwroblewski, 15:02:31)', '',
      '* Update  (kwroblewski, 15:04:12)', '  * ACTION: mhalloran to open the update requests for lintel 3.2.0', '    (kwroblewski, 15:15:03)', '',
      'Action Items', '------------', '* mhalloran to open the update requests for lintel 3.2.0', '',
      'Action Items, by person', '-----------------------', '* mhalloran', '  * mhalloran to open the update requests for lintel 3.2.0', '',
      'People Present (lines said)', '---------------------------', '* kwroblewski (74)', '* mhalloran (41)', '* zodbot (19)', '',
    ].join('\n');
    const m = parseMinutes(text, { file: 'meeting.txt' });
    expect(m.title).toBe('Packaging SIG');
    expect(m.attendees.map((p) => p.name)).toEqual(['kwroblewski', 'mhalloran']);
    expect(m.apologies.map((p) => p.name)).toEqual(['oyelaran']);
    expect(brief(m)).toEqual([{ text: 'open the update requests for lintel 3.2.0', owners: ['mhalloran'], due: null }]);
  });

  test('boxes in brackets with no list marker, after a note-taking tool\'s "To Do:" tag, one to a line', () => {
    const m = parse(['**To Do**', '', 'To Do: [ ] @Kieran Malloy – sign the hall contract by Friday', 'To Do: [x] Niamh – move the fair to 25 June', '[ ] Philip – book the bowls club'], 'minutes.md');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status])).toEqual([
      ['sign the hall contract by Friday', ['Kieran Malloy'], 'open'],
      ['move the fair to 25 June', ['Niamh Hartigan'], 'closed'],
      ['book the bowls club', ['Philip Coombes'], 'open'],
    ]);
  });
});

describe('actions in the styles of AI notes, US action minutes, union branches and project boards', () => {
  test('tasks grouped under each person\'s name, "Unassigned" for no one, the recording\'s timestamps left out', () => {
    const m = parse(['### Action Items', '', '**Kieran Malloy**', '- Draft the welcome email by Friday (12:44)', '- Book three interviews', '', '**Unassigned**', '- Decide who owns the article (24:05)'], 'minutes.md');
    expect(brief(m)).toEqual([
      { text: 'Draft the welcome email by Friday', owners: ['Kieran Malloy'], due: '2024-05-10' },
      { text: 'Book three interviews', owners: ['Kieran Malloy'], due: null },
      { text: 'Decide who owns the article', owners: [], due: null },
    ]);
  });

  test('"Directed staff to …" and "Directed the County Administrative Officer to …" after a vote\'s lines', () => {
    const m = parse(['7. BUDGET', 'The Board adopted the budget by the following vote:', 'AYES: Supervisors A and B', 'ABSENT: Supervisor C', 'Directed the County Administrative Officer to report back on June 24, 2024 with', 'options for the library.', 'Directed staff to return with a draft ordinance.']);
    expect(brief(m)).toEqual([
      { text: 'report back on June 24, 2024 with options for the library.', owners: ['County Administrative Officer'], due: '2024-06-24' },
      { text: 'return with a draft ordinance.', owners: ['staff'], due: null },
    ]);
  });

  test('"He will …" is the task of the person the sentence before opens with; a sentence cut after its first word', () => {
    const m = parse(['8. Organiser\'s report', 'Kieran Malloy updated the branch on the pay campaign.', 'He will send the branch the new leaflets.', '', '9. Safety', 'Two near misses were reported. The', 'Clerk will write to the employer.']);
    expect(brief(m)).toEqual([
      { text: 'send the branch the new leaflets.', owners: ['Kieran Malloy'], due: null },
      { text: 'write to the employer.', owners: ['Clerk'], due: null },
    ]);
  });

  test('"Clerk to …" in prose is an instruction beside marked actions, unless a marked action gives it again', () => {
    const m = parse(['5. Footpaths', 'A resident raised the footpath. Clerk to report the footpath to the highways team.', '', '6. Town meeting', 'Action: Clerk to book the Town Hall.', 'Clerk to book the Town Hall for the meeting.']);
    expect(brief(m)).toEqual([
      { text: 'report the footpath to the highways team.', owners: ['Clerk'], due: null },
      { text: 'book the Town Hall.', owners: ['Clerk'], due: null },
    ]);
  });

  test('"action (X) was …" wrapped onto a line is a sentence, not a marker', () => {
    expect(brief(parse(['The Trust met nine of the ten safety actions. The remaining', 'action (neonatal workforce) was subject to an agreed plan.']))).toEqual([]);
  });
});

describe('action logs with a minute reference and rows wrapped onto rows of their own', () => {
  test('a row raised under another meeting\'s minute is an update; this meeting\'s minutes give its actions', () => {
    const m = parseMinutes(
      [
        'Quality Committee – 13 March 2025',
        '',
        'QC/25/059\tAction log',
        'The Committee reviewed the log.',
        '',
        'QC/25/060\tIncidents',
        'The report was noted.',
        '',
        'Action No.\t| Minute ref\t| Action\t| Lead\t| Due\t| Status\t| Update',
        'QC/A/24/041\t| QC/24/118\t| Review falls compliance\t| Chief Nurse\t| 31/01/2025\t| Closed\t| Audit completed',
        'QC/A/25/018\t| QC/25/060\t| Provide a thematic review\t| Head of Patient Safety\t| 10/04/2025\t| Open\t|',
      ].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.actions.map((a) => [a.id, a.text])).toEqual([['QC/A/25/018', 'Provide a thematic review']]);
    expect(m.updates.map((u) => [u.ref, u.progress])).toEqual([['QC/A/24/041', 'Closed – Audit completed']]);
  });

  test('an "AP" column numbers the actions; a cell wrapped onto a row with an empty first cell; "Status of action points" lists earlier ones', () => {
    const m = parseMinutes(
      [
        'Project Board – 3 April 2025',
        '',
        'Status of action points from PMB 4:',
        '',
        'AP\t| Description\t| Responsible\t| Status',
        'AP-09\t| Submit the amendment request for the change of\t| UNIBO\t| Done',
        '\t| subcontractor in WP4\t|\t|',
        '',
        'New action points:',
        '',
        'AP\t| Description\t| Responsible\t| Deadline',
        'AP-16\t| Propose the agenda for the\t| TUD\t| 30/04/2025',
        '\t| review meeting\t|\t|',
      ].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.updates.map((u) => [u.ref, u.text])).toEqual([['AP-09', 'Submit the amendment request for the change of subcontractor in WP4']]);
    expect(m.actions.map((a) => [a.id, a.text, a.due])).toEqual([['AP-16', 'Propose the agenda for the review meeting', '2025-04-30']]);
  });
});

describe('matters arising as a table, summaries of actions, carried-over task lists and margin tags', () => {
  test('"Action | Update" under a Matters arising item: updates, each owner named first in the wording', () => {
    const m = parse(['4. Matters arising', '', 'Action\tUpdate', 'Kieran to renew the insurance\tComplete – renewed 2 April', 'Niamh to apply to the fund\tOngoing', '', '5. Report']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.progress])).toEqual([
      ['renew the insurance', ['Kieran Malloy'], 'Complete – renewed 2 April'],
      ['apply to the fund', ['Niamh Hartigan'], 'Ongoing'],
    ]);
    expect(m.actions).toEqual([]);
  });

  test('"Name – task – by date" lines under "Summary of actions"', () => {
    const m = parse(['Summary of actions', 'Kieran Malloy – draft a winter rota – by 30 September 2024', 'Niamh Hartigan – recruit two drivers – by next meeting']);
    expect(brief(m)).toEqual([
      { text: 'draft a winter rota', owners: ['Kieran Malloy'], due: '2024-09-30' },
      { text: 'recruit two drivers', owners: ['Niamh Hartigan'], due: null },
    ]);
  });

  test('"Carried over from last week" task boxes are updates with their progress in brackets; "(@x, due date)" after a task', () => {
    const m = parseMinutes(
      ['# Weekly sync – 2025-06-10', '', '## Attendance', '', '- [x] @km (Kieran Malloy)', '- [x] @nh (Niamh Hartigan)', '', '## Carried over from last week', '', '- [x] @km: rotate the signing key (done)', '- [ ] @nh: write the upgrade notes (still in progress)', '', '## Actions', '', '- [ ] Fix the docs build (@nh, due 2025-06-20)'].join('\n'),
      { file: 'minutes.md' },
    );
    expect(m.updates.map((u) => [u.text, u.progress, u.status])).toEqual([
      ['rotate the signing key', 'done', 'closed'],
      ['write the upgrade notes', 'still in progress', 'open'],
    ]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Fix the docs build', ['Niamh Hartigan'], '2025-06-20']]);
  });

  test('a tag in the right margin pairs with the one log row of its owner raised at this meeting; "The Committee:" below is no owner', () => {
    const m = parseMinutes(
      [
        'Staff Governance Committee – 3 June 2025',
        '',
        'Present: Niall Fraser, Director of HR',
        '',
        '2.1   Mr Fraser agreed to look at extending its hours into the evening.        ACTION: NF',
        '      The Committee:',
        '      • Noted the position.',
        '',
        'Ref       | Meeting date | Action                                   | Lead | Due        | Status',
        'SGC/25/04 | 04/02/2025   | Report on the uptake of flu vaccination  | NF   | 01/04/2025 | Complete',
        'SGC/25/11 | 03/06/2025   | Review extending the physiotherapy hours | NF   | 31/07/2025 | Open',
      ].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.actions.map((a) => [a.id, a.text, a.owners.map((o) => o.name)])).toEqual([['SGC/25/11', 'Review extending the physiotherapy hours', ['Niall Fraser']]]);
  });
});

describe('management action items, business arising with its status below, trackers numbered by minute', () => {
  test('"Name (PM): task" under "MANAGEMENT ACTION ITEMS"; "Staff will return with …"; a form\'s signature line under a table is no action', () => {
    expect(brief(parse(['MANAGEMENT ACTION ITEMS', '- Kieran Malloy (PM): issue the engagement letter by May 20']))).toEqual([
      { text: 'issue the engagement letter by May 20', owners: ['Kieran Malloy'], due: '2024-05-20' },
    ]);
    expect(brief(parse(['6. Hearing', 'VOTE: 5-0-1 (Commissioner Hale absent)', 'Staff will return with a revised analysis.']))).toEqual([{ text: 'return with a revised analysis.', owners: ['Staff'], due: null }]);
    const table = ['Action List', 'Action\tWho\tBy when', 'Send the roll return\tNiamh Hartigan\t28 May 2024', 'Order the seed\tKieran Malloy\t30 May 2024', '', 'Signed: ______________ Presiding Member\t\tDate: ________'];
    expect(brief(parse(table)).map((action) => action.text)).toEqual(['Send the roll return', 'Order the seed']);
  });

  test('business arising: an owner with an office in brackets, the status on the line below', () => {
    const m = parse(['5. BUSINESS ARISING FROM THE PREVIOUS MINUTES', '- Kieran Malloy (Treasurer): obtain a second quote.', '  Status: Completed – quote received March 4.']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.progress, u.status])).toEqual([['obtain a second quote.', ['Kieran Malloy'], 'Completed – quote received March 4.', 'closed']]);
  });

  test('"B25/012.1" in a tracker beside this meeting\'s B25/041.1: an earlier minute\'s action is an update', () => {
    const m = parseMinutes(
      ['Board – 24 June 2025', '', 'B25/041\tMatters arising', 'The Board reviewed the tracker.', '', 'No.\t| Action\t| Owner\t| Due\t| RAG', 'B25/012.1\t| Commission a review\t| Director of Assets\t| 30/06/2025\t| Amber', 'B25/041.1\t| Circulate the tracker\t| Company Secretary\t| 31/07/2025\t| Green'].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.actions.map((a) => a.id)).toEqual(['B25/041.1']);
    expect(m.updates.map((u) => u.ref)).toEqual(['B25/012.1']);
  });
});
