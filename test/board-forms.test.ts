import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { detectDateOrder } from '../src/text/dates.js';

const parse = (text: string, file = 'minutes.txt') => parseMinutes(text, { file });
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('company boards written in Word', () => {
  const head = [
    'MERIDIAN HARBOUR SERVICES PTE. LTD.',
    '',
    'MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS',
    '',
    'Date\t:\tWednesday, 9 April 2025 at 10.00 a.m.',
    'Venue\t:\tBoardroom',
    '',
    'Present\t:\tMr Lee Kah Wai (Chairman)',
    '\t\tMs Farah Aziz binte Osman',
    '\t\tMr Victor Tan Boon Seng',
    '',
    'By Invitation\t:\tMs Joanne Lim (Audit Partner, Keel & Co. LLP)',
    '',
  ];

  test('a colon in a column of its own labels the date; By Invitation is a roll; Malay particles stay in the name', () => {
    const m = parse([...head, '1.\tMINUTES', '1.1\tResolved that the minutes of 2 January 2025 be confirmed.', ''].join('\n'));
    expect(m.date).toBe('2025-04-09');
    expect(names(m.attendees)).toEqual(['Lee Kah Wai', 'Farah Aziz binte Osman', 'Victor Tan Boon Seng', 'Joanne Lim']);
    expect(m.decisions.map((d) => d.text)).toEqual(['that the minutes of 2 January 2025 be confirmed.']);
  });

  test('S/N and PIC columns; a four-word name by the initials of its first two words', () => {
    const m = parse([...head, 'ACTION LIST', '', 'S/N | Action | PIC | Target Date', '1 | Renew the berth lease | VT | 30 Jun 2025', ''].join('\n'));
    expect(m.actions.map((a) => [a.id, a.owners.map((o) => o.name), a.due])).toEqual([['1', ['Victor Tan Boon Seng'], '2025-06-30']]);
  });

  test('"After discussion, it was resolved that:" over lettered parts', () => {
    const m = parse([...head, '2.\tFACILITIES', '2.1\tAfter discussion, it was resolved that:', '(a)\tthe facility be increased; and', '(b)\tany two Directors sign the acceptance.', ''].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['the facility be increased', 'any two Directors sign the acceptance.']);
  });
});

describe('councils and authorities', () => {
  test('"Public Document Pack" is no title; a long title in capitals wraps in capitals', () => {
    const m = parse(['                                Public Document Pack', '', 'KESTREL FIRE AND RESCUE AUTHORITY', '', 'Minutes of the meeting held on Thursday, 6 March 2025', '', 'FRA/24/20  REVENUE BUDGET 2025/26, CAPITAL PROGRAMME AND COUNCIL TAX', '           PRECEPT', '', '           The Treasurer presented the report.', ''].join('\n'));
    expect(m.title).toBe('Kestrel Fire and Rescue Authority');
    expect(m.items.map((i) => i.title)).toEqual(['REVENUE BUDGET 2025/26, CAPITAL PROGRAMME AND COUNCIL TAX PRECEPT']);
  });

  test('"RESOLVED – That the Authority:" over its parts', () => {
    const m = parse(['Minutes, 6 March 2025', '', '5. Budget', '', 'RESOLVED – That the Authority:', '', '(a) approve the budget;', '', '(b) note the statement.', ''].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['approve the budget', 'note the statement.']);
  });

  test('a substitute note in brackets is no organisation, and the title inside it opens no entry', () => {
    const m = parse('Members present: Councillors Jane Ash, Lydia Ibbotson (substitute for Councillor Neil Jarvis) and Anne Kett\n');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Jane Ash', null], ['Lydia Ibbotson', null], ['Anne Kett', null]]);
  });

  test('a wrapped roll call ends where the line that opens "Absent:" begins', () => {
    const m = parse(['ROLL CALL: Present: Mayor Ann Vance, Council', 'Members Rita Kowal and Ben Fair; Absent: Council Member Derek', 'Mullane', ''].join('\n'));
    expect(names(m.attendees)).toEqual(['Ann Vance', 'Rita Kowal', 'Ben Fair']);
    expect(names(m.apologies)).toEqual(['Derek Mullane']);
  });

  test('"Council directed staff to …" and "Council directed the City Manager to …"', () => {
    const m = parse('Council directed staff to return on December 16, 2025 with a cost estimate.\n\nCouncil directed the City Manager to schedule a study session.\n');
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['staff'], ['City Manager']]);
  });

  test('a Welsh title before the English one, and a date line in Welsh then English', () => {
    const m = parse(['PENTRE ISAF COMMUNITY COUNCIL', '', 'Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025', '', 'Yn bresennol / Present:', 'Cynghorydd / Cllr Iwan Rhys\t(Chair)', 'Cynghorydd / Cllr Nia Wyn', ''].join('\n'));
    expect(m.title).toBe('Pentre Isaf Community Council');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Iwan Rhys', 'Chair'], ['Nia Wyn', null]]);
  });
});

describe('homeowners’ associations and meeting assistants', () => {
  const roll = 'Board members present:\nPresident – Dana Ortiz\nTreasurer – Colleen Fitz\n\nManagement present: Kay Brandt, Community Association Manager, Pine Management Group\n\n';

  test('Management present; an office after a body’s words belongs to the person before it', () => {
    const m = parse(roll);
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Dana Ortiz', 'President', null],
      ['Colleen Fitz', 'Treasurer', null],
      ['Kay Brandt', 'Community Association Manager', 'Pine Management Group'],
    ]);
  });

  test('Name – Task – due date lines, one wrapped in lower case', () => {
    const m = parse(`${roll}7. Action items:\nColleen – Mail the budget notice to all owners – due 12/20/2025\nPine Management Group – Post the approved minutes on the\ncommunity website – due 12/12/2025\n`);
    expect(m.actions.map((a) => [a.owners.map((o) => o.name), a.text, a.due])).toEqual([
      [['Colleen Fitz'], 'Mail the budget notice to all owners', '2025-12-20'],
      [['Pine Management Group'], 'Post the approved minutes on the community website', '2025-12-12'],
    ]);
  });

  test('a mover-first motion wrapped over lines, or after a sentence on its line', () => {
    const m = parse(`${roll}2. Minutes\nDana moved to approve the minutes as presented,\nseconded by Colleen; motion passed unanimously.\n\n4. Treasurer\nColleen reported the balances. Colleen moved to accept the report, seconded by\nDana; motion passed unanimously.\n`);
    expect(m.decisions.map((d) => d.text)).toEqual([
      'Dana moved to approve the minutes as presented, seconded by Colleen; motion passed unanimously.',
      'Colleen moved to accept the report, seconded by Dana; motion passed unanimously.',
    ]);
  });

  test('"was unable to attend" outranks an invitee list', () => {
    const m = parse('# Meeting summary for Tenants – Budget (03/11/2025)\n\n**Invitees:** Priya Raman, Hannah Osei\n\n## Summary\n\nHannah Osei was unable to attend; Priya passed on her notes, which\nsuggested a bake sale.\n', 'minutes.md');
    expect(names(m.attendees)).toEqual(['Priya Raman']);
    expect(names(m.apologies)).toEqual(['Hannah Osei']);
  });

  test('yearless written dates settle an ambiguous numeric date; dated ones do not count', () => {
    expect(detectDateOrder('Summary (03/11/2025). Send it before March 20 and book April 12.')).toBe('mdy');
    expect(detectDateOrder('Summary (03/11/2025). Send it before 20 March.')).toBe('dmy');
    expect(detectDateOrder('## March 7th 2026\nBy 11/04/2026.')).toBe('dmy');
  });
});

describe('co-operatives, foundations and municipalities', () => {
  test('wiki headings, a consensus proposal passed and one not agreed, Owner – task – status under earlier actions', () => {
    const m = parse(['Workers’ Co-op – 12th November 2025', '', 'Facilitator: Priya', 'Timekeeper: Ines', 'Present: Priya, Ines, Jo, Kit', '', '== 1. Actions ==', 'Actions from last time:', '* Kit – chase the landlord about the skylight – done', '', '== 2. Proposals ==', 'PROPOSAL: Donate £150 to the larder.', 'Blocks: 0, Stand-asides: 1 (Jo) – PASSED', 'PROPOSAL: Move the rota to Rotaly.', 'Not agreed, to be reworked.', ''].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', 'Actions'], ['2', 'Proposals']]);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Priya', 'Facilitator'], ['Ines', 'Timekeeper'], ['Jo', null], ['Kit', null]]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Donate £150 to the larder. Blocks: 0, Stand-asides: 1 (Jo) – PASSED']);
    expect(m.updates.map((u) => [u.owners.map((o) => o.name), u.progress])).toEqual([[['Kit'], 'done']]);
  });

  test('AI(Name): actions and Motion: over its vote', () => {
    const m = parse(['# TAC', '', 'Attendees: Anjali Rao, Ravi Menon', '', '1. Beacon', '   * **Motion:** Accept Beacon at the Incubation stage.', '   * Vote: approved (6 yes, 0 no, 1 abstain)', '   * **AI(Anjali):** Open an issue on the Beacon repo.', '2. PR 219', '   * **Motion:** Merge PR 219.', '   * Vote: not approved (3 yes, 4 no)', ''].join('\n'), 'minutes.md');
    expect(m.decisions.map((d) => d.text)).toEqual(['Accept Beacon at the Incubation stage. Vote: approved (6 yes, 0 no, 1 abstain)']);
    expect(m.actions.map((a) => [a.owners.map((o) => o.name), a.text])).toEqual([[['Anjali Rao'], 'Open an issue on the Beacon repo.']]);
  });

  test('RESOLVED: over numbered That parts; The Speaker as an office; a ward as a note', () => {
    const m = parse(['NQABA LOCAL MUNICIPALITY', '', 'PRESENT:', 'The Speaker: Cllr M. Ndlovu', 'Cllr T. Mokoena (Ward 4)', '', 'A13/2025 MINUTES', 'RESOLVED:', '1. That the minutes be confirmed.', '2. That the report be', '   noted.', ''].join('\n'));
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([['M. Ndlovu', 'Speaker', null], ['T. Mokoena', null, null]]);
    expect(m.decisions.map((d) => d.text)).toEqual(['That the minutes be confirmed.', 'That the report be noted.']);
  });

  test('an attendance register with Y, A and D; The Board RESOLVED to: over bullets', () => {
    const m = parse(['Attendance register', '', 'Name                    Role                         Present', 'Mrs Pat Holloway        Chair                        Y', 'Dr Sam Haddad           Chief Medical Officer        A', 'Ms Jo Wetherby          Chief Nursing Officer        D (1)', '', 'ICB/25/036   Financial plan', 'The Board RESOLVED to:', '•  approve the financial plan; and', '•  require a monthly report.', ''].join('\n'));
    expect(names(m.attendees)).toEqual(['Pat Holloway']);
    expect(names(m.apologies)).toEqual(['Sam Haddad', 'Jo Wetherby']);
    expect(m.decisions.map((d) => d.text)).toEqual(['approve the financial plan', 'require a monthly report.']);
  });

  test('due cells: next Tues, 15th, Fri 28th', () => {
    const m = parse(['Co-op meeting, Wednesday 12 November 2025', '', 'Present: Priya, Dele, Kit', '', 'Who | What | By when', 'Priya | Send the rota draft | next Tues', 'Dele | Compare parts prices | 15th', 'Kit | Ask about units | Fri 28th', ''].join('\n'));
    expect(m.actions.map((a) => a.due)).toEqual(['2025-11-18', '2025-11-15', '2025-11-28']);
  });

  test('earlier actions as tab rows with no header: number, owner-first wording wrapped in its cell, status', () => {
    const m = parse(['Present: Dr Marcus Oyelaran, Ann Lee (Secretary)', '', '4. Matters arising', 'The Committee reviewed the actions from the last meeting:', '', 'A25/06\tSecretary to update the information sheet with the revised data', '\tprotection wording\tComplete', 'A25/08\tDr Oyelaran to circulate guidance on online research\tOngoing', ''].join('\n'));
    expect(m.updates.map((u) => [u.ref, u.owners.map((o) => o.name), u.progress, u.text])).toEqual([
      ['A25/06', ['Secretary'], 'Complete', 'update the information sheet with the revised data protection wording'],
      ['A25/08', ['Marcus Oyelaran'], 'Ongoing', 'circulate guidance on online research'],
    ]);
  });
});

test('"Director: Technical Services: Mr J. Pretorius": an office and its department before the name', () => {
  const m = parse('OFFICIALS:\nMunicipal Manager: Mr S. Dlamini\nDirector: Technical Services: Mr J. Pretorius\nClerk: Acme Ltd: Jo Doe\n');
  expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
    ['S. Dlamini', 'Municipal Manager', null],
    ['J. Pretorius', 'Director: Technical Services', null],
    ['Jo Doe', 'Clerk', 'Acme Ltd'],
  ]);
});

test('"Ms Wetherby was represented by Mr Daniel Rourke, Deputy Chief Nursing Officer." adds the deputy who came', () => {
  const m = parse('Present: Mrs Pat Holloway (Chair)\n\n(1) Ms Wetherby was represented by Mr Daniel Rourke, Deputy Chief Nursing Officer.\n');
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Pat Holloway', 'Chair'], ['Daniel Rourke', 'Deputy Chief Nursing Officer']]);
  // The body as the one represented is no one's deputy at this meeting.
  expect(names(parse('Present: Jo Doe\n\nThe Council was represented by Cllr Amis at the county forum.\n').attendees)).toEqual(['Jo Doe']);
});

describe('strata committees, senates and charity committees', () => {
  test('Lot N – Name rolls, a Strata manager line, and The strata manager to … as an instruction', () => {
    const m = parse('Kooringal Strata Committee Meeting\nStrata Plan 48213, 22 Banksia Parade\nHeld on Tuesday 18/03/2025\n\nCommittee members present:\nLot 12 – Jane Whitcombe (Chairperson)\nLot 3 – Peter Anagnostou\n\nStrata manager: Daniel Ferreira, Harbourline Strata Management Pty Ltd\n\n1. By-laws\nThe strata manager to issue a Notice to Comply to Lot 17.\n');
    expect(m.title).toBe('Kooringal Strata Committee Meeting');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Jane Whitcombe', 'Chairperson'], ['Peter Anagnostou', null], ['Daniel Ferreira', 'Strata manager']]);
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['Strata manager']]);
  });

  test('Motion (mover/seconder) … Passed by voice vote; a failed count decides nothing; Ex officio and Recorder', () => {
    const m = parse('# Faculty Senate\n\n**Recorder:** Hannah Lind (Senate Office)\n\n**Senators present:** Maria Alvarez (History), David Chen (Mathematics)\n\n**Ex officio:** Janet Whit (Provost)\n\n## 1. Minutes\n\nMotion (Chen/Alvarez) to approve the minutes. Passed by voice vote.\n\nMotion (Alvarez/Chen) to table the report. Failed 4-8-1.\n', 'minutes.md');
    expect(m.attendees.map((p) => p.name)).toEqual(['Hannah Lind', 'Maria Alvarez', 'David Chen', 'Janet Whit']);
    expect(m.decisions.map((d) => d.text)).toEqual(['Motion (Chen/Alvarez) to approve the minutes. Passed by voice vote.']);
  });

  test('FAC 25/10 items in cells; log rows under an item of the lettered series are this meeting’s', () => {
    const m = parse(['Finance and Audit Committee – 12 February 2025', '', 'Members:', 'Laura Finch – Chair', 'Tom Ash – Chief Executive', '', 'FAC 25/13\tManagement accounts', 'Discussed.', '', 'FAC 25/14\tDraft budget', 'Discussed.', '', 'Owner\tDue\tAction\tRef\tRAG', 'Laura Finch\t30/04/2025\tSet up dual authorisation\t24/31.1\tG', 'Tom Ash\t14/03/2025\tAdd a sensitivity table\t25/14.1\tA', ''].join('\n'));
    expect(m.items.map((i) => i.number)).toEqual(['FAC 25/13', 'FAC 25/14']);
    expect(m.updates.map((u) => u.ref)).toEqual(['24/31.1']);
    expect(m.actions.map((a) => a.id)).toEqual(['25/14.1']);
  });
});

describe('minutes of small committees sent by email, and letters after names', () => {
  const emailed = [
    'From: Fiona Reddy <fi@example.org>',
    'Sent: 16 October 2025 21:47',
    'To: Committee <committee@example.org>',
    'Subject: committee mtg minutes - Tues 14th Oct',
    '',
    'Hi all,',
    '',
    'Minutes from Tuesday below. Shout if I have missed anything.',
    '',
    'Fi x',
    '',
    '-----------------------------------------------------',
    '',
    'FRIENDS OF ASHBY PRIMARY (FOAP)',
    'Committee meeting - Tuesday 14th October 2025, 7pm, school staff room',
    '',
    'Present: Jo (Chair), Mo, Dave (Treasurer), Fi (Sec), Lou, Mrs Khan (HT)',
  ];

  test('the mail headers and covering note above the minutes give neither title nor date; a bracketed abbreviation stays in capitals', () => {
    const m = parse([...emailed, '', '1. Disco', 'Discussed.', ''].join('\n'));
    expect(m.title).toBe('Friends of Ashby Primary (FOAP)');
    expect(m.date).toBe('2025-10-14');
  });

  test('"Agreed to …", "Minutes agreed - no changes." and "Both sides agreed that …" are decisions; a vote count after the sentence stays with it', () => {
    const body = ['', '1. Minutes', 'Minutes agreed - no changes.', '', '2. Playground', 'Agreed to spend £450 on the den kit. Vote: 7 for, 1 against (Mrs Khan did not vote).', 'Both sides agreed that the invoices will be credited.', 'Lou suggested it was agreeable to most.', ''];
    const m = parse([...emailed, ...body].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['Minutes agreed - no changes.', 'Agreed to spend £450 on the den kit. Vote: 7 for, 1 against (Mrs Khan did not vote).', 'Both sides agreed that the invoices will be credited.']);
  });

  test('where lines run long, a short line ends its paragraph; a task told in prose stands beside the marked actions unless it leads to one of them', () => {
    const long = 'Same format as last year with stalls in the hall and both Year 1 classrooms, and the grotto in the library again this year.';
    const body = ['', '1. Disco', long, long, long, long, long, 'Need four adults per session. Mo will sort the float from the bank.', 'ACTION: All - put names on the volunteer sheet in the staff room', 'Lou asked about allergies - the tuck shop will be nut free.', '', '2. AOB', '- Dave asked about the banner. Fi will update the Facebook page with this year\'s committee.', 'Dave agreed to look at insurance quotes.', '', 'ACTION (Dave) - get three insurance quotes for the fair', '', 'Myles will the new date suit everyone?', ''];
    const m = parse([...emailed, ...body].join('\n'));
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
      ['sort the float from the bank.', ['Mo']],
      ['put names on the volunteer sheet in the staff room', ['All']],
      ["update the Facebook page with this year's committee.", ['Fi']],
      ['get three insurance quotes for the fair', ['Dave']],
    ]);
  });

  test('degrees, honours and professional letters after a name are dropped; Hon., Engr. and Alhaji are titles; an office general to a state is an office', () => {
    const m = parse('Board Members Present: Alicia M. Pruitt, Au.D., Chair; Samuel K. Oduya, M.D.; Jane Smith OBE; Prof. Ibrahim Garba Dankano mni\n\nStaff Present: Melissa A. Fairbanks, Assistant Attorney General\n\nPublic Present: Patrice Delacroix-Boone, Sooner Hearing Centers\n\nAlso present: Hon. Rommel C. Dela Cruz, Engr. Prof. Chidiebere Okonkwo, FNSE, Alhaji Sani Musa Kwaru\n\n1. Opening\n');
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Alicia M. Pruitt', 'Chair', null],
      ['Samuel K. Oduya', null, null],
      ['Jane Smith', null, null],
      ['Ibrahim Garba Dankano', null, null],
      ['Melissa A. Fairbanks', 'Assistant Attorney General', null],
      ['Patrice Delacroix-Boone', null, 'Sooner Hearing Centers'],
      ['Rommel C. Dela Cruz', null, null],
      ['Chidiebere Okonkwo', null, null],
      ['Sani Musa Kwaru', null, null],
    ]);
  });
});

test('a Logseq page: its properties are labelled lines, its title property the heading, page links the names; block bookkeeping is no text', () => {
  const page = ['title:: Checkout Squad Weekly 2025-11-24', 'date:: [[Nov 24th, 2025]]', 'attendees:: [[Priya Raman]], [[Tomás Ferreira]]', 'absent:: [[Hannah Kowalczyk-Brandt]]', '', '- **Payments**', '\t- **Decision:** rotate the certificate in the 4.20 release', '\t  id:: 6743b0e1-5c2d-4f7a-a1d9-3e8b2c9f0d17', '\t  :LOGBOOK:', '\t  CLOCK: [2025-11-19 Wed 14:02:11]', '\t  :END:', ''];
  const m = parse(page.join('\n'), 'page.md');
  expect([m.title, m.date]).toEqual(['Checkout Squad Weekly', '2025-11-24']);
  expect(names(m.attendees)).toEqual(['Priya Raman', 'Tomás Ferreira']);
  expect(names(m.apologies)).toEqual(['Hannah Kowalczyk-Brandt']);
  expect(m.decisions.map((d) => d.text)).toEqual(['rotate the certificate in the 4.20 release']);
});

describe('chat canvases and joint committees', () => {
  test('a Slack canvas: Out: names the absent, a bracket after a lone handle is an office or a note, shortcode marks make tasks before an owner', () => {
    const canvas = [
      '# Maintainers sync — 13 Nov',
      '',
      ':calendar: Thu 13 Nov 2025 · 16:00–16:45 UTC',
      'Attendees: @maria.k, @dgreen (release manager), @Siobhán Keeffe',
      'Out: @t.okafor (PTO until the 20th)',
      '',
      '## :arrows_counterclockwise: Carried from last sync',
      '- :white_check_mark: @dgreen cut 3.2.0rc1 — done, rc1 on PyPI since Mon',
      '- :hourglass_flowing_sand: @t.okafor update SECURITY.md — PR open, needs reviews',
      '',
      '## :rocket: Release',
      '- :pushpin: *Decision:* no rc2',
      '- :white_check_mark: Sandbox fix confirmed on TestFlight',
      '- :black_square_button: @dgreen + @maria.k write the release notes',
      '',
    ];
    const m = parse(canvas.join('\n'), 'sync.md');
    expect(m.title).toBe('Maintainers sync');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['maria.k', null], ['dgreen', 'release manager'], ['Siobhán Keeffe', null]]);
    expect(names(m.apologies)).toEqual(['t.okafor']);
    expect(m.updates.map((u) => [u.text, u.status])).toEqual([['cut 3.2.0rc1', 'closed'], ['update SECURITY.md', 'open']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status])).toEqual([['write the release notes', ['dgreen', 'maria.k'], 'open']]);
    expect(m.decisions.map((d) => d.text)).toEqual(['no rc2']);
  });

  test('a roll in two sides: "Management Side:" and "Staff Side:" name groups, a union\'s letters in brackets after an office are its organisation', () => {
    const m = parse(['JNCC', 'Minutes of the meeting held on 16 July 2025', '', 'Present:', '', 'Management Side:', 'Dr Helen Ashdown\tChief People Officer (Co-Chair)', 'Martin Okoro\tDeputy Director of Workforce', '', 'Staff Side:', 'Colin McAvoy\tBranch Secretary (UNISON)', 'Lata Rao\tDirector (Finance)', '', 'Apologies:', 'Management Side:\tProf Anthony Waites, Medical Director; Janet Ebdon', 'Staff Side:\tSue Pennington (RCN)', '', '1.\tWelcome', ''].join('\n'));
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([['Helen Ashdown', 'Co-Chair', null], ['Martin Okoro', 'Deputy Director of Workforce', null], ['Colin McAvoy', 'Branch Secretary', 'UNISON'], ['Lata Rao', 'Director (Finance)', null]]);
    expect(m.apologies.map((p) => [p.name, p.organisation])).toEqual([['Anthony Waites', null], ['Janet Ebdon', null], ['Sue Pennington', 'RCN']]);
  });
});

describe('page tools, US boards and university councils', () => {
  test('Notion: a title mentioning its date, mentions in a row as the roll, three-word mentions and a mention after the task as owners', () => {
    const page = ['# Engineering Weekly @December 3, 2025', '', 'Attendees: @Priya Shah @Aoife Ní Bhriain @Hannah O\'Connell-Reyes', 'Type: Weekly', 'Created by: @Priya Shah', '', '## Action Items', '', '- [ ] @Aoife Ní Bhriain Run the upgrade rehearsal @December 5, 2025', '- [ ] Update the on-call doc @Hannah O\'Connell-Reyes', ''];
    const m = parse(page.join('\n'), 'page.md');
    expect(m.title).toBe('Engineering Weekly');
    expect(names(m.attendees)).toEqual(['Priya Shah', 'Aoife Ní Bhriain', "Hannah O'Connell-Reyes"]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
      ['Run the upgrade rehearsal', ['Aoife Ní Bhriain'], '2025-12-05'],
      ['Update the on-call doc', ["Hannah O'Connell-Reyes"], null],
    ]);
  });

  test('a Google Docs date chip closing a task is its due date; "on Nov 21, 2025" stays in the wording; particles inside an owner\'s name', () => {
    const m = parse('Ops weekly\nNov 18, 2025\n\nAttendees: Ana Souza, Pieter van der Berg\n\nAction items\n☐ Pieter van der Berg - update grading step B2 Nov 25, 2025\n☐ Ana Souza - report on Nov 21, 2025\n');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
      ['update grading step B2', ['Pieter van der Berg'], '2025-11-25'],
      ['report on Nov 21, 2025', ['Ana Souza'], '2025-11-21'],
    ]);
  });

  test('an address on the roll is the person named by it: "Organizer: niamh.odonoghue@…" is Niamh O\'Donoghue again', () => {
    const m = parse('# Renewal check\n\n**Participants:** Niamh O\'Donoghue (niamh.odonoghue@example.io), Ana-Maria Popescu\n**Organizer:** niamh.odonoghue@example.io\n\n## Notes\n- ok\n', 'notes.md');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([["Niamh O'Donoghue", 'Organizer'], ['Ana-Maria Popescu', null]]);
  });

  test('items numbered C.25.41 or BoD 25/108; "Members present: …; Members absent: …" on one line; Consensus of the Board to …', () => {
    const m = parse(['Board of Education', 'Monday, October 20, 2025', '', 'Members present: Mrs. Anne Dufresne, Mr. Hollis Warrick, President; Members absent: Mr. Gregory St. Clair', '', 'C.25.41\tWELCOME AND APOLOGIES', 'Noted.', '', 'C.25.42\tROAD PLAN', 'Consensus of the Board to keep the overlay in the 2026 budget.', ''].join('\n'));
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Anne Dufresne', null], ['Hollis Warrick', 'President']]);
    expect(names(m.apologies)).toEqual(['Gregory St. Clair']);
    expect(m.items.map((i) => i.number)).toEqual(['C.25.41', 'C.25.42']);
    expect(m.decisions.map((d) => d.text)).toEqual(['Consensus of the Board to keep the overlay in the 2026 budget.']);
    expect(parse('Board of Directors\n6 May 2025\n\nBoD 25/108   Chair\'s welcome\nNoted.\n\nBoD 25/109   Declarations of interest\nNone.\n').items.map((i) => i.number)).toEqual(['BoD 25/108', 'BoD 25/109']);
  });
});

describe('councils, vestries and boards: earlier actions, late arrivals, motions and fields in brackets', () => {
  test('matters arising as rows: a letter, the earlier minute (C.25.08), the task and its progress under a label or in a sentence', () => {
    const m = parse(['Council', '26 May 2025', '', 'Present: Jo Doe (Chair), Helen Okoro-Whitfield', '', 'C.25.43\tMATTERS ARISING', 'Council noted progress as follows:', '(a)\tC.25.08\tChief Financial Officer to circulate the revised Financial Regulations. Progress: in hand – due June.', '(b)\tC.25.33\tMs Okoro-Whitfield to meet the external auditors. Done (2 June 2025).', '', 'C.25.44\tREPORT', 'Council RECEIVED and NOTED the report of the Audit Committee.', 'Council RECEIVED the Students\' Union report.', ''].join('\n'));
    expect(m.updates.map((u) => [u.ref, u.text, u.status, u.progress])).toEqual([
      ['C.25.08', 'circulate the revised Financial Regulations.', 'open', 'in hand – due June.'],
      ['C.25.33', 'meet the external auditors.', 'closed', 'Done (2 June 2025).'],
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['the report of the Audit Committee.']);
  });

  test('one listed absent who arrives later attended; a cell of a roll in columns wrapped under its column; a running header naming the minutes is no title', () => {
    const page = ['                 Board of Directors – Public – Minutes', '', '                 Calderbrook NHS Foundation Trust', '', '          Minutes of the meeting held on Thursday 8 May 2025', '', 'Present:', '  Name                               Title', '  Mrs Abena Owusu                    Chief Nurse and Director of Infection Prevention and', '                                     Control', '  Mrs Lorraine D\'Souza               Chief People Officer', '', 'Apologies:', '  Mr Tom Price                       Director of Strategy', '', '1. Welcome', 'Mr Price arrived at 9.40am.', '', '                                                          Page 1 of 2', '                 Board of Directors – Public – Minutes', '', '2. Close', 'Closed.', '', '                                                          Page 2 of 2', '                 Board of Directors – Public – Minutes', ''];
    const m = parse(page.join('\n'));
    expect(m.title).toBe('Calderbrook NHS Foundation Trust');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Abena Owusu', 'Chief Nurse and Director of Infection Prevention and Control'], ["Lorraine D'Souza", 'Chief People Officer'], ['Tom Price', 'Director of Strategy']]);
    expect(m.apologies).toEqual([]);
  });

  test('initials written other ways: SOR for Siobhan O\'Rourke, KB for Kerry-Ann Briggs, MVDB for Maarten van den Berg; ACTION Name:; by Fri 17th', () => {
    const m = parse('Trustees meeting\nTuesday 14 October 2025\n\nPresent: Siobhan O\'Rourke, Kerry-Ann Briggs, Maarten van den Berg\n\n1. Money\nACTION: SOR to chase the bank.\nAction: KB to book the hall by Fri 17th.\nACTION MVDB: update the website\n');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
      ['chase the bank.', ["Siobhan O'Rourke"], null],
      ['book the hall by Fri 17th.', ['Kerry-Ann Briggs'], '2025-10-17'],
      ['update the website', ['Maarten van den Berg'], null],
    ]);
  });

  test('owners and due dates in a bracket after the task; earlier actions with their owner in a bracket and a status after a dash', () => {
    const m = parse(['Board of Directors', 'November 18, 2025', '', 'Directors present: Sam Reyes, Robert L. Chen', '', '5. Follow-up on Prior Action Items', '• D&O insurance renewal (Owner: Robert L. Chen) – Complete. Renewed at $2,140/yr.', '', '7. Action Items', '• Circulate gala sponsorship tiers (Owner: Sam Reyes; Due: 12/5/2025)', '', 'Approved: ______________________________ Date: ______________', ''].join('\n'));
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['D&O insurance renewal', ['Robert L. Chen'], 'closed']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Circulate gala sponsorship tiers', ['Sam Reyes'], '2025-12-05']]);
    expect(m.decisions).toEqual([]);
  });

  test('MOTION (A/B): To …; "X moved, Y seconded, …" over "Vote: … — motion passes", and one that fails', () => {
    const m = parse('Vestry\nApril 15, 2025\n\n3. Treasurer\nMOTION (Haskins/Castellano): To accept the report. PASSED unanimously.\n\n4. Curriculum\nPark moved, Lindqvist seconded, to approve the concentration as circulated.\nVote: 14 in favor, 2 opposed, 1 abstention — motion passes\nWhitaker moved, Echeverría seconded, that the department request a second post.\nVote: 5 in favor, 10 opposed, 1 abstention — motion fails\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['MOTION (Haskins/Castellano): To accept the report. PASSED unanimously.', 'Park moved, Lindqvist seconded, to approve the concentration as circulated. Vote: 14 in favor, 2 opposed, 1 abstention — motion passes']);
  });

  test('"RESOLVED that:" over parts numbered in a cell of their own', () => {
    const m = parse('Planning Committee\n14 April 2025\n\nPL/25/35\tNEIGHBOURHOOD PLAN\nRESOLVED that:\n(1)\tthe draft response be approved; and\n(2)\ta working group be set up.\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['the draft response be approved', 'a working group be set up.']);
  });
});

test('a page whose links push its heading down: the heading that carries the date dates the meeting', () => {
  const links = Array.from({ length: 14 }, (_, k) => `Link ${k + 1}`);
  const m = parse(['# Aldershire County Council', '', ...links.flatMap((link) => [link, '']), "## Children's Scrutiny Committee - Thursday, 23rd January, 2025 10.00 am", '', 'Attendance', ''].join('\n'), 'page.md');
  expect(m.date).toBe('2025-01-23');
});

test('a meeting report: its Meeting: line titles it, the invited who did not join sent apologies, its figures are no one, owners in square brackets', () => {
  const report = ['Read AI  |  Meeting Report', '', 'Meeting: Lumora <> Tessara – Partnership Discovery', 'Date: Tue, Jun 17, 2025, 4:00 PM', '', 'Participants (2):', '  • Ana Beltrán – Lumora Payments', '  • Jordi Puig-Serra – Lumora Payments', 'Invited, did not join: Borja Anglada (Tessara Logística)', '', 'Read Score: 78     Sentiment: 82', 'Speaker Talk Time: Ana 41% | Jordi 19%', '', 'SUMMARY', 'Jordi explained the fallback. Both teams agreed to scope a pilot,', 'starting in September. It was agreed that the security review comes first.', '', 'NEXT STEPS', '• [Jordi Puig-Serra] will share sandbox credentials.', '', 'ACTION ITEMS', '☐ Book a technical deep-dive [Ana Beltrán]', '☐ Close the ticket [NEW]', ''];
  const m = parse(report.join('\n'));
  expect(m.title).toBe('Lumora <> Tessara – Partnership Discovery');
  expect(names(m.attendees)).toEqual(['Ana Beltrán', 'Jordi Puig-Serra']);
  expect(m.apologies.map((p) => [p.name, p.organisation])).toEqual([['Borja Anglada', 'Tessara Logística']]);
  expect(m.decisions.map((d) => d.text)).toEqual(['Both teams agreed to scope a pilot, starting in September.', 'It was agreed that the security review comes first.']);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['share sandbox credentials.', ['Jordi Puig-Serra']], ['Book a technical deep-dive', ['Ana Beltrán']], ['Close the ticket [NEW]', []]]);
});

test('Confluence: mentions with particles on the roll and as owners, a roll entry that sent apologies, status lozenges closing tasks', () => {
  const page = ['# Wave 2 Sync', '', '## Date', '', '4 Feb 2025', '', '## Participants', '', "- @Koen 't Hooft", '- @Maarten van den Berg', '- @Sanne de Vries-Bakker', '- ~~@Femke Dijkstra~~ apologies – on leave', '', '## Action items', '', "- [ ] @Koen 't Hooft Send the scanner list by 5 Feb 2025 DONE", '- [ ] @Maarten van den Berg Schedule the dry run IN PROGRESS', '- [ ] Update the hypercare rota @Sanne de Vries-Bakker', ''];
  const m = parse(page.join('\n'), 'page.md');
  expect(names(m.attendees)).toEqual(["Koen 't Hooft", 'Maarten van den Berg', 'Sanne de Vries-Bakker']);
  expect(names(m.apologies)).toEqual(['Femke Dijkstra']);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status])).toEqual([
    ['Send the scanner list by 5 Feb 2025', ["Koen 't Hooft"], 'closed'],
    ['Schedule the dry run', ['Maarten van den Berg'], 'open'],
    ['Update the hypercare rota', ['Sanne de Vries-Bakker'], 'open'],
  ]);
});

test('Loop: a generic heading over the meeting\'s name, "Last, First" names between semicolons, "— @Name — Due …" tasks, a range of dates is no due date', () => {
  const page = ['# Meeting notes', '', '**Claims Platform Migration – Checkpoint**', 'Wednesday, 11 June 2025 · 10:00 – 11:00', '', "**Attendees:** O'Sullivan, Declan; Aoife de Búrca; Whelan, Mark J.; Fitzgerald, Conor (External)", '**Apologies:** Ó Ceallaigh, Tomás; Gráinne Brennan', '', '## Notes', '', '**Actions from last checkpoint**', '', '- Broker comms draft (Aoife) – done, with Marketing.', '  - Declan will chase Marketing on Monday.', '', '## Follow-up tasks', '', '- [ ] Fix the open records — @Whelan, Mark J. @Aoife de Búrca — Due 19/06/2025', "- [ ] Escalate the test environment — @O'Sullivan, Declan — Due Friday", '- [ ] Book the war room for 30 June – 11 July — @Fitzgerald, Conor', ''];
  const m = parse(page.join('\n'), 'notes.md');
  expect(m.title).toBe('Claims Platform Migration – Checkpoint');
  expect(names(m.attendees)).toEqual(["Declan O'Sullivan", 'Aoife de Búrca', 'Mark J. Whelan', 'Conor Fitzgerald']);
  expect(names(m.apologies)).toEqual(['Tomás Ó Ceallaigh', 'Gráinne Brennan']);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['Broker comms draft', ['Aoife de Búrca'], 'closed']]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
    ['Fix the open records', ['Mark J. Whelan', 'Aoife de Búrca'], '2025-06-19'],
    ['Escalate the test environment', ["Declan O'Sullivan"], '2025-06-13'],
    ['Book the war room for 30 June – 11 July', ['Conor Fitzgerald'], null],
  ]);
});

describe('clubs, owners\' corporations and health boards', () => {
  test('officers by first name ("Chair (Dave)"), a note after a dash in the bracket, "Also there for item 4:"', () => {
    const m = parse("Cricket Club\nCommittee Meeting – Tuesday 14 May 2024\n\nPresent: Chair (Dave), Sec (Priya), Social Sec (Jo - from item 3), Tom O'Neill\nAlso there for item 4: Nigel Shaw (Parish Council)\nApols: Vice Chair (Rob)\n\n1. Minutes\n");
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Dave', 'Chair'], ['Priya', 'Sec'], ['Jo', 'Social Sec'], ["Tom O'Neill", null], ['Nigel Shaw', null]]);
    expect(m.apologies.map((p) => [p.name, p.role])).toEqual([['Rob', 'Vice Chair']]);
  });

  test('two header lines with one bar each are no table; "Decisions made:" is a decision marker', () => {
    const m = parse('Meeting Notes - Tallyworks x Brennan | Onboarding Kickoff\nDate: Wednesday, March 12, 2025 | 11:00 AM - 12:04 PM EDT\n\nAttendees:\nJo Doe (Tallyworks)\n\nScope\nDecisions made: Start with the two US entities.\n');
    expect([m.title, m.date]).toEqual(['Tallyworks x Brennan | Onboarding Kickoff', '2025-03-12']);
    expect(m.decisions.map((d) => d.text)).toEqual(['Start with the two US entities.']);
  });

  test('items numbered HWB.23; "Follow-up: Management Office to …" inside an item\'s paragraph', () => {
    const m = parse('Management Committee\n12 September 2025\n\nHWB.23 Minutes\nAgreed.\n\nHWB.24 Arrears\n3.2   Six flats were in arrears.\n      Follow-up: Management Office to issue final demand letters by 30 September 2025.\n');
    expect(m.items.map((i) => i.number)).toEqual(['HWB.23', 'HWB.24']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['issue final demand letters by 30 September 2025.', ['Management Office'], '2025-09-30']]);
  });

  test('"… accepted – moved A, seconded B, carried."; a motion over its movers in cells and "Carried", then the next item with no blank line', () => {
    const m = parse(['Club Committee', '12 May 2025', '', "5.\tReports", "Treasurer's report accepted – moved Warren Fitz, seconded Ray Di Marco, carried.", '6.1\tCanteen oven', 'Motion: That the club purchase an oven.', 'Moved: Jess Whitford\tSeconded: Warren Fitz', 'Carried', '6.2\tChild Safety Officer', 'Noted.', ''].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(["Treasurer's report accepted – moved Warren Fitz, seconded Ray Di Marco, carried.", 'That the club purchase an oven. Moved: Jess Whitford Seconded: Warren Fitz Carried']);
  });
});

test('an Item | Discussion | Action table whose Action cell holds only initials: the discussion gives the task, in its sentence that opens with them', () => {
  const rows = ['Steering Group', '10 June 2025', '', 'Present: Harriet Conway-Blake (HCB), Jeremy Bassett (JB), Karen Tidmarsh (KT)', '', 'Item\tDiscussion\tAction', '4. Housing\tKT asked about the figures. HCB to add the Lower Barton Farm permission to the supply figures.\tHCB', '\tJB/KT to arrange site visits for the remaining sites.\tJB / KT', '\tDisplay boards to be printed by Friday.\tKT', ''];
  const m = parse(rows.join('\n'));
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
    ['add the Lower Barton Farm permission to the supply figures.', ['Harriet Conway-Blake']],
    ['arrange site visits for the remaining sites.', ['Jeremy Bassett', 'Karen Tidmarsh']],
    ['Display boards to be printed by Friday.', ['Karen Tidmarsh']],
  ]);
});

describe('Logseq and Obsidian notes', () => {
  test('TODO / DONE / LATER blocks with page-link owners, a priority, DEADLINE and SCHEDULED lines; a #decision tag; "NOW -" is no task', () => {
    const text = [
      'title:: Squad Weekly', 'date:: [[Nov 24th, 2025]]', 'attendees:: [[Priya Raman]], [[Tomás Ferreira]], [[Aoife Byrne]]', '',
      "- **Last week's tasks**",
      '\t- DONE [[Tomás Ferreira]] ship the sandbox fix', '\t\t- went out in build 4.18.2',
      '\t- DOING [[Aoife Byrne]] migrate the events',
      '- **Wallets**',
      '\t- TODO [#A] [[Tomás Ferreira]] add the merchant ID config', '\t  DEADLINE: <2025-12-05 Fri>',
      '\t- LATER [[Priya Raman]] & [[Aoife Byrne]] set up the A/B test', '\t  SCHEDULED: <2025-11-26 Wed>',
      '\t- CANCELED [[Aoife Byrne]] drop the old form',
      '\t- Ship the short form to 100% on web #decision',
      '\t- NOW - last chance for the freeze',
      '',
    ].join('\n');
    const m = parse(text, 'notes.md');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due, a.status])).toEqual([
      ['add the merchant ID config', ['Tomás Ferreira'], '2025-12-05', 'open'],
      ['set up the A/B test', ['Priya Raman', 'Aoife Byrne'], '2025-11-26', 'open'],
      ['drop the old form', ['Aoife Byrne'], null, 'closed'],
    ]);
    expect(m.updates.map((u) => [u.text, u.status, u.progress])).toEqual([
      ['ship the sandbox fix', 'closed', 'went out in build 4.18.2'],
      ['migrate the events', 'open', null],
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Ship the short form to 100% on web']);
  });

  test('a front-matter roll of page links; Tasks plugin dates; a callout titled Decision; a given name that sent apologies is the listed person', () => {
    const text = [
      '---', 'date: 2025-03-12', 'attendees:', '  - "[[Priya Natarajan]]"', '  - "[[Tom Beckwith]]"', 'apologies:', '  - "[[Beatrice Holm]]"', 'tags: [meeting]', '---', '',
      '# Programming Committee', '', '> [!info] Wednesday 12 March 2025, 7pm', '> Beatrice sent apologies.', '',
      '## Previous actions', '', '- [x] [[Tom Beckwith]] Update the schedule page ✅ 2025-02-28', '    - Done, live since Monday', '',
      '> [!success] Decision', '> Move the folk show to 6–8pm.', '',
      '## Action items', '', '- [ ] [[Tom Beckwith]] [[Priya Natarajan]] Draft the schedule grid ⏫ 📅 2025-03-19', '- [ ] [[Priya Natarajan]] Call the presenters ⏳ 2025-03-14 ➕ 2025-03-12', '',
    ].join('\n');
    const m = parse(text, 'note.md');
    expect(m.attendees.map((p) => [p.name, p.line])).toEqual([['Priya Natarajan', 3], ['Tom Beckwith', 3]]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Beatrice Holm']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status, u.progress])).toEqual([['Update the schedule page', ['Tom Beckwith'], 'closed', 'Done, live since Monday']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
      ['Draft the schedule grid', ['Tom Beckwith', 'Priya Natarajan'], '2025-03-19'],
      ['Call the presenters', ['Priya Natarajan'], '2025-03-14'],
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Move the folk show to 6–8pm.']);
  });
});

test('a Teams recap: "Invited (3)" gives way to "Attended (2)"; "Surname, First" a line each; an open-actions lead-in over "A12 – owner – task – status"; "Task: … | Assigned to: … | Due: …"', () => {
  const text = [
    'Meeting recap', 'Harbourside Programme Board', 'Tuesday, 14 October 2025', '',
    'Invited (4)', 'Whitfield, Margaret (Organizer)', 'Okafor, Naomi', 'Lloyd-Jenkins, Gwen', 'Tom Ashworth (Guest)', '',
    'Attended (3)', 'Cllr Deepak Malhotra (Chair)', 'Whitfield, Margaret (SRO)', 'Okafor, Naomi', '',
    '2.\tAction log', 'Naomi Okafor took the board through the open actions from 9 September:',
    'A12 – Naomi Okafor – submit the grant claim for Q2 – Complete', '',
    'Follow-up tasks',
    'Task: Confirm the s106 schedule with Legal | Assigned to: Whitfield, Margaret; Okafor, Naomi | Due: 31/10/2025',
    'Task: Check the drawdown | Assigned to: Not assigned | Due: Not set', '',
  ].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Deepak Malhotra', 'Chair'], ['Margaret Whitfield', 'SRO'], ['Naomi Okafor', null]]);
  expect(m.updates.map((u) => [u.ref, u.text, u.owners.map((o) => o.name), u.status])).toEqual([['A12', 'submit the grant claim for Q2', ['Naomi Okafor'], 'closed']]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
    ['Confirm the s106 schedule with Legal', ['Margaret Whitfield', 'Naomi Okafor'], '2025-10-31'],
    ['Check the drawdown', [], null],
  ]);
  // With no one listed as attending, the invited are the attendance; a lone "Jo Todd, Respect" is a name and an organisation.
  expect(parse('Board\n1 May 2025\n\nInvited:\nOkafor, Naomi\nLloyd-Jenkins, Gwen\n\n1. Minutes\n').attendees.map((p) => p.name)).toEqual(['Naomi Okafor', 'Gwen Lloyd-Jenkins']);
  expect(parse('Board\n1 May 2025\n\nPresent:\nJo Todd, Respect\nAmy Lee\n\n1. Minutes\n').attendees.map((p) => [p.name, p.organisation])).toEqual([['Jo Todd', 'Respect'], ['Amy Lee', null]]);
});

describe('Dropbox Paper and AI note-takers', () => {
  test('emoji headings; "@Rohan K. Sandhu"; "@A + Callum"; a box with no bullet and its note; "✅ Agreed – …" in a decisions list; a bold field ends the roll; someone unlisted who joined', () => {
    const text = [
      '# Client × Agency — Weekly Status', '', 'Wednesday 24 September 2025', '',
      '**Attendees:** @Tahlia Nguyen (Account Director), @Rohan K. Sandhu, @Daniel van Rooyen',
      '**Away:** @Georgia Papadopoulos (annual leave)', '**Notes:** @Tahlia Nguyen', '',
      'Callum Reid (Digital Lead, Yarrabend) joined at 10:20 for the website item.', '',
      '## 🔁 Actions from last week', '', '[x] @Rohan K. Sandhu fix the UTM tagging', '- sent Mon, approved Tues', '',
      '## ✅ Decisions', '', '- ✅ Agreed – Callum is the single point of contact for IT', '',
      '## 🎯 Action items', '', '[ ] @Daniel van Rooyen + Callum run the redirect walkthrough', '',
    ].join('\n');
    const m = parse(text, 'status.md');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Tahlia Nguyen', null], ['Rohan K. Sandhu', null], ['Daniel van Rooyen', null], ['Callum Reid', 'Yarrabend']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Georgia Papadopoulos']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status, u.progress])).toEqual([['fix the UTM tagging', ['Rohan K. Sandhu'], 'closed', 'sent Mon, approved Tues']]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Callum is the single point of contact for IT']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['run the redirect walkthrough', ['Daniel van Rooyen', 'Callum Reid']]]);
  });

  test('"Meena: Create …" boxes; "Patrick" for J. Patrick Nguyen; listed actions make prose tasks narrative; Next steps after them; times before sentences', () => {
    const text = [
      '# QBR', '', 'Thursday, October 17, 2024', '', '**Participants:** Meena Kapoor, J. Patrick Nguyen, Rosa DeLuca', '',
      '## Notes', '- [19:12] Siobhan raised the timeout. Meena to check tenant settings, likely config.', '- [27:40] Both teams agreed to move the EU go-live to January.', '',
      '## Action items', '- **Rosa DeLuca** – Pull a manual export of discounts', '- [ ] Meena: Create the sandbox (due Friday)', '- [ ] Patrick: Get CFO sign-off on the renewal scope', '',
      '## Next steps', '- EU go-live moves to the week of January 13, 2025', '- Send the recap to Siobhan', '',
    ].join('\n');
    const m = parse(text, 'qbr.md');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
      ['Pull a manual export of discounts', ['Rosa DeLuca']],
      ['Create the sandbox (due Friday)', ['Meena Kapoor']],
      ['Get CFO sign-off on the renewal scope', ['J. Patrick Nguyen']],
      ['Send the recap to Siobhan', []],
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Both teams agreed to move the EU go-live to January.']);
  });
});

describe('foundation boards, steering councils and neighborhood councils', () => {
  test('"**Motion:** … Moved by A, seconded by B. Passed 5-0-1." in one paragraph; a line left for a date is no decision; "(carried over)" in the list of actions is an update, once', () => {
    const text = [
      '# Foundation: Board meeting minutes', '', 'Attendees:', '- Sebastian Ortiz (Chair)', '- Priya Das', '- Margit Havel', '',
      '## 2. Minutes', '', '**Motion:** Approve the minutes of the April meeting as circulated. Moved by Sebastian,', 'seconded by Priya. Passed 5-0-1.', '',
      '## 3. Matters arising', '', '- Margit to schedule the survey – not done yet, c/f', '',
      '## Action items', '', '- Priya to book the venue', '- Margit to schedule the survey (carried over)', '',
      '*Minutes approved by the Board on: (pending)*', '',
    ].join('\n');
    const m = parse(text, 'board.md');
    expect(m.decisions.map((d) => d.text)).toEqual(['Approve the minutes of the April meeting as circulated. Moved by Sebastian, seconded by Priya. Passed 5-0-1.']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['book the venue', ['Priya Das']]]);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.progress])).toEqual([['schedule the survey', ['Margit Havel'], 'not done yet, c/f']]);
  });

  test('"(absent: Name, @handle)" closing the roll\'s line; "(done)" and "— still open" as statuses; "Mateus: cut …"', () => {
    const text = [
      '# Steering Council – 2025-09-04', '', 'Present: Aino Virtanen (@ainov), Jasper Linde (@jlinde) (absent: Ruairí Ó Dálaigh, @rodalaigh)', 'Guest: Mateus Figueiredo (@mfig)', '',
      '## Action items', '', '- @jlinde to email the chairs (done)', '- Mateus: cut 3.14.0rc3 once gh-18832 is fixed.', '- @rodalaigh to hand over the archive.', '',
      '## Previous action items', '', '- @jlinde to schedule a joint call — still open', '',
    ].join('\n');
    const m = parse(text, 'sc.md');
    expect(m.apologies.map((p) => [p.name, p.handle])).toEqual([['Ruairí Ó Dálaigh', '@rodalaigh']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status])).toEqual([
      ['email the chairs', ['Jasper Linde'], 'closed'],
      ['cut 3.14.0rc3 once gh-18832 is fixed.', ['Mateus Figueiredo'], 'open'],
      ['hand over the archive.', ['Ruairí Ó Dálaigh'], 'open'],
    ]);
    expect(m.updates.map((u) => [u.text, u.status, u.progress])).toEqual([['schedule a joint call', 'open', 'still open']]);
  });

  test('a roll table with Seat | Board Member | P / A columns, vacant seats and a starred late arrival; motions whose outcome ends the line; "Board member X will …"', () => {
    const text = [
      '                 ARROYO VISTA NEIGHBORHOOD COUNCIL', '            Certified by the City of Los Angeles, 2003', '                     REGULAR BOARD MEETING', '            Wednesday, April 16, 2025 – 6:30 p.m.', '',
      '2. Roll Call',
      '   Seat                                          Board Member                    P / A',
      '   President / At-Large Stakeholder              Graciela Montoya-Reyes          P',
      '   Treasurer / Business Representative           Thuy-Linh Nguyen                P',
      '   Residential Area 2 Representative             Hakop Der-Bedrossian            A',
      '   Residential Area 3 Representative             VACANT                          –',
      '   Residential Area 3 Representative             Kimberly Pettigrew              A*',
      '   * Arrived at 7:12 p.m. during Item 5.', '',
      '7. Treasurer\'s Report',
      '   Motion (Nguyen / Montoya-Reyes) to approve the March Expenditure Report as',
      '   presented — Yes: 12, No: 0, Abstain: 0 — Motion passes',
      '   Treasurer Nguyen will submit the approved report to the Funding Program by April 30.',
      '   Board member Pettigrew will follow up with the Zoom host.', '',
    ].join('\n');
    const m = parse(text);
    expect(m.title).toBe('Arroyo Vista Neighborhood Council');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Graciela Montoya-Reyes', 'President'], ['Thuy-Linh Nguyen', 'Treasurer'], ['Kimberly Pettigrew', 'Residential Area 3 Representative']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Hakop Der-Bedrossian']);
    expect(m.decisions.map((d) => d.text)).toEqual(['Motion (Nguyen / Montoya-Reyes) to approve the March Expenditure Report as presented — Yes: 12, No: 0, Abstain: 0 — Motion passes']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
      ['submit the approved report to the Funding Program by April 30.', ['Thuy-Linh Nguyen'], '2025-04-30'],
      ['follow up with the Zoom host.', ['Kimberly Pettigrew'], null],
    ]);
  });
});

describe('wiki markup, police committees and ICB tables', () => {
  test('Confluence wiki markup: headings, a properties table, [~user] mentions named by a legend, (/) icons, [] boxes and a decisions table', () => {
    const text = [
      '{toc:maxLevel=2}', '', 'h1. Platform Sync', '', '{details:id=meta}', '||Date|16 Oct 2025|', '||Chair|[~jhoff]|', '||Attendees|[~jhoff], [~kvon], Seb Kraus (from 10:30)|',
      '||Apologies|[~fbrandt]|', '{details}', '', '||Username||Name||', '|[~jhoff]|Jörg Hoffmann|', '|[~kvon]|Katharina von Ahlen|', '|[~fbrandt]|Friederike Brandt|', '',
      'h2. Actions from last sync', '* (/) [~kvon] upgrade staging — done', '* (!) [~jhoff] get a cost estimate — waiting on AWS', '',
      'h2. Action items', '[] [~kvon] and [~jhoff] open the change request', '[x] [~jhoff] move the column back', '',
      'h2. Decisions', '||ID||Decision||Owner||Status||', '|D-41|Production goes to 1.31 on 28.10.|[~jhoff]|(/) Agreed|', '|D-44|Follow-the-sun on-call with Lisbon|[~jhoff]|(?) Pending|', '',
    ].join('\n');
    const m = parse(text);
    expect(m.title).toBe('Platform Sync');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Jörg Hoffmann', 'Chair'], ['Katharina von Ahlen', null], ['Seb Kraus', null]]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Friederike Brandt']);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['upgrade staging', ['Katharina von Ahlen'], 'closed'], ['get a cost estimate', ['Jörg Hoffmann'], 'open']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status])).toEqual([['open the change request', ['Katharina von Ahlen', 'Jörg Hoffmann'], 'open'], ['move the column back', ['Jörg Hoffmann'], 'closed']]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Production goes to 1.31 on 28.10.']);
  });

  test('entries wrapped in their column after a comma or into a bracket; police ranks; an office with "and" as one owner; a planning table\'s Decision column is no decision', () => {
    const text = [
      'JOINT AUDIT COMMITTEE', 'Minutes of the meeting held on Tuesday 24 September 2024', '',
      'ALSO PRESENT:\tMs Joanna Wilkes-Farrow – Head of Risk and Business Continuity,', '\tCardenshire Police', '\tDet Supt Kerry Malhotra – Head of Professional Standards', '\tMr Paolo De Santis – Audit Manager, Brindley Assurance (Internal', '\tAudit)', '',
      'JAC 24/30\tPLANNING', 'Ref\tAddress\tProposal\tDecision', '25/0412\tOrchard Barn\tConversion of barn\tpending', '',
      'ACTION: Head of Risk and Business Continuity to report back in December.', '',
    ].join('\n');
    const m = parse(text);
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Joanna Wilkes-Farrow', 'Head of Risk and Business Continuity', 'Cardenshire Police'],
      ['Kerry Malhotra', 'Head of Professional Standards', null],
      ['Paolo De Santis', 'Audit Manager', 'Brindley Assurance (Internal Audit)'],
    ]);
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['Head of Risk and Business Continuity']]);
    expect(m.decisions).toEqual([]);
  });

  test('a members table whose group row ("Participants (non-voting)") has no blank line before it keeps the header; a cross means absent', () => {
    const text = ['Committee', 'Minutes of the meeting held on Wednesday 14 May 2025', '', 'Members', 'Name\tTitle\tOrganisation\tPresent', 'Elaine Marchbank (EM)\tChair\tICB\t\u2713', "Maureen D'Souza\tDeputy Chief Nurse\tICB\t\u2717", 'Participants (non-voting)', 'Cllr Jasmine Ahmadi\tCabinet Member\tTollesby Council\tApologies', 'Rhiannon Pryce-Jones\tDirector of Public Health\tBrackenridge Council\tDeputy: Callum Rigby', '', '1.\tWelcome', ''].join('\n');
    const m = parse(text);
    expect(m.attendees.map((p) => p.name)).toEqual(['Elaine Marchbank', 'Callum Rigby']);
    expect(m.apologies.map((p) => p.name)).toEqual(["Maureen D'Souza", 'Jasmine Ahmadi', 'Rhiannon Pryce-Jones']);
  });
});

test('initials the minutes use for people the roll lists without them are theirs ("Action: SOR", "AdV")', () => {
  const text = ['PCN Board', 'Minutes of the meeting held on Wednesday 19th February 2025', '', 'Present:', "Dr Siobhan O'Rourke – Clinical Director", 'Dr Alice de Villiers', 'Mr Tariq Hussain – Business Manager', '', '1. Finance', 'The budget was agreed. Action: SOR to circulate the figures.', 'AdV to check the rota.', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => [p.name, p.initials])).toEqual([["Siobhan O'Rourke", 'SOR'], ['Alice de Villiers', 'AdV'], ['Tariq Hussain', null]]);
});

describe('emailed branch minutes, panchayats, governing bodies and project tools', () => {
  test('"Secretary:" and "Women\'s Officer:" among office lines; "ACTIONS" over "BH - Write …"; "Actions from January:"; Message-ID among the mail headers', () => {
    const text = [
      'From: Bernadette Hollis <bh@example.org>', 'Message-ID: <5c1e9a0f@example.org>', 'Subject: Draft minutes', '', 'PRIORY BRANCH', '', 'Minutes of the Branch Meeting held on Tuesday 11 February 2025', '',
      'Chair: Siobhan Rourke', 'Secretary: Bernadette Hollis (minutes)', "Women's Officer: Harjinder Kaur Bains", '',
      '2. Matters arising', 'Actions from January:', '- BH to update the WhatsApp group - ongoing.', '',
      'ACTIONS', 'BH - Write to the council about the bus route', 'HKB - Organise a petition stall', '',
      'Contact officer: Lorraine Baxter, Head of Admissions', '',
    ].join('\n');
    const m = parse(text);
    expect(m.title).toBe('Priory Branch');
    expect(m.attendees.map((p) => [p.name, p.role, p.initials])).toEqual([['Siobhan Rourke', 'Chair', null], ['Bernadette Hollis', 'Secretary', 'BH'], ['Harjinder Kaur Bains', "Women's officer", 'HKB']]);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.progress])).toEqual([["update the WhatsApp group", ['Bernadette Hollis'], 'ongoing.']]);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['Write to the council about the bus route', ['Bernadette Hollis']], ['Organise a petition stall', ['Harjinder Kaur Bains']]]);
  });

  test('dates written 28-07-2025; "Proceedings of the … Meeting of"; "Sri" before two names is a title, "Sri Pillalamarri" a name; Name | Category | Portfolio rolls', () => {
    const m = parse('Gram Panchayat Narsampalle\n\nProceedings of the Ordinary Meeting of Gram Panchayat Narsampalle held on 28-07-2025 (Monday) at 11.00 AM.\n\nMembers present:\n1. Sri Gundeti Ramesh, Ward Member\n2. Sri Pillalamarri\n\nSubject No. 1 : Minutes\n');
    expect([m.title, m.date]).toEqual(['Gram Panchayat Narsampalle', '2025-07-28']);
    expect(m.attendees.map((p) => p.name)).toEqual(['Gundeti Ramesh', 'Sri Pillalamarri']);
    const sgb = parse('School Governing Body\n12 August 2025\n\nPresent\nName\tCategory\tPortfolio\nMr S. Mahlangu\tParent\tChairperson\nMs N. Dlamini\tParent\t\nMr K. Govender\tEx officio\tPrincipal\n\n1.\tOpening\n');
    expect(sgb.attendees.map((p) => [p.name, p.role])).toEqual([['S. Mahlangu', 'Chairperson'], ['N. Dlamini', 'Parent'], ['K. Govender', 'Principal']]);
  });

  test('"— assignee: Name — due: Oct 9" after a task; "### Carried over" with "↳" notes', () => {
    const text = [
      '# Weekly Marketing Sync — Oct 7, 2025', '', '**Attendees:** @Priya Raman @Sean Rourke', '',
      '## Action items', '- [ ] Pull the September results — assignee: Sean Rourke — due: Oct 9', '- [ ] Find a photographer — assignee: unassigned — due: Oct 14', '',
      '### Carried over', '- [x] Update the naming doc — assignee: Sean Rourke — due: Oct 3', "  \u21b3 done Oct 2, linked in #marketing", '',
    ].join('\n');
    const m = parse(text, 'sync.md');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Pull the September results', ['Sean Rourke'], '2025-10-09'], ['Find a photographer', [], '2025-10-14']]);
    expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status, u.progress])).toEqual([['Update the naming doc', ['Sean Rourke'], 'closed', 'done Oct 2, linked in #marketing']]);
  });
});

test('reports on earlier actions numbered 6.1, 6.2; "a) task – owner – status" lines; the same update twice is one', () => {
  const text = ['Governing Body', '12 August 2025', '', 'Present: Mr K. Govender (Principal), Mr J. van Rensburg, Raymond St. Germain', '',
    '6.\tMATTERS ARISING', '6.1\tPalisade fence (Principal): completed in July. Closed.', '6.2\tAdmission policy review (Mr van Rensburg): draft circulated; in progress.', '',
    '7.\tBUSINESS ARISING', 'Action items from the August 19, 2025 meeting:', 'a)\tGet quotes for the snow removal contract – Raymond – Carried forward', '',
    'ACTION ITEMS', 'Action\tResponsible\tDeadline', 'Get quotes for the snow removal contract (carried forward)\tRaymond\tBefore next meeting', ''].join('\n');
  const m = parse(text);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([
    ['Palisade fence', ['Principal'], 'closed'],
    ['Admission policy review', ['J. van Rensburg'], 'open'],
    ['Get quotes for the snow removal contract', ['Raymond St. Germain'], 'open'],
  ]);
});

test('"C. Status of Items from the 2024 Annual Meeting" over "• Management will … – Completed; …" reports on earlier actions', () => {
  const text = ['Condominium Association', 'Annual Meeting of Members – January 27, 2025', '', 'Present: Harold Brandt (President)', '', 'V. REPORTS', 'C. Status of Items from the 2024 Annual Meeting', '• Management will obtain bids for repainting – Completed; contract awarded.', '• Board will review the pet policy with counsel – In progress.', '', 'VI. ELECTION', ''].join('\n');
  const m = parse(text);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['obtain bids for repainting', ['Management'], 'closed'], ['review the pet policy with counsel', ['Board'], 'open']]);
  expect(m.actions).toEqual([]);
});

test('a surname that is also a verb still names the owner ("Lodge to close …", "Price to circulate …")', () => {
  const m = parse('Board\n18 March 2024\n\nPresent: Rupert Lodge, Anna Price\n\nACTIONS\n\n- Lodge to close the dormant savings account by Wednesday.\n- Price to circulate the revised policy.\n');
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['close the dormant savings account by Wednesday.', ['Rupert Lodge']], ['circulate the revised policy.', ['Anna Price']]]);
});

test('"212.1<TAB>OPENING", "212.2 …": minutes numbered by the meeting and the item are the agenda, unless item 212 opens them', () => {
  const minutes = parse('Senate\n13 March 2025\n\n212.1\tOPENING\nThe meeting opened.\n\n212.2\tMATTERS ARISING\nNone.\n\n212.3\tANY OTHER BUSINESS\nNone.\n');
  expect(minutes.items.map((item) => [item.number, item.title])).toEqual([['212.1', 'OPENING'], ['212.2', 'MATTERS ARISING'], ['212.3', 'ANY OTHER BUSINESS']]);
  const subItems = parse('Board\n13 March 2025\n\n4. FINANCE\n\n4.1 Budget\nNoted.\n\n4.2 Audit\nNoted.\n\n4.3 Grants\nNoted.\n\n5. AOB\nNone.\n');
  expect(subItems.items.map((item) => item.number)).toEqual(['4', '5']);
});

test('a numbered roll in tabbed cells ("1.<TAB>Arc. (Dr.) Name<TAB>–<TAB>Office"): the number and the dash are no part of the entry', () => {
  const text = ['Senate', '13 March 2025', '', 'PRESENT:', '1.\tProf. Adewale Bakare, FNSE\t–\tVice-Chancellor', '2.\tArc. (Dr.) Temitope Oyelaran-Williams\t–\tHead, Department of Architecture', '3.\tBarr. (Dr.) Kelechi Anyanwu\t–\tCongregation Representative', '4.\tProf. Rotimi Akinwande', '', 'ABSENT WITH APOLOGY:', '1.\tProf. Hadiza Jibrin\t–\tDean', '', '212.1\tOPENING', 'The meeting opened.', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => p.name)).toEqual(['Adewale Bakare', 'Temitope Oyelaran-Williams', 'Kelechi Anyanwu', 'Rotimi Akinwande']);
  expect(m.apologies.map((p) => p.name)).toEqual(['Hadiza Jibrin']);
});

test('a kirk session: "Sederunt:<TAB>… ; Elders – …", apologies "intimated", a leave of absence, "The Session agreed …"', () => {
  const text = [
    'Minutes of the Kirk Session held on Tuesday 13th May 2025 at 7.30pm.', '',
    'Sederunt:\tRev. Fiona M. Drummond (Moderator); Elders – Mrs Elspeth Rennie (Session Clerk), Mr Donald Keir, Dr Euan McIlwraith and Mr Lachlan MacGillivray (from item 3).', '',
    'Apologies were intimated from Mrs Sheena Paterson and Dr Ishbel Munro-Ross. Mr Callum Rae remains on leave of absence from the Session.', '',
    '1.\tMinutes', 'The minutes of the meeting held on 6th April 2025 were also approved as a true record.', '',
    '2.\tMatters Arising',
    '(a)\tSession Clerk to write to the Presbytery Clerk – letter sent 14th March. Complete.',
    '(b)\tMr Keir to obtain quotations for a new website – one quotation received. Carried forward.',
    '(c)\tDr McIlwraith to arrange the inspection – the report has now been received (see item 4).', '',
    '3.\tWorship',
    '(a)\tCommunion: The Session agreed to add Ms Rachel A. Douglas to the Communion Roll.',
    'All elders to send their comments on the draft Plan to the Session Clerk by 31st May 2025.', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Fiona M. Drummond', 'Moderator'], ['Elspeth Rennie', 'Session Clerk'], ['Donald Keir', null], ['Euan McIlwraith', null], ['Lachlan MacGillivray', null]]);
  expect(m.apologies.map((p) => p.name)).toEqual(['Sheena Paterson', 'Ishbel Munro-Ross', 'Callum Rae']);
  expect(m.decisions.map((d) => d.text)).toEqual(['The minutes of the meeting held on 6th April 2025 were also approved as a true record.', 'The Session agreed to add Ms Rachel A. Douglas to the Communion Roll.']);
  expect(m.updates.map((u) => [u.text, u.status, u.progress])).toEqual([
    ['write to the Presbytery Clerk', 'closed', 'letter sent 14th March. Complete.'],
    ['obtain quotations for a new website', 'open', 'one quotation received. Carried forward.'],
    ['arrange the inspection', 'open', 'the report has now been received (see item 4).'],
  ]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['send their comments on the draft Plan to the Session Clerk by 31st May 2025.', ['All elders'], '2025-05-31']]);
});

test('project minutes from Japan: "2025/04/15 (Tue)", "(Company) Surname (PM), …;" rolls, "No.1 … (Owner): Done", a "----+----" table of "Item | Person in charge | Deadline" with 4/18 dates', () => {
  const text = [
    'Minutes of Meeting', 'WMS Replacement Project - Weekly Progress Meeting #12', '',
    'Date      : 2025/04/15 (Tue) 14:00-15:30',
    'Attendees : (Hoshizora Logistics) Tanaka (PM), Suzuki, K. Yamada;',
    "            (Brightwater Consulting) O'Donnell  *Teams",
    'Recorder  : Nakajima (Minato Systems)', '',
    '1. Review of previous action items (from #11, 2025/04/08)',
    '  - No.1 Confirm number of HT units required per DC (Suzuki): Done (sent 4/10)',
    '  - No.2 Check Teams guest access (K. Yamada): Done', '',
    '2. Others', '  - Agreed: From May, the progress meeting will be held biweekly.', '',
    'Next Actions', '',
    'No. | Item                                  | Person in charge   | Deadline',
    '----+---------------------------------------+--------------------+---------',
    ' 1  | Send revised schedule (v2.1)          | Tanaka             | 4/18',
    ' 2  | Propose cleansing rules (incl.        | Suzuki             | 5/9',
    '    | discontinued items)                   |                    |', ''].join('\n');
  const m = parse(text);
  expect(m.date).toBe('2025-04-15');
  expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
    ['Tanaka', 'Hoshizora Logistics', 'PM'], ['Suzuki', 'Hoshizora Logistics', null], ['K. Yamada', 'Hoshizora Logistics', null], ["O'Donnell", 'Brightwater Consulting', null], ['Nakajima', 'Minato Systems', 'Recorder'],
  ]);
  expect(m.updates.map((u) => [u.ref, u.text, u.owners.map((o) => o.name), u.status])).toEqual([['1', 'Confirm number of HT units required per DC', ['Suzuki'], 'closed'], ['2', 'Check Teams guest access', ['K. Yamada'], 'closed']]);
  expect(m.actions.map((a) => [a.id, a.text, a.owners.map((o) => o.name), a.due])).toEqual([['1', 'Send revised schedule (v2.1)', ['Tanaka'], '2025-04-18'], ['2', 'Propose cleansing rules (incl. discontinued items)', ['Suzuki'], '2025-05-09']]);
});

test('a union local\'s board: "President Sister A; Vice President Bro. B; …" rolls, "M/S/C (A/B) to …" motions, "Follow-ups from the March meeting:", a task whose verb ends the line', () => {
  const text = [
    'EXECUTIVE BOARD MEETING – MINUTES', 'Thursday, April 17, 2025', '',
    '2. ROLL CALL OF OFFICERS',
    'Present: President Sister Dana Kowalczyk; Vice President Bro. Marcus T. Hale; Sister Renée Dubois-Carter, Secretary-',
    "Treasurer; Brother Darnell O'Neal, Sergeant-at-Arms; Trustees Sis. Ana Beltrán and Bro. Kevin McAfee.",
    'Excused: Sister Keisha Brantley, Trustee.', 'Also present: Business Agent Sister Monica Feliciano.', '',
    '3. READING OF MINUTES', 'M/S/C to approve the minutes of the March 20, 2025 meeting as read.', '',
    '4. BILLS', 'Bills were read. M/S/C (Ortega/Hale) to pay the bills as read. Bro. Hale will send the cheques', 'by May 9.', '',
    '5. GRIEVANCES', '#25-011  Williams – Step 2 hearing set for 4/24. Sister Dubois-Carter will', '         follow up with the steward before the hearing.', '',
    '6. UNFINISHED BUSINESS', 'Follow-ups from the March meeting:', " - New lock for the hall side door (Bro. O'Neal) – completed.", '',
    '7. ADJOURNMENT', 'M/S/C to adjourn at 8:47 p.m.', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
    ['Dana Kowalczyk', 'President'], ['Marcus T. Hale', 'Vice President'], ['Renée Dubois-Carter', 'Secretary-Treasurer'], ["Darnell O'Neal", 'Sergeant-at-Arms'],
    ['Ana Beltrán', 'Trustee'], ['Kevin McAfee', 'Trustee'], ['Monica Feliciano', 'Business Agent'],
  ]);
  expect(m.apologies.map((p) => p.name)).toEqual(['Keisha Brantley']);
  expect(m.decisions.map((d) => d.text)).toEqual(['to approve the minutes of the March 20, 2025 meeting as read.', 'to pay the bills as read.']);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['send the cheques by May 9.', ['Marcus T. Hale']], ['follow up with the steward before the hearing.', ['Renée Dubois-Carter']]]);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['New lock for the hall side door', ["Darnell O'Neal"], 'closed']]);
});

test('a county assembly committee: "MIN. 10/CA/AGRI/2025: TITLE" items after an agenda list, "wa" names, "was to …" reports, "was directed to", "undertook to", "resolved that: -" parts', () => {
  const text = [
    'SECTORAL COMMITTEE ON AGRICULTURE', 'MINUTES OF THE 9TH SITTING HELD ON TUESDAY 11TH MARCH, 2025', '',
    'PRESENT', '1.\tHon. Joseph Kiprono Langat, MCA\t–  Chairperson', '2.\tHon. Samuel Mwangi wa Njoroge, MCA\t–  Member', '3.\tHon. Daniel K. Mutua, MCA', '',
    'IN ATTENDANCE', '1.\tMr. Dennis Kibet Ruto\t–  Committee Clerk', '2.\tDr. Naomi Jepkosgei Too\t–  Director, Veterinary Services', '',
    'AGENDA', '1.\tPrayer', '2.\tPreliminaries', '3.\tMatters Arising', '4.\tAdjournment', '',
    'MIN. 10/CA/AGRI/2025: PRELIMINARIES', 'The agenda was adopted as read having been proposed by Hon. Langat.', '',
    'MIN. 11/CA/AGRI/2025: MATTERS ARISING',
    'i)\tMIN. 06/CA/AGRI/2025 – Field visit: The Clerk was to write to the Office of the Speaker. The Clerk reported that the visit was approved. – Done.',
    'ii)\tMIN. 07/CA/AGRI/2025 – Milk Cooling Plant: The Department was to submit a status report. The report had not been received. – Pending.', '',
    'MIN. 12/CA/AGRI/2025: THE BILL', 'The Legal Counsel took the Committee through the Bill.', '', 'Committee Resolution', 'The Committee resolved that: -', 'i)\tPublic participation on the Bill be conducted in all sub-counties;', 'ii)\tAn advertisement be placed in two newspapers.',
    'The Clerk was directed to place the advertisement by Friday 14th March, 2025. Dr. Too undertook to share the vaccination schedule with Members.', '',
    'MIN. 13/CA/AGRI/2025: ADJOURNMENT', 'The meeting was adjourned at 1.05 p.m.', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => p.name)).toEqual(['Joseph Kiprono Langat', 'Samuel Mwangi wa Njoroge', 'Daniel K. Mutua', 'Dennis Kibet Ruto', 'Naomi Jepkosgei Too']);
  expect(m.attendees.every((p) => p.organisation !== 'MCA')).toBe(true);
  expect(m.items.map((item) => item.number)).toEqual(['10/CA/AGRI/2025', '11/CA/AGRI/2025', '12/CA/AGRI/2025', '13/CA/AGRI/2025']);
  expect(m.updates.map((u) => [u.ref, u.text, u.owners.map((o) => o.name), u.status])).toEqual([
    ['06/CA/AGRI/2025', 'write to the Office of the Speaker.', ['Clerk'], 'closed'],
    ['07/CA/AGRI/2025', 'submit a status report.', ['Department'], 'open'],
  ]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
    ['place the advertisement by Friday 14th March, 2025.', ['Clerk'], '2025-03-14'],
    ['share the vaccination schedule with Members.', ['Naomi Jepkosgei Too'], null],
  ]);
  expect(m.decisions.map((d) => d.text)).toEqual(['The agenda was adopted as read having been proposed by Hon. Langat.', 'Public participation on the Bill be conducted in all sub-counties', 'An advertisement be placed in two newspapers.']);
});

test('a word processor\'s meeting template: label and value rows, unnumbered topics over "Time allotted | … | Presenter | …", Conclusions, and action rows per topic', () => {
  const text = [
    'Meeting minutes', 'Warehouse Move Project Group', '14/05/2025\t6:30 PM\tMeeting Room 2', '',
    "Facilitator\tSiobhan O'Rourke", 'Timekeeper\tEwan',
    "Attendees\tSiobhan O'Rourke (Project Lead), Callum MacLeod (Treasurer), Ewan McAllister.  Apologies: Marcus Ferreira-Lind", '',
    'Agenda topics', '', 'Review of actions from 9 April', "Time allotted\t10 minutes\tPresenter\tSiobhan O'Rourke",
    'Discussion\tSiobhan went through the open actions from the April meeting:', '•\tGet three quotes for pallet racking (Callum) – done.',
    'Conclusions\tNone needed.', 'Action items\tPerson responsible\tDeadline', '\t\t', '',
    'Unit 4 lease', 'Time allotted\t25 minutes\tPresenter\tCallum MacLeod', 'Discussion\tCallum summarised the heads of terms.',
    'Conclusions\tGo with Van Hire Direct for 20–21 June.', 'Action items\tPerson responsible\tDeadline', 'Send the board paper to the Chair\tCallum MacLeod\t21/05/2025', '',
    'Other information', 'Resources\tHeads of terms v3; volunteer survey results', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([["Siobhan O'Rourke", 'Project Lead'], ['Callum MacLeod', 'Treasurer'], ['Ewan McAllister', null]]);
  expect(m.apologies.map((p) => p.name)).toEqual(['Marcus Ferreira-Lind']);
  expect(m.items.map((item) => [item.number, item.title])).toEqual([[null, 'Review of actions from 9 April'], [null, 'Unit 4 lease']]);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['Get three quotes for pallet racking', ['Callum MacLeod'], 'closed']]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Send the board paper to the Chair', ['Callum MacLeod'], '2025-05-21']]);
  expect(m.decisions.map((d) => d.text)).toEqual(['Go with Van Hire Direct for 20–21 June.']);
});

test('a retro board tidied into text: "Not in:", a review of last retro\'s actions with ✔/✘, "→ Name: task" and "Owner: Name – task" actions, a carried task reported once', () => {
  const text = [
    'Team Kestrel – Sprint 42 Retro – 14/05/2025', '', 'Participants: Priya, Tom, Hana (remote)', 'Facilitator: Rosa', 'Not in: Marek (annual leave)', '',
    '----------', "REVIEW OF LAST RETRO'S ACTIONS (Sprint 41)", '----------',
    '✔ Tom – set up the quarantine job for flaky UI tests', '✘ Priya – book a session with Design on empty states', '',
    '----------', 'ACTIONS', '----------',
    '→ Priya: book the empty-states session with Design (carried over)', '→ Hana: pair with Tom on the signing steps',
    'Owner: Tom – add a merge check to the bot by 16/05', 'Owner: TBC – find out why the crash-free rate dropped', ''].join('\n');
  const m = parse(text);
  expect(m.apologies.map((p) => p.name)).toEqual(['Marek']);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([['set up the quarantine job for flaky UI tests', ['Tom'], 'closed'], ['book a session with Design on empty states', ['Priya'], 'open']]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
    ['pair with Tom on the signing steps', ['Hana'], null],
    ['add a merge check to the bot by 16/05', ['Tom'], '2025-05-16'],
    ['find out why the crash-free rate dropped', [], null],
  ]);
});

test('a post-incident review: "Date of review" in a properties table, Facilitator by handle, a "Ticket" column, "Actions from INC-2187 (March) – review" reports earlier tickets', () => {
  const text = [
    '# INC-2291 Post-Incident Review', '', '| | |', '|---|---|', '| **Incident date** | 2025-06-09 (Mon) |', '| **Date of review** | 2025-06-12 |', '| **Facilitator** | @mvandermeer |',
    "| **Attendees** | @mvandermeer (Maartje van der Meer), @kobrien (Kieran O'Brien) |", '',
    '## Actions from INC-2187 (March) – review', '', '| Ticket | Action | Owner | Status |', '|---|---|---|---|', '| OPS-4230 | Add the saturation panel | @kobrien | Done |', '',
    '## Action items', '', '| Ticket | Action | Owner | Due | Status |', '|---|---|---|---|---|',
    '| OPS-4412 | Add a cl_waiting alert | @kobrien | 2025-06-20 | In progress |', '| OPS-4414 | Add the rollback command to the runbook | @mvandermeer | 2025-06-11 | Done |', '',
    '## Decisions', '', '1. Config-only changes go through the canary stage, starting now, as all code changes do, without exception.', '2. The pool size stays at 40.', ''].join('\n');
  const m = parse(text, 'review.md');
  expect(m.date).toBe('2025-06-12');
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Maartje van der Meer', 'Facilitator'], ["Kieran O'Brien", null]]);
  expect(m.updates.map((u) => [u.ref, u.text, u.status])).toEqual([['OPS-4230', 'Add the saturation panel', 'closed']]);
  expect(m.actions.map((a) => [a.id, a.owners.map((o) => o.name), a.status])).toEqual([['OPS-4412', ["Kieran O'Brien"], 'open'], ['OPS-4414', ['Maartje van der Meer'], 'closed']]);
  expect(m.items).toEqual([]);
});

test('a cumulative action log that marks this meeting\'s rows "New": the other rows are reports on earlier actions', () => {
  const text = ['Board of Directors', 'Thursday 15th May 2025', '', 'Directors present:\tSeán Ó Briain (Chair), Declan Fitzgerald (Secretary)', '',
    '4.\tCEO Report', 'Action: CEO to bring a revised proposal on branch opening hours to the June Board meeting.', '',
    'ACTION LOG', '', 'No.\tAction\tOwner\tDue\tStatus',
    '18\tReview investment policy with the advisors\tSecretary\tQ3 2025\tOngoing',
    '25\tCirculate the KPI dashboard to directors\tCEO\t17/04/25\tClosed',
    '27\tRevised proposal on branch opening hours\tCEO\t19/06/25\tNew', ''].join('\n');
  const m = parse(text);
  expect(m.actions.map((a) => [a.id, a.status])).toEqual([['27', 'open']]);
  expect(m.updates.map((u) => [u.ref, u.status])).toEqual([['18', 'open'], ['25', 'closed']]);
});

test('an ESC call mailed to a list: first names with marks ("Michael D", "Stefan vdB"), earlier actions with "AI: done" under them, "AI: A + B - task" and "AI: Stefan vdB to …"', () => {
  const text = [
    'Lanternleaf ESC call - Thursday 13 March 2025', '', '* Present:',
    '    + Marek (Foundation), Ilse (Kestrel Data), Michael D (Kestrel Data),', '      Ravi (Kestrel Data), Emeka, Stefan vdB, Noor', '',
    '* Completed Action Items:', '    + update the release notes wiki page with the VBA macro', '      security change (Ilse)', '        AI: done',
    '* Pending Action Items:', '    + write up the LTS branch proposal (Marek)', '        AI: still open - draft exists', '',
    '* Documentation (Ilse)', '    + Guides', '        AI: Ilse + Noor - announce the guide sprint on the blog', '        AI: Stefan vdB to update the system requirements page', ''].join('\n');
  const m = parse(text);
  expect(m.attendees.map((p) => p.name)).toEqual(['Marek', 'Ilse', 'Michael D', 'Ravi', 'Emeka', 'Stefan vdB', 'Noor']);
  expect(m.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status, u.progress])).toEqual([
    ['update the release notes wiki page with the VBA macro security change', ['Ilse'], 'closed', 'done'],
    ['write up the LTS branch proposal', ['Marek'], 'open', 'still open - draft exists'],
  ]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['announce the guide sprint on the blog', ['Ilse', 'Noor']], ['update the system requirements page', ['Stefan vdB']]]);
});

test('an academic board and a police ward panel: post-nominals and "(Hons)", group lines without colons, Associate Professor, PS/PC/PCSO with shoulder numbers, Father, "ACTIONS" over owner-first lines', () => {
  const board = parse(['ACADEMIC BOARD', 'Wednesday 16 April 2025', '', 'PRESENT', 'Ex officio members',
    '\tProfessor Helen Marchetti-Boyd BA(Hons) PhD FAHA – Chair', '\tAssociate Professor Duc Minh Nguyen BCom(Hons) PhD CPA – Acting Executive Dean',
    'Elected members', '\tDr Mei-Ling Chau BEd MEd PhD', '\tMs Joanne van Heerden BAppSc MPhty', '',
    'APOLOGIES', '\tProfessor Rashid Al-Amin AO – Vice-Chancellor', '', '1.\tWelcome', ''].join('\n'));
  expect(board.attendees.map((p) => [p.name, p.role])).toEqual([['Helen Marchetti-Boyd', 'Chair'], ['Duc Minh Nguyen', 'Acting Executive Dean'], ['Mei-Ling Chau', null], ['Joanne van Heerden', null]]);
  expect(board.apologies.map((p) => p.name)).toEqual(['Rashid Al-Amin']);
  const panel = parse(['WARD PANEL', 'Minutes of the meeting held on Tuesday 8th July 2025', '', 'Present:', 'Panel members', 'Margaret Oduya (Chair)', '',
    'Police', 'Insp. Alan Morrow – Neighbourhood Inspector', 'PS 412NE Rhys Jones – Safer Neighbourhoods Sergeant', 'PCSO 7731NE Grace Lee', '',
    'Apologies: PC Sarah Whitcombe, Father Declan Rooney (St Aidan\'s Church).', '', '1. Priorities', 'Discussed.', '',
    'ACTIONS', 'PS Jones to arrange joint evening patrols with the council ASB team.', 'All panel members to encourage neighbours to report ASB.', ''].join('\n'));
  expect(panel.attendees.map((p) => [p.name, p.role])).toEqual([['Margaret Oduya', 'Chair'], ['Alan Morrow', 'Neighbourhood Inspector'], ['Rhys Jones', 'Safer Neighbourhoods Sergeant'], ['Grace Lee', null]]);
  expect(panel.apologies.map((p) => p.name)).toEqual(['Sarah Whitcombe', 'Declan Rooney']);
  expect(panel.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['arrange joint evening patrols with the council ASB team.', ['Rhys Jones']], ['encourage neighbours to report ASB.', ['All panel members']]]);
});

test('a clinical governance meeting: "Office, Department – Dr Name (INIT)" entries, an action log whose ids name an earlier month', () => {
  const text = ['# Theatres Clinical Governance Meeting', '', '**Minutes of the meeting held on Wednesday 14 May 2025**', '', '**Present:**', '',
    '- Consultant Anaesthetist (Chair) – Dr A. Okafor (AO)', '- Clinical Director, Anaesthesia – Dr Fionnuala O\'Driscoll (FOD)', '- Senior Sister, Recovery – Bernadette Nwachukwu',
    '- Owain Price (OP), Partner Member – Primary Care', '', '**Apologies:**', '', '- Consultant Anaesthetist, Obstetrics – Dr Jonathan St. Clair', '',
    '### 3. Action log', '', '| Ref | Action | Owner | Due | RAG | Update |', '|---|---|---|---|---|---|',
    '| 25/03-04 | Agree an escalation process for delayed transfers | AO | 14/05/2025 | Amber | Draft circulated. |', '',
    '### 4. Actions', '', '| Who | What | By when |', '|---|---|---|', '| FOD | Take the revised guideline to the drugs committee | 11/06/2025 |', ''].join('\n');
  const m = parse(text, 'governance.md');
  expect(m.attendees.map((p) => [p.name, p.initials, p.role, p.organisation])).toEqual([
    ['A. Okafor', 'AO', 'Chair', null], ["Fionnuala O'Driscoll", 'FOD', 'Clinical Director, Anaesthesia', null], ['Bernadette Nwachukwu', null, 'Senior Sister, Recovery', null], ['Owain Price', 'OP', 'Partner Member', 'Primary Care'],
  ]);
  expect(m.apologies.map((p) => p.name)).toEqual(['Jonathan St. Clair']);
  expect(m.updates.map((u) => [u.ref, u.status])).toEqual([['25/03-04', 'open']]);
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['Take the revised guideline to the drugs committee', ["Fionnuala O'Driscoll"]]]);
});

test('a council of governors and a senate committee: groups with a constituency before their lists, "CoG 25/014<TAB>Title" items, Senator titles, lower-case labels in typed notes', () => {
  const cog = parse(['Council of Governors', 'Minutes of the meeting held on Thursday 15 May 2025', '', 'Present:\t',
    "Public Governors – North Westmarch:\tAlan Pryce; Bernadette O'Hagan (Lead Governor)", 'Appointed Governors:\tCllr Dafydd Rowlands (Westmarch County Council)', '',
    'Apologies:\t', 'Public Governors: Keith Harrowby (South Westmarch); Yvonne Etheridge (North Westmarch)', 'Directors: Jonathan Pike, Director of Finance', '',
    'CoG 25/014\tWelcome', 'The Chair welcomed governors.', '', 'CoG 25/015\tDeclarations of interest', 'None.', ''].join('\n'));
  expect(cog.attendees.map((p) => p.name)).toEqual(['Alan Pryce', "Bernadette O'Hagan", 'Dafydd Rowlands']);
  expect(cog.apologies.map((p) => p.name)).toEqual(['Keith Harrowby', 'Yvonne Etheridge', 'Jonathan Pike']);
  expect(cog.items.map((item) => item.number)).toEqual(['CoG 25/014', 'CoG 25/015']);
  const senate = parse(['MINUTES OF THE SENATE COMMITTEE ON AGRICULTURE', '', 'Date:                Tuesday, March 4, 2025', '',
    'Members Present:     Senator Wade Harrelson (Chair), Senator Loretta McCandless (Vice', '                     Chair), Senator Bill J. Prewitt', '',
    'Members Excused:     Senator Roy D. DeWitt', ''].join('\n'));
  expect(senate.attendees.map((p) => [p.name, p.role])).toEqual([['Wade Harrelson', 'Chair'], ['Loretta McCandless', 'Vice Chair'], ['Bill J. Prewitt', null]]);
  expect(senate.apologies.map((p) => p.name)).toEqual(['Roy D. DeWitt']);
  const notes = parse(['garden group meeting, sat 5th april 2025', '', 'present: jo, sam k, priya, fran and me', 'apols: kim (away), dev', '', 'agreed we\'d go for the 5 year lease.', ''].join('\n'));
  expect(notes.attendees.map((p) => p.name)).toEqual(['jo', 'sam k', 'priya', 'fran']);
  expect(notes.apologies.map((p) => p.name)).toEqual(['kim', 'dev']);
  expect(notes.decisions.map((d) => d.text)).toEqual(["agreed we'd go for the 5 year lease."]);
});

test('an empty "Regrets:" label, then "Guests:" after a blank line: the guests attended; a group line joins a list only in its paragraph', () => {
  const m = parse(['# JSON-LD WG call', '', '## Attendees', '**Present:** Ivan Herman, Rob Sanderson', '', '**Regrets:** ', '', '**Guests:** Luc Audrain, Ganesh Annan', '', '**Chair:** Rob Sanderson', ''].join('\n'), 'minutes.md');
  expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Ivan Herman', null], ['Rob Sanderson', 'Chair'], ['Luc Audrain', null], ['Ganesh Annan', null]]);
  expect(m.apologies).toEqual([]);
});

test('"Police" alone over officers is a group, "Redwater Police" in a cell or after a comma is a force', () => {
  const panel = parse(['Ward Panel', '8 July 2025', '', 'Present:', 'Margaret Oduya (Chair)', 'Police', 'PC 2287NE Nikhil Patel – Dedicated Ward Officer', '', '1. Welcome', ''].join('\n'));
  expect(panel.attendees.map((p) => p.name)).toEqual(['Margaret Oduya', 'Nikhil Patel']);
  const guests = parse(['Police and Crime Panel', '12 October 2024', '', 'Guests', '-----', '', '• Yaa Adeyemi, Stowbridge County Council', '• Oluwaseun Balogun, Stowbridge Police', ''].join('\n'));
  expect(guests.attendees.map((p) => [p.name, p.organisation])).toEqual([['Yaa Adeyemi', 'Stowbridge County Council'], ['Oluwaseun Balogun', 'Stowbridge Police']]);
});

describe('typed notes with bare topic lines and ☐ tasks', () => {
  const notes = parse([
    'Loomwell – Monday sync', 'Mon 3 Feb', '#meetings/2025 #sync', '',
    'Who: Lena, Tom, Jonas, Ana-Sofia, Joost van der Meer (advisor)', 'Not here: Malte (off sick)', '',
    "Last week's todos", '☑ Tom: renew domain', '☐ Jonas – get the DPA template → still waiting on them', '',
    'Numbers', '• MRR up again', '',
    'Fundraising', '☐ Lena – send the deck to Rafa by Wed', '☐ Jonas + Ana-Sofia: 5 user interviews with the people who asked', '',
  ].join('\n'));

  test('"Who:" heads the roll; a day without its year takes the one year the header names', () => {
    expect(notes.date).toBe('2025-02-03');
    expect(names(notes.attendees)).toEqual(['Lena', 'Tom', 'Jonas', 'Ana-Sofia', 'Joost van der Meer']);
    expect(names(notes.apologies)).toEqual(['Malte']);
  });

  test('the next bare topic line ends the earlier tasks; an arrow points to the progress; "+" joins owners', () => {
    expect(notes.updates.map((u) => [u.text, names(u.owners), u.progress, u.status])).toEqual([
      ['renew domain', ['Tom'], null, 'closed'],
      ['get the DPA template', ['Jonas'], 'still waiting on them', 'open'],
    ]);
    expect(notes.actions.map((a) => [a.text, names(a.owners), a.due])).toEqual([
      ['send the deck to Rafa by Wed', ['Lena'], '2025-02-05'],
      ['5 user interviews with the people who asked', ['Jonas', 'Ana-Sofia'], null],
    ]);
  });

  test('"Who<TAB>What<TAB>When" heads a log, not a roll; two years in the header leave a yearless day undated', () => {
    const log = parse(['Rowing club committee', '3 February 2025', '', 'Present: Ann Lee, Bob Roy', '', 'Who\tWhat\tWhen', 'Ann\tBook the boats\t10 Feb', ''].join('\n'));
    expect(names(log.attendees)).toEqual(['Ann Lee', 'Bob Roy']);
    expect(parse(['Sync 2024–2025 season', 'Mon 3 Feb', 'Budget 2026', ''].join('\n')).date).toBeNull();
  });
});

test('minutes pasted into an email: the covering note ends at the paragraph that dates the meeting; a day without its year is on or before the email', () => {
  const m = parse([
    'From: Nell Orr <nell@example.org>', 'Sent: 06 April 2025 09:14', 'To: garden@example.org', 'Subject: notes', '',
    'hi all', '', 'notes from yesterday, sorry they are late', '',
    'garden group meeting, sat 5th april, 10.30ish, in the polytunnel', '', 'present: jo, priya, fran', '',
  ].join('\n'));
  expect(m.title).toBe('garden group meeting');
  expect(m.date).toBe('2025-04-05');
  expect(names(m.attendees)).toEqual(['jo', 'priya', 'fran']);
});

test('a council PDF roll: an organisation wrapped after its dash, an office "in" something, a task undertaken in prose after a clause', () => {
  const m = parse([
    'HEALTH AND WELLBEING BOARD', '', 'MINUTES of a meeting held on Wednesday, 18 September 2024', '',
    'PRESENT:', 'Partner members:', 'Dr Fiona McAllister (Vice-Chair) – NHS Hallowmere and', 'Dunmore Integrated Care Board',
    'Dr Oliver Brandt – Hallowmere Teaching', 'Hospitals NHS Foundation Trust', 'Chief Superintendent Dean Ackroyd, District Commander –', 'Northshire Police',
    'Bernadette Kavanagh, Chief Executive – Hallowmere Council', 'for Voluntary Service', 'Anita Chowdhury – Director of Public Health', '',
    'ALSO PRESENT: Marcus Feeney (Consultant in Public Health), Ruth Okonkwo', '',
    'HWB.24  REPORT', '', 'Members welcomed the report. The', 'Director of Public Health agreed to circulate a breakdown by 31 October 2024.', '',
    'In response to a question about variation between practices, Ms Okonkwo undertook to provide', 'members with figures.', '',
  ].join('\n'));
  expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
    ['Fiona McAllister', 'NHS Hallowmere and Dunmore Integrated Care Board'], ['Oliver Brandt', 'Hallowmere Teaching Hospitals NHS Foundation Trust'],
    ['Dean Ackroyd', 'Northshire Police'], ['Bernadette Kavanagh', 'Hallowmere Council for Voluntary Service'], ['Anita Chowdhury', null],
    ['Marcus Feeney', null], ['Ruth Okonkwo', null],
  ]);
  expect(m.attendees.find((p) => p.name === 'Marcus Feeney')!.role).toBe('Consultant in Public Health');
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
    ['circulate a breakdown by 31 October 2024.', ['Director of Public Health']],
    ['provide members with figures.', ['Ruth Okonkwo']],
  ]);
});

test('"8. ACTION ITEMS" over lettered business to vote on is no list of tasks; a report topic\'s label opens a sentence', () => {
  const m = parse([
    'Board of Education', 'October 20, 2025', '', 'Also present: Superintendent Dr. Marisol Vega-Torres, Treasurer/CFO Nathan Lindqvist', '',
    '5. SUPERINTENDENT\'S REPORT', 'Enrollment: The October count is 1,948 students.',
    'Facilities: The Superintendent will schedule a listening session on the master plan before winter break.', '',
    '8. ACTION ITEMS', 'A. School Bus Purchase', 'Motion by Member Pham, second by Member Okonkwo, to approve the purchase. Motion carried 5-0.',
    'Mr. Lindqvist will post the forecast to the website by Friday.', '',
  ].join('\n'));
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
    ['schedule a listening session on the master plan before winter break.', ['Superintendent']],
    ['post the forecast to the website by Friday.', ['Nathan Lindqvist']],
  ]);
});

test('"Fr." before a name is a title, not a sentence\'s end; "In attendance for item 6:" is a roll label', () => {
  const m = parse(['Club Executive', '3 February 2025', '', 'Present: Jo Bloggs', '',
    'Apologies: Fr. Liam Ó Maolagáin (Club President), Darragh Kinsella, Orla Ní', 'Mhurchú-Hayes', '',
    'In attendance for item 6: Kevin Brophy, Brophy Building Services', '', '1. Minutes', ''].join('\n'));
  expect(names(m.apologies)).toEqual(['Liam Ó Maolagáin', 'Darragh Kinsella', 'Orla Ní Mhurchú-Hayes']);
  expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Jo Bloggs', null], ['Kevin Brophy', 'Brophy Building Services']]);
});

test('"(Action: Declan)" in brackets after a sentence names its owners; a subject no one holds stays in the wording', () => {
  const m = parse(['Club Executive', '3 February 2025', '', 'Present: Declan de Paor, Aoife Burke', '', '1. Grounds',
    'Declan raised the lights again. Declan to get a price from an electrician. (Action: Declan)',
    'Registration night is Friday 21st. Notice to go in the newsletter by Friday 14th. (Action: Aoife)', ''].join('\n'));
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([
    ['get a price from an electrician.', ['Declan de Paor']],
    ['Notice to go in the newsletter by Friday 14th.', ['Aoife Burke']],
  ]);
});

test('"owner@company.com - task - due date" action items: the address names its owner; a date or "no due date" after the last dash', () => {
  const m = parse(['Onboarding call', 'March 12, 2025', '', 'Attendees:', 'Keisha Montgomery-Wells (Tallyworks) - Customer Success Manager', 'Joost van den Akker (Brennan)', 'Dmitri Vasquez (Tallyworks)', '',
    'Action Items', 'Dmitri will send credentials to Joost by Friday.', 'keisha.montgomery-wells@tallyworks.com - Send the vendor template to Joost - Mar 14, 2025',
    'joost@brennansousa.com - Create the service account - Mar 19, 2025', 'Dmitri Vasquez - Connect the sandbox - 03/21/2025', 'dmitri.vasquez@tallyworks.com - Share the notes - no due date', ''].join('\n'));
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([
    ['send credentials to Joost by Friday.', ['Dmitri Vasquez'], '2025-03-14'],
    ['Send the vendor template to Joost', ['Keisha Montgomery-Wells'], '2025-03-14'],
    ['Create the service account', ['Joost van den Akker'], '2025-03-19'],
    ['Connect the sandbox', ['Dmitri Vasquez'], '2025-03-21'],
    ['Share the notes', ['Dmitri Vasquez'], null],
  ]);
});

test('"Old business" reports on earlier tasks only where its first entry reports progress; a lettered section ends at the next letter', () => {
  const hoa = parse(['Board of Directors', 'December 9, 2025', '', 'Present: Raj Menon, Keisha Brandt, Ellen van der Berg', '',
    '5. Old business', 'a. Pool fence repair (Raj, from the October meeting) – Complete. Panels replaced.', 'b. Reserve study bids (Keisha) – In progress.',
    'c. Safeguarding certificates (van der Berg): In progress – 8 of 11 on file.', '', '6. New business', 'Keisha will post the bids on Sunday service boards.', ''].join('\n'));
  expect(hoa.updates.map((u) => [u.text, u.owners.map((o) => o.name), u.status])).toEqual([
    ['Pool fence repair', ['Raj Menon'], 'closed'], ['Reserve study bids', ['Keisha Brandt'], 'open'], ['Safeguarding certificates', ['Ellen van der Berg'], 'open'],
  ]);
  const board = parse(['Licensing Board', 'January 16, 2025', '', 'Present: Lorraine Beckwith, Gregory Tan', '',
    '5. DIRECTOR\'S REPORT', 'C. Follow-up Items from the October 17, 2024 Meeting', '•  Mr. Tan will research temporary permits – In progress; memo in April.',
    'D. Renewals. Ms. Beckwith will mail reminder postcards by February 14, 2025.', '', '6. OLD BUSINESS', 'A. Proposed Amendments to Rule 112:10-3-4',
    'Ms. Beckwith will file the notice of proposed rulemaking by February 7, 2025.', ''].join('\n'));
  expect(board.updates.map((u) => u.text)).toEqual(['research temporary permits']);
  expect(board.actions.map((a) => [a.text, a.due])).toEqual([
    ['mail reminder postcards by February 14, 2025.', '2025-02-14'], ['file the notice of proposed rulemaking by February 7, 2025.', '2025-02-07'],
  ]);
});

test('a weekday naming what happens on it is no deadline ("on Sunday service times")', () => {
  const m = parse(['Vestry', 'April 8, 2025', '', 'Present: Beth Ann Sorensen', '', 'Action items', 'Beth Ann Sorensen – draft a survey on Sunday service times.', 'Beth Ann Sorensen – send the rota on Friday.', ''].join('\n'));
  expect(m.actions.map((a) => a.due)).toEqual([null, '2025-04-11']);
});

test('a log row whose minute reference names the item a task was set under is that task, told in other words; a "BRAG key" legend is no lead-in', () => {
  const m = parse([
    'Council of Governors', 'Minutes of the meeting held on 15 May 2025', '', 'Present: Jo Bloggs (Chair)', '',
    'CoG 25/019\tChief Executive\'s report', 'ACTION (Chief Executive) – provide governors with a breakdown of trolley waits, including the end of June position.', '',
    'CoG 25/020\tQuality report', 'Noted.', '',
    'ACTION LOG – updated following the meeting on 15 May 2025', 'BRAG key: Red – overdue; Blue – complete; Closed – closed at a previous meeting', '',
    'Action No\tMinute Ref\tAction\tLead\tDue\tStatus',
    'A/091\tCoG 25/006\tShare the staff survey results\tDirector of People\t31/03/2025\tBlue',
    'A/104\tCoG 25/019\tTwelve-hour figures by specialty\tChief Executive\t10/07/2025\tGreen', '',
  ].join('\n'));
  expect(m.actions.map((a) => [a.id, a.due])).toEqual([['A/104', '2025-07-10']]);
  expect(m.updates.map((u) => u.ref)).toEqual(['A/091']);
});

test('an office held by several ("Deans of Faculties") owns a tag under its sentence; "not later than" cues a deadline', () => {
  const m = parse(['Senate', '14 March 2025', '', 'Present: Prof. Ada Obi (Registrar)', '', '5. Results',
    'The approved results should be released on the portal not later than Friday, 21st March, 2025.', 'ACTION: Registrar; Deans of Faculties', ''].join('\n'));
  expect(m.actions.map((a) => [a.owners.map((o) => o.name), a.due])).toEqual([[['Registrar', 'Deans of Faculties'], '2025-03-21']]);
});

test('"@handle (Name, Company)" in a checklist roll; "Previous AIs" with ✅/⏳ marks, the mark the progress where nothing follows', () => {
  const m = parse(['# Storage WG — 2025-06-11', '', '## Attendees', '', '- [x] @mbrightwater (Maya Brightwater, Grafton Labs) — chair', '- [x] @sanne-vd (Sanne van Dijk)', '- [ ] @fohare (Fionnuala O\'Hare, Grafton Labs)', '',
    '## Previous AIs', '', '- ✅ @mbrightwater: ask infra for two more runners — done, online since Jun 5', '- ✅ @sanne-vd: draft the deprecation notice', '', '## Notes', '', '- we talked', ''].join('\n'), 'notes.md');
  expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([['Maya Brightwater', 'Grafton Labs', 'chair'], ['Sanne van Dijk', null, null]]);
  expect(m.apologies.map((p) => [p.name, p.organisation])).toEqual([["Fionnuala O'Hare", 'Grafton Labs']]);
  expect(m.updates.map((u) => [u.text, u.progress, u.status])).toEqual([
    ['ask infra for two more runners', 'done, online since Jun 5', 'closed'], ['draft the deprecation notice', '✅', 'closed'],
  ]);
});

test('"Tanya B." as an owner: a first name and the initial of one listed person\'s surname', () => {
  const m = parse(['Band Council', 'September 9, 2025', '', 'STAFF:\tTanya Bighetty, Band Administrator', '\tTanya Okemow, Clerk', '\tGlen Whitehead, Director of Operations', '',
    'ACTION ITEMS', 'Action\tResponsible\tDue', 'Submit the funding application\tTanya B. / Glen Whitehead\tOctober 3, 2025', ''].join('\n'));
  expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['Tanya Bighetty', 'Glen Whitehead']]);
});

test('boxes under "## Talking points" are topics, not tasks; "— @Name · Due Mar 3" gives the owner and the due date', () => {
  const m = parse(['# Lifecycle sync', '', '**Date:** Tue, Feb 25, 2025', '**Attendees:** Hannah Lee, Luis Ortega', '', '## Talking points', '', '- [x] Referral program FAQ', '- [ ] Luis — promo packet check-in', '',
    '## Action items', '', '- [ ] Send two hero options — @Hannah Lee · Due Mar 3', ''].join('\n'), 'notes.md');
  expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Send two hero options', ['Hannah Lee'], '2025-03-03']]);
});

test('a status table whose Min. No. names the last meeting\'s items (211.4 among items 212.x) reports on earlier actions', () => {
  const m = parse(['Senate', '14 March 2025', '', 'Present: Prof. Ada Obi (Registrar)', '', '212.1\tOPENING', 'The Chairman opened the meeting.', '',
    '212.2\tCONFIRMATION OF MINUTES', 'The minutes were confirmed.', '', '212.3\tMATTERS ARISING FROM THE MINUTES',
    'Senate received the status report on the implementation of decisions, as follows:', 'S/N\tMin. No.\tDecision\tAction By\tStatus',
    '1.\t211.4\tRelease of the results on the students\' portal\tRegistrar\tDone', '2.\t211.9\tConstitution of an ad hoc Committee\tRegistrar\tPending', '',
    '212.4\tEXAMINATION RESULTS', 'The approved results should be released on the students\' portal by Friday, 21st March, 2025.', 'ACTION: Registrar', ''].join('\n'));
  expect(m.updates.map((u) => [u.text, u.status])).toEqual([["Release of the results on the students' portal", 'closed'], ['Constitution of an ad hoc Committee', 'open']]);
  expect(m.actions.map((a) => [a.id, a.due])).toEqual([[null, '2025-03-21']]);
});

test('a bullet of the discussion that gives someone a task ("- Woody to get a quote") is an action, unless the minutes list their actions', () => {
  const discussion = ['Garden group meeting, 5 April 2025', '', 'Present: Priya Patel, Woody Allen', '', 'The shed', '', '- Woody to get a 2nd quote for the roof felt asap', '- the frame is fine', '- Priya will do the grant form.', ''];
  expect(parse(discussion.join('\n')).actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['get a 2nd quote for the roof felt asap', ['Woody Allen']], ['do the grant form.', ['Priya Patel']]]);
  const listed = parse([...discussion, 'Actions', '- [ ] Organise the fete', ''].join('\n'));
  expect(listed.actions.map((a) => a.text)).toEqual(['Organise the fete']);
});

test('"Jo" resolves to the one Jo on the roll; "JO" stays initials', () => {
  const m = parse(['Garden group meeting, 5 April 2025', '', 'Present: Jo Smith, Priya Patel', '', 'The shed', '', 'ACTION (JO) – call Bob', ''].join('\n'));
  expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['JO']]);
  expect(parse(['Garden group meeting, 5 April 2025', '', 'Present: Jo Smith, Priya Patel', '', 'Jo will ring the water company.', ''].join('\n')).actions.map((a) => a.owners.map((o) => o.name))).toEqual([['Jo Smith']]);
});
