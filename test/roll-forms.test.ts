import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const names = (text: string, file = 'minutes.txt') => parseMinutes(text, { file }).attendees.map((p) => p.name);

describe('roll labels and entries as small councils write them', () => {
  test('a label closed by a dash on its own line opens the paragraph below it', () => {
    const text = 'ASHCOMBE PARISH COUNCIL\n\nMONDAY 8th MARCH 2010\n\nPresent-\n\nCllr T Marsh - Chairman, Cllr B Oduya, Cllr K Fenn.\n\n1. Minutes\n';
    expect(names(text)).toEqual(['T Marsh', 'B Oduya', 'K Fenn']);
    expect(parseMinutes(text).attendees[0].role).toBe('Chairman');
  });

  test('a label in capitals runs into its entries where the capitals end', () => {
    const text = 'Held on the 6th March 2003\n\nPRESENT Vice Chairman (Mr. Oakes, who took the chair), Mrs. Penrose and Messrs Tull, Varley and Quist.\n\nAPOLOGIES Mr. Rudd (Chairman).\n';
    expect(names(text)).toEqual(['Oakes', 'Penrose', 'Tull', 'Varley', 'Quist']);
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Rudd']);
    // In ordinary case the same words are a sentence, not a label.
    expect(names('Present Vice Chairman Mr. Oakes took the chair.\n')).toEqual([]);
  });

  test('a table of offices before names run into one line is read office by office', () => {
    const text = 'Attendance: Chairman S Okafor Vice Chairman Mrs J Ridley Councillors Mrs D Amis Mr P Lowry BCllr C T Vance County Councillor M Stroud Footpath Warden Mr C Pell Members of the public 4\n';
    const people = parseMinutes(text).attendees;
    expect(people.map((p) => p.name)).toEqual(['S Okafor', 'J Ridley', 'D Amis', 'P Lowry', 'C T Vance', 'M Stroud', 'C Pell']);
    expect(people.map((p) => p.role)).toEqual(['Chairman', 'Vice Chairman', null, null, null, 'County Councillor', 'Footpath Warden']);
    // A plural title goes on to the untitled names after it; an office may name the body it serves.
    expect(names('Present: Chairman Mrs D Amis Councillors M Lowe M Pryce J Tull Clerk to the Council Mr A Bee\n')).toEqual(['D Amis', 'M Lowe', 'M Pryce', 'J Tull', 'A Bee']);
    // One office before one name with three words is one person, not a run.
    expect(parseMinutes('Apologies: Officer Carlos Le Blanc\n').apologies.map((p) => p.name)).toEqual(['Carlos Le Blanc']);
  });

  test('in a run of titled first names and surnames, a fourth and fifth name after the last title are the next person', () => {
    const text = 'Present: Cllr Sue Amis (Chair) Cllr Tom Pryce Cllr Gail Rowe Cllr Jan Tull Helen Roper (Parish Clerk and Financial Responsible Person)\n';
    const people = parseMinutes(text).attendees;
    expect(people.map((p) => p.name)).toEqual(['Sue Amis', 'Tom Pryce', 'Gail Rowe', 'Jan Tull', 'Helen Roper']);
    expect(people[4].role).toBe('Parish Clerk and Financial Responsible Person');
    expect(names('Attendance: Cllr Sue Amis Cllr Tom Pryce Cllr Jan Tull Helen Roper Parish Clerk and Financial Responsible Person\n')).toEqual(['Sue Amis', 'Tom Pryce', 'Jan Tull', 'Helen Roper']);
  });

  test('a surname that is also an office is a person after a personal title', () => {
    expect(names('Those attending: Mrs M Leaman, Mrs T Mann, Mr C Stocking, Mr M Dean, Mr S Randall\n')).toEqual(['M Leaman', 'T Mann', 'C Stocking', 'M Dean', 'S Randall']);
  });

  test('"& 3 members of the public" closes a roll without taking the last name with it', () => {
    expect(names('Present: Cllr D Lowe - Chairman, Cllr M Pike, Cllr L Peake & 3 members of the public\n')).toEqual(['D Lowe', 'M Pike', 'L Peake']);
  });

  test('a roll and a numbered label run together on one exported line, the apologies in the paragraph below', () => {
    const text = 'Minutes of the Parish Council Meeting held Wednesday 11th March 2015 Those attending: Cllr D Clark (Chair), Cllr P Dent, Mrs J Tait (Clerk), six members of the public. 1. Apologies\n\nCllr Lees (unwell); Cllr Lyon (travelling); Cllr Rye (no reason given).\n\n2. Minutes\n';
    expect(names(text)).toEqual(['D Clark', 'P Dent', 'J Tait']);
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Lees', 'Lyon', 'Rye']);
  });

  test('a list of apologies followed by a sentence of one more apology', () => {
    const text = 'Present: Mrs R Crane, Mr M Pole.\n\n1. Apologies for absence\n\nMrs V Lamb, Mr J Nash. PCSO Tracy Mill also sent apologies.\n\nIt was reported that Mr M Webb has resigned.\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['V Lamb', 'J Nash', 'Tracy Mill']);
  });

  test('first names with their offices in brackets, and one first name among full names', () => {
    expect(parseMinutes('Committee Meeting\n\nAttendees: Priya (President), Tom (Treasurer), Ellie (Social Sec), Jamal (Welfare Officer) (from item 4)\n').attendees.map((p) => [p.name, p.role])).toEqual([
      ['Priya', 'President'], ['Tom', 'Treasurer'], ['Ellie', 'Social Sec'], ['Jamal', 'Welfare Officer'],
    ]);
    expect(names('Planning\n\nSPEAKERS\nDana Whitfield, Kwame, Lucia Moretti, Speaker 2\n')).toEqual(['Dana Whitfield', 'Kwame', 'Lucia Moretti']);
    expect(names('PRESENT: V.Chairman (Mr Mycock), & Messrs, Ward, Paterson and Mrs Leamon.\n')).toEqual(['Mycock', 'Ward', 'Paterson', 'Leamon']);
  });

  test('a roll set out in columns of spaces, a header over it, a note under an entry, and a label beside the first entry', () => {
    const text = [
      'Quality Committee', '', 'Minutes of the meeting held on Thursday 14 November 2024', '',
      'Members present', 'Name                          Title', 'Dr Aaliyah Brennan            Non-Executive Member (Committee Chair)', 'Ms Rosalind Okeke             Chief Nursing Officer', '',
      'In attendance', 'Mr Idris Khalil               Head of Patient Safety', '                              (item ICB/24/113)', 'Ms Olga Ivanova               Chief Officer, Healthwatch Harrowmere', '',
      'Officers:           Mr Grant Ellery          Chief Executive Officer', '                    Ms Sonia Petrakis        Director Corporate Services', '',
      'ICB/24/110   Welcome and apologies', '',
    ].join('\n');
    expect(parseMinutes(text).attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Aaliyah Brennan', 'Committee Chair', null],
      ['Rosalind Okeke', 'Chief Nursing Officer', null],
      ['Idris Khalil', 'Head of Patient Safety', null],
      ['Olga Ivanova', 'Chief Officer', 'Healthwatch Harrowmere'],
      ['Grant Ellery', 'Chief Executive Officer', null],
      ['Sonia Petrakis', 'Director Corporate Services', null],
    ]);
  });

  test('two columns of entries side by side, as a PDF sets a roll out: each column read down, a wrapped office joined', () => {
    const text = [
      'Integration Joint Board', '', 'Minute of meeting held on Wednesday 18 June 2025', '', 'Present:', '',
      'Voting Members                                Non-voting Members',
      'Councillor Fiona Strachan (Chair)             Ms Lorna Bisset, Chief Officer',
      'Dr Priya Raghunathan                          Mrs Ailsa Drummond, Chief Social Work',
      'Councillor Niamh Petrie (from item 4)           Officer',
      '                                              Mr Callum Baird, Staff Side Representative',
      '', '1.     WELCOME AND APOLOGIES', '',
    ].join('\n');
    expect(parseMinutes(text).attendees.map((p) => [p.name, p.role])).toEqual([
      ['Fiona Strachan', 'Chair'],
      ['Priya Raghunathan', null],
      ['Niamh Petrie', null],
      ['Lorna Bisset', 'Chief Officer'],
      ['Ailsa Drummond', 'Chief Social Work Officer'],
      ['Callum Baird', 'Staff Side Representative'],
    ]);
  });

  test('call signs after names, a count before the names it includes, and "new member" before a name', () => {
    const text = 'Radio Club\nMonthly Membership Meeting - Minutes\nTuesday, March 11, 2025\n\nOfficers present: President Dave Reilly KD9ABC, Vice President Sue Park W1XYZ\nOfficers absent: Trustee Gene Vasquez (K9GV)\nMembers present: 14 (sign-in sheet on file), including Tom Ferris W9TF\nand new member Priya Nair 2E0PNR\n\n1. Reports\nSue W1XYZ will request the certificate of insurance.\n';
    const m = parseMinutes(text);
    expect(m.attendees.map((p) => [p.name, p.role, p.handle])).toEqual([
      ['Dave Reilly', 'President', null],
      ['Sue Park', 'Vice President', null],
      ['Tom Ferris', null, null],
      ['Priya Nair', null, null],
    ]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Gene Vasquez']);
    expect(m.title).toBe('Radio Club');
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['request the certificate of insurance.', ['Sue Park']]]);
  });

  test('a roll table with no header: an office or a category in the first column, rows under a category with it left empty', () => {
    const text = '# Valley Local Board\n\n## OPEN MINUTES\n\nMinutes of a meeting held on Thursday, 15 May 2025.\n\n### PRESENT\n\n| | |\n|---|---|\n| Chairperson | Kiri Tane |\n| Members | Hemi Walker |\n| | Sarah Lindqvist |\n| Member | Olivia Brandt |\n\n### APOLOGIES\n\n| | |\n|---|---|\n| Member | Lupe Fonoti |\n\n## 1 Welcome\n';
    const m = parseMinutes(text, { file: 'minutes.md' });
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Kiri Tane', 'Chairperson'], ['Hemi Walker', null], ['Sarah Lindqvist', null], ['Olivia Brandt', 'Member']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Lupe Fonoti']);
    expect(m.title).toBe('Valley Local Board');
  });

  test('a roll ticked off as task boxes: the handle first and the name in brackets, those left unticked sent no attendance', () => {
    const text = '# Board — 2025-04-22\n\n## Attendance\n\n- [x] @awong (Alice Wong) — chair\n- [ ] @bli (Bob Li)\n- [x] @jdoyle (Jonah Doyle) — joined 16:20, during item 2\n- [x] @rsato (Ren Sato) — guest, General Counsel\n\n## Agenda\n';
    const m = parseMinutes(text, { file: 'minutes.md' });
    expect(m.attendees.map((p) => [p.name, p.role, p.handle])).toEqual([['Alice Wong', 'chair', '@awong'], ['Jonah Doyle', null, '@jdoyle'], ['Ren Sato', 'General Counsel', '@rsato']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Bob Li']);
    expect(m.actions).toEqual([]);
  });

  test('a kind of attendee in lower case before the names is no part of them', () => {
    const text = 'Patient Group\nNotes of informal meeting - Tuesday 13th January 2026\n\nPresent: Dr Helen Achebe (GP Partner), patients Maureen Fitch (PPG Chair),\nColin Ashdown, residents Derek Mullins\n\n1. Welcome\nThe notes were agreed.\n';
    const m = parseMinutes(text);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Helen Achebe', 'GP Partner'], ['Maureen Fitch', 'PPG Chair'], ['Colin Ashdown', null], ['Derek Mullins', null]]);
    expect(m.decisions.map((d) => d.text)).toEqual(['The notes were agreed.']);
  });

  test('governors by the seat they hold, "Councillors" over a list with an office in brackets wrapped onto the next line', () => {
    const text = 'Council of Governors\n\nMinutes of the meeting held on Thursday 22 May 2025\n\nGovernors present:\nPublic – Northshire: Jane Dowson (Lead Governor)\nStaff – Nursing and Midwifery: Aisling Moran\nAppointed – Northshire Hospice: Carol Fitzgerald\n\nOfficials Present:\tMs. Grainne Hartigan, Senior Executive Officer\n\nApologies:\nPresent: Councillor Helen Ashworth (Chair); Councillors Daniel Okafor (Vice-Chair),\nMargaret Pell and Rhys Whitcombe (from minute 26)\n\n1. Welcome\n';
    const m = parseMinutes(text);
    expect(m.attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Jane Dowson', 'Lead Governor', null],
      ['Aisling Moran', 'Staff – Nursing and Midwifery', null],
      ['Carol Fitzgerald', 'Appointed – Northshire Hospice', 'Northshire Hospice'],
      ['Grainne Hartigan', 'Senior Executive Officer', null],
      ['Helen Ashworth', 'Chair', null],
      ['Daniel Okafor', 'Vice-Chair', null],
      ['Margaret Pell', null, null],
      ['Rhys Whitcombe', null, null],
    ]);
  });

  test('bilingual labels and headings: the English after the slash; a footnote mark after an entry', () => {
    const text = 'Municipalité de Saint-Alban\nMunicipality of Saint-Alban\n\nMinutes of the regular meeting held on May 12, 2025.\n\nPrésents / Present:\n   Conseillers / Councillors: Marc-André Gagnon, Line Thibault*\n\nAbsent / Absent:\n   Conseiller / Councillor: Réjean Côté\n\n1. Opening\n';
    const m = parseMinutes(text);
    expect(m.title).toBe('Municipality of Saint-Alban');
    expect(m.attendees.map((p) => p.name)).toEqual(['Marc-André Gagnon', 'Line Thibault']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Réjean Côté']);
  });

  test('an introduction closed by a colon between a label and its list, and an entry whose bracket wraps', () => {
    const text = '# Interim\n\n## Attendees\n\nFrom the participant list (16 connected, 2 unnamed\nphone participants not listed):\n\n- Ines Carvalho (Nimbus Labs)\n- Rafael Domingo (Independent)\n\n## Regrets\n\n- Cr Mia Fotheringham (granted at the meeting of\n  18 December 2024)\n- Desmond Achterberg\n';
    const m = parseMinutes(text, { file: 'minutes.md' });
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Ines Carvalho', 'Nimbus Labs'], ['Rafael Domingo', 'Independent']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Mia Fotheringham', 'Desmond Achterberg']);
  });

  test('apologies in the sentences councils write them in', () => {
    const apologies = (line: string) => parseMinutes(`Parish Council\n\nPresent: Cllr R Crane, Cllr M Pole\n\n${line}\n`).apologies.map((p) => p.name);
    expect(apologies('2. ACCEPTANCE OF APOLOGIES FOR ABSENCE These were accepted for Cllr David Hume and noted for Cllr Martin Store.')).toEqual(['David Hume', 'Martin Store']);
    expect(apologies('01/18 Apologies and Welcome There were apologies received from Cllr Shirley Corden due to illness.')).toEqual(['Shirley Corden']);
    expect(apologies('97/20 Apologies of Absence Apologies were noted and accepted for Cllr Andy Hay (illness) and for Cllr Mandy Lemon (work commitment).')).toEqual(['Andy Hay', 'Mandy Lemon']);
    expect(apologies('2. Apologies for absence were received before the meeting from Cllr Anders, Cllr Sharp and Cllr Smith. These were accepted.')).toEqual(['Anders', 'Sharp', 'Smith']);
  });

  test('a semicolon may close a label', () => {
    expect(names('1. Present; P. Hale - Chairman, Mrs. Ostrow, D. Kemble.\n\n2. Apologies: None\n')).toEqual(['P. Hale', 'Ostrow', 'D. Kemble']);
  });

  test('"Present" in a sentence is not a label, even with a semicolon later', () => {
    expect(names('The clerk said present arrangements; they would stay.\n')).toEqual([]);
  });

  test('entries written wholly in bold are entries, not offices', () => {
    const text = '**Attendance:**\n\n**Cllr Ruth Ambler      RA      Chair**\n\n**Cllr Tom Pike      TP**\n\n**Gina Lowe      GL      Parish Clerk**\n\n1. Welcome\n';
    const people = parseMinutes(text, { file: 'minutes.md' }).attendees;
    expect(people.map((p) => [p.name, p.initials, p.role])).toEqual([
      ['Ruth Ambler', 'RA', 'Chair'],
      ['Tom Pike', 'TP', null],
      ['Gina Lowe', 'GL', 'Parish Clerk'],
    ]);
  });

  test('initials before a body written in capitals, and a body acronym closing a name', () => {
    const text = 'Also in attendance:\n\nAl Wynn AW NCC Highways\n\nCllr Peter Dunne NCC\n';
    const people = parseMinutes(text).attendees;
    expect(people.map((p) => [p.name, p.initials, p.organisation])).toEqual([
      ['Al Wynn', 'AW', 'NCC Highways'],
      ['Peter Dunne', null, 'NCC'],
    ]);
  });

  test('an office written before the name, in a list', () => {
    const people = parseMinutes('Present: Town Mayor - Mrs Ann Cole, Deputy Mayor - Ravi Lal, Jo Park\n').attendees;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Ann Cole', 'Town Mayor'], ['Ravi Lal', 'Deputy Mayor'], ['Jo Park', null]]);
  });

  test('a label after a coded item number and its dash; an office "pro tem"', () => {
    const text = 'TC/12/101 – Not present:\n\nDr Ada Lowe\nMr Ben Ochi (Finance)\nCllr Ruth Dale (Mayor Pro Tem)\n\nTC/12/102 – Minutes\n';
    expect(parseMinutes(text).apologies.map((p) => [p.name, p.organisation])).toEqual([['Ada Lowe', null], ['Ben Ochi', 'Finance'], ['Ruth Dale', null]]);
  });

  test('a title alone closing a wrapped line waits for its name', () => {
    expect(names('Present: Cllr Ann Cole, Jo Park, Mayor Pro Tem\nRavi Lal, Sam Oduya.\n')).toEqual(['Ann Cole', 'Jo Park', 'Ravi Lal', 'Sam Oduya']);
  });

  test('a handle followed by a comma or colon, then the office', () => {
    const people = parseMinutes('Members attending:\n\n* Cllr Femi Dare @fdare, Chairman\n* Jo Park @jpark: Editor\n* Sam Oduya @soduya\n', { file: 'm.md' }).attendees;
    expect(people.map((p) => [p.name, p.handle, p.role])).toEqual([['Femi Dare', '@fdare', 'Chairman'], ['Jo Park', '@jpark', 'Editor'], ['Sam Oduya', '@soduya', null]]);
  });

  test('a one-line list hard-wrapped mid-entry at a fixed width reads as one line', () => {
    const text = 'Present: Cllr Ann Cole (Chair), Jo Park (Head of Communications), Dev Rao (Deputy Town\nClerk), Ms Ruth Lamb, Mr Tom Hughes, Dr Ife Okafor, Ms Marieke van\nDijk, Sam Oduya.\n';
    const people = parseMinutes(text).attendees;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Ann Cole', 'Chair'], ['Jo Park', 'Head of Communications'], ['Dev Rao', 'Deputy Town Clerk'], ['Ruth Lamb', null], ['Tom Hughes', null], ['Ife Okafor', null], ['Marieke van Dijk', null], ['Sam Oduya', null]]);
  });

  test('an apologies sentence wrapped over the lines of its paragraph', () => {
    const text = '1. Welcome\n\nApologies were received and accepted from Dr Ann Cole, Jo\nPark-Lane, Dr. Ruth Hale and Sam Oduya.\nThe Chair welcomed everyone.\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Ann Cole', 'Jo Park-Lane', 'Ruth Hale', 'Sam Oduya']);
  });

  test('a semicolon list of people with offices and handles under a heading', () => {
    const text = '## Voting members present\n\nAhmed Rao, Chair (@arao); Ms. Carla d\'Arcy (@cdarcy); Sofie van der Berg (@svdberg)\n';
    const people = parseMinutes(text, { file: 'm.md' }).attendees;
    expect(people.map((p) => [p.name, p.role, p.handle])).toEqual([['Ahmed Rao', 'Chair', '@arao'], ["Carla d'Arcy", null, '@cdarcy'], ['Sofie van der Berg', null, '@svdberg']]);
  });

  test('initials written without the accents of the name', () => {
    const people = parseMinutes('Present: Ágnes Lefèvre (AL), Zoë Østergaard (ZØ), Éva Nagy (EN)\n').attendees;
    expect(people.map((p) => [p.name, p.initials, p.organisation])).toEqual([['Ágnes Lefèvre', 'AL', null], ['Zoë Østergaard', 'ZØ', null], ['Éva Nagy', 'EN', null]]);
  });

  test('initials taken from a surname of several words', () => {
    const people = parseMinutes('Present:\n\n- Luc de Villiers – LucD\n- Élodie Ní Bhriain – ENi (Chair)\n- Carlos St John – CarS\n', { file: 'm.md' }).attendees;
    expect(people.map((p) => [p.name, p.initials, p.role, p.organisation])).toEqual([['Luc de Villiers', 'LucD', null, null], ['Élodie Ní Bhriain', 'ENi', 'Chair', null], ['Carlos St John', 'CarS', null, null]]);
  });

  test('a surname in capitals is not taken for a body', () => {
    expect(names('Present:\n\n- Jean DUPONT\n- Anna LEE\n')).toEqual(['Jean DUPONT', 'Anna LEE']);
  });

  test('a paragraph of names joined by "and" under a bare label, up to the end of its sentence', () => {
    const text = 'Apologies:\n\nK. Abbott and Mrs. Pryce - District Councillor. Mr. Lamb thanked members for their help.\n\n3. Minutes\n';
    const apologies = parseMinutes(text).apologies;
    expect(apologies.map((p) => [p.name, p.role])).toEqual([['K. Abbott', null], ['Pryce', 'District Councillor']]);
  });

  test('"were received from" opening the paragraph under the label is not part of a name', () => {
    const text = '2. Apologies for absence\n\nwere received from Mr A Wick and Mr M Orme\n\n3. Minutes\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['A Wick', 'M Orme']);
  });

  test('an item "Acceptance of apologies" and "These were accepted from"', () => {
    const text = '2. ACCEPTANCE OF APOLOGIES FOR ABSENCE These were accepted from Cllr Holt, Cllr Baines and Cllr Ruddock. It was noted that the district councillor sent a report.\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Holt', 'Baines', 'Ruddock']);
  });

  test('a body named with its article ends a person\'s name, and M/s is a title', () => {
    const text = 'Apologies: Apologies were received from County Councillor R Vane and the Police. Present: M/s Tully, Mr. Ng.\n';
    const m = parseMinutes(text);
    expect(m.apologies.map((p) => p.name)).toEqual(['R Vane']);
    expect(parseMinutes('Present: M/s Tully and Mr. Ng\n').attendees.map((p) => p.name)).toEqual(['Tully', 'Ng']);
  });

  test('a comment after "who" is not part of the entry', () => {
    const text = 'Apologies for absence accepted from:\n\nSam Oduya who is working abroad.\n\n2. Minutes\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Sam Oduya']);
  });

  test('a label with its first entry, then one person per paragraph', () => {
    const text = 'Present: Ms Ada Ferris (Environmental Health Officer, Borough Council)\n\nMr Tom Udall (Village Representative)\n\nMrs Ena Pike (Operations Manager, Fenland Foods)\n\n1 Apologies\n\nApologies were received from Mr Gale.\n';
    const m = parseMinutes(text);
    expect(m.attendees.map((p) => p.name)).toEqual(['Ada Ferris', 'Tom Udall', 'Ena Pike']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Gale']);
  });

  test('an office line after a label is not the roll going on', () => {
    const text = 'Present: Ivo Laine, Mira Sato\nRegrets: Tove Aho\nChair: Mira Sato\nScribe: Ivo Laine\n';
    expect(parseMinutes(text).apologies.map((p) => p.name)).toEqual(['Tove Aho']);
  });

  test('a sentence after the label\'s list ends the roll', () => {
    const text = 'Present: Cllr Rae Lund, Cllr Ben Oki\n\nThe Chair welcomed everyone to the meeting.\n';
    expect(names(text)).toEqual(['Rae Lund', 'Ben Oki']);
  });

  test('a full stop slipped into a list of titled names does not end it', () => {
    const text = 'Those Attending Mr K Orr (Chairman), Mrs T Vale. Mrs M Hume, Mr D Pratt, Mrs C Hale (Clerk), 9 members of the public.\n';
    expect(names(text)).toEqual(['K Orr', 'T Vale', 'M Hume', 'D Pratt', 'C Hale']);
  });

  test('a lost comma between bracketed initials and the next name', () => {
    expect(names('Present: Pam Lord (PL), Jo Wynn (JW) Ann Tate (AT).\n')).toEqual(['Pam Lord', 'Jo Wynn', 'Ann Tate']);
  });
});

describe('rolls of titled councillors with their offices and bodies, as parish clerks type them', () => {
  const people = (text: string, kind: 'attendees' | 'apologies' = 'attendees') =>
    parseMinutes(text)[kind].map((p) => [p.name, p.role, p.organisation]);

  test('"Also, in attendance" with a count of the public before the names', () => {
    const text = 'Present: Cllr Ann Lee (Chair) Cllr Tom Hart (Vice-Chair) (From 133/20 to end)\n\nAlso, in Attendance Public – 2 Cllr Colin Webb, Borough Council of Hale\n\n173/20 Openness\n';
    expect(people(text)).toEqual([
      ['Ann Lee', 'Chair', null],
      ['Tom Hart', 'Vice-Chair', null],
      ['Colin Webb', null, 'Borough Council of Hale'],
    ]);
  });

  test('an office closing a titled name with no separator, a council\'s place in it, and the next title after it', () => {
    const text = 'Present: Cllr Ann Lee\n\nAlso, in attendance: Cllr Martin Storr Norfolk County Councillor Cllr Colin Webb Borough Councillor Mr Chris Pike Footpath Warden\n';
    expect(people(text)).toEqual([
      ['Ann Lee', null, null],
      ['Martin Storr', 'Norfolk County Councillor', null],
      ['Colin Webb', 'Borough Councillor', null],
      ['Chris Pike', 'Footpath Warden', null],
    ]);
  });

  test('apologies after the law they are accepted under, an item number with slashes and "Absent:" again', () => {
    const text = 'Present: Cllr A Bee\n\nItem 15/06/4 Accepted Apologies for absence - LGA 1972, Section 85(1) & (2): Absent: Cllr Mike Peal and Police SNT\n';
    expect(people(text, 'apologies')).toEqual([['Mike Peal', null, null]]);
  });

  test('apologies "accepted for", and a semicolon list whose last piece joins two with "and"', () => {
    const text = 'Present: Cllr A Bee\n\n130/19 Apologies for Absence Apologies were accepted for Cllr Jim Neal; Cllr Kit Harvey and Cllr Gail Rowe (all personal reasons).\n';
    expect(people(text, 'apologies').map(([name]) => name)).toEqual(['Jim Neal', 'Kit Harvey', 'Gail Rowe']);
  });

  test('a label running into a councillor titled by the council they sit on', () => {
    const text = 'Present: Cllr A Bee\n\n1. Apologies for absence Parish Councillor Claire Wynn and Borough/County Councillor Sandra Squibb (SS).\n';
    expect(people(text, 'apologies').map(([name]) => name)).toEqual(['Claire Wynn', 'Sandra Squibb']);
  });
});

describe('rolls and apologies run together on one line, as exports of council minutes flatten them', () => {
  const people = (text: string) => {
    const m = parseMinutes(text, { file: 'minutes.txt' });
    return { attendees: m.attendees.map((p) => p.name + (p.role ? ` [${p.role}]` : '')), apologies: m.apologies.map((p) => p.name), date: m.date };
  };
  const HEAD = 'ASHCOMBE PARISH COUNCIL\n\nMinutes of the meeting held on 5 June 2018\n\n';

  test('a titled name after a full stop goes on with the list', () => {
    expect(people(`${HEAD}PRESENT: Cllr R Hale, Cllr C Ostrow, Cllr H Kemble. Mrs N Tarrant (Clerk)\n\n1. Apologies: None\n`).attendees).toEqual(['R Hale', 'C Ostrow', 'H Kemble', 'N Tarrant [Clerk]']);
  });

  test('an office label after a full stop goes on with the list, and titles separate the people after it', () => {
    const text = `${HEAD}PRESENT (5 Councillors): - Ada Brook (AB), Tim Fell (TF) – Vice-Chairman, Pia Wray (PW). Clerk: - Sue Thorne Cllr Ben Lowe (BL) – County Council Cllr Sal Squibb (SS) – Borough Council 4 members of the public\n\n1. Apologies: None\n`;
    expect(people(text).attendees).toEqual(['Ada Brook', 'Tim Fell [Vice-Chairman]', 'Pia Wray', 'Sue Thorne [Clerk]', 'Ben Lowe', 'Sal Squibb']);
  });

  test('an office straight after a name, with no separator, is the person\'s role', () => {
    const text = `${HEAD}Attendance: Cllr Ann Lee Chair Cllr Bob Ray Vice Chair Cllr Cy Dee and 3 members of the public\n\n1. Apologies: None\n`;
    expect(people(text).attendees).toEqual(['Ann Lee [Chair]', 'Bob Ray [Vice Chair]', 'Cy Dee']);
  });

  test('a body\'s dotted initials before an office keep it out of the name', () => {
    expect(people(`${HEAD}Present: K Drew - Chairman, Mrs. Berry together with Mr. Eastwood N.C.C. Area Manager\n\n1. Minutes\n`).attendees).not.toContain('Eastwood N.C.C. Area [Manager]');
  });

  test('a second label on the line ends the first list and opens its own', () => {
    const text = `${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray, Cllr Cy Dee. Apologies for Absence: Cllr Di Eve, Cllr Fay Gee\n\n1. Minutes\n`;
    expect(people(text)).toMatchObject({ attendees: ['Ann Lee', 'Bob Ray', 'Cy Dee'], apologies: ['Di Eve', 'Fay Gee'] });
  });

  test('a label after the heading on the same line opens the roll, and the heading keeps its date', () => {
    const text = 'Ashcombe Parish Council – Meeting Tuesday 5th June 2018, 7.30pm Present: Cllr Ann Lee, Cllr Bob Ray\n\n1. Minutes\n';
    expect(people(text)).toMatchObject({ attendees: ['Ann Lee', 'Bob Ray'], date: '2018-06-05' });
  });

  test.each([
    ['Apologies of absence were provided for Cllr Cy Dee, Cllr Di Eve'],
    ['There were apologies received and accepted for absence from Cllr Cy Dee and Cllr Di Eve.'],
  ])('apologies in the sentence "%s"', (sentence) => {
    expect(people(`${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray\n\n1. ${sentence}\n`).apologies).toEqual(['Cy Dee', 'Di Eve']);
  });

  test('a title naming two councils is one title, and "local" before it is no name', () => {
    const text = `${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray\n\n1. Apologies were received from Parish Councillors Pam Wick and Tom Fry, local Borough Councillor Sal Squibb and local Borough and County Councillor Ben Lowe. No other apologies were received.\n`;
    expect(people(text).apologies).toEqual(['Pam Wick', 'Tom Fry', 'Sal Squibb', 'Ben Lowe']);
  });

  test('a full stop before a titled name under a bare label separates two people', () => {
    const text = `${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray\n\n1. Apologies for Absence accepted from:\n\nCllr G Mansell. County Councillor Mr. T White.\n\n2. Minutes\n`;
    expect(people(text).apologies).toEqual(['G Mansell', 'T White']);
  });

  test('after a roll on its label\'s line, the numbered line below is the first agenda item', () => {
    const text = 'ASHCOMBE PARISH COUNCIL\n\nAttendance: Cllr Ann Lee, Cllr Bob Ray and 3 members of the public\n\n1. Emergency Evacuation\n\nMembers were told the procedures.\n';
    expect(people(text).attendees).toEqual(['Ann Lee', 'Bob Ray']);
    expect(parseMinutes(text).items.map((item) => item.title)).toEqual(['Emergency Evacuation']);
  });

  test('a sentence of apologies under a bare apologies title gives its names, not its verbs', () => {
    const text = 'Ashby Board\n\nPresent:\n\n• Ann Lee\n• Bob Ray\n\n39. Apologies for absence\n\nApologies were received and accepted from Xia Liu (Secretary) and Jo Kay.\n\n40. Other business\n';
    expect(people(text)).toMatchObject({ attendees: ['Ann Lee', 'Bob Ray'], apologies: ['Xia Liu', 'Jo Kay'] });
  });

  test('a sentence of apologies straight after a roll ends the roll', () => {
    const text = 'Ashby Board\n\nPresent:\n\nAnn Lee (AL)\nBob Ray (BR)\n\nApologies were received and accepted from Cy Dee, Di Eve and Fay Gee.\n\n1. Minutes\n';
    expect(people(text)).toMatchObject({ attendees: ['Ann Lee', 'Bob Ray'], apologies: ['Cy Dee', 'Di Eve', 'Fay Gee'] });
  });

  test('a sentence wrapped after a title goes on to the name on the next line', () => {
    const text = `${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray\n\nApologies were received and accepted from Cy Dee, Coun.\nDi Eve and Coun. Fay Gee.\n\n1. Minutes\n`;
    expect(people(text).apologies).toEqual(['Cy Dee', 'Di Eve', 'Fay Gee']);
  });

  test('"and" inside an organisation\'s name joins it; the next "and" still separates people', () => {
    const m = parseMinutes(`${HEAD}Present: Cllr Ann Lee\n\nApologies were received from Pia Iyer – Hale and Mercer Analytics and Imran Chaudhry – Corvid Labs.\n\n1. Minutes\n`);
    expect(m.apologies.map((p) => [p.name, p.organisation])).toEqual([['Pia Iyer', 'Hale and Mercer Analytics'], ['Imran Chaudhry', 'Corvid Labs']]);
  });

  test('a dash opening a line hard-wrapped mid-entry continues it, not a bullet', () => {
    const text = `${HEAD}Present: Cllr Ann Lee\n\nApologies were received and accepted from Harjeet Lal, Harjeet Gupta — Nordlys Data, Sunil Qureshi\n— Independent and Sadia Iyer — Quayside Software.\n\n1. Minutes\n`;
    expect(parseMinutes(text).apologies.map((p) => [p.name, p.organisation])).toEqual([['Harjeet Lal', null], ['Harjeet Gupta', 'Nordlys Data'], ['Sunil Qureshi', 'Independent'], ['Sadia Iyer', 'Quayside Software']]);
  });

  test('a paragraph of four entries or more under a bare label is a list, whatever one entry reads as', () => {
    const text = 'ASHCOMBE PARISH COUNCIL\n\n1. Those attending:\n\nMr M Mycroft, Mr L. Bonney, Mr R Ward, Mrs P Lewin, Inspector Dean, 19 members of the public\n\n2. Apologies for absence\n';
    expect(people(text).attendees).toEqual(['M Mycroft', 'L. Bonney', 'R Ward', 'P Lewin', 'Dean']);
  });

  test('the wrapped lines of a labelled one-line roll are not read again as a roll with no label', () => {
    const text = 'ASHCOMBE PANEL\n\nMembers Present: Rev Pieter Marsh, Ahmed Berg, Revd\nCarlos Villers, Canon Pieter Cruz, Ahmed Rhys, Revd Marieke\nNeill, Conor John\n\n1. Minutes\n';
    expect(people(text).attendees).toEqual(['Pieter Marsh', 'Ahmed Berg', 'Carlos Villers', 'Pieter Cruz', 'Ahmed Rhys', 'Marieke Neill', 'Conor John']);
  });

  test('a line of a one-line roll that stops inside a bracket or after an entry\'s colon goes on over the next', () => {
    const text = 'ASHCOMBE BOARD\n\nIn attendance\n\nMs Sia Iyer (@siyer) (for item 2 only), Mrs Tia Quinn (@tquinn) (for item 2\nonly), Tom Gale (@tgale)\n\nBoard members present – Femi Nwosu: FN (Chair), Ife Okafor: IO, Ife Asante:\nIA, Abena Boateng: AB\n\n1. Minutes\n';
    const m = parseMinutes(text, { file: 'minutes.txt' });
    expect(m.attendees.map((p) => [p.name, p.initials ?? p.handle])).toEqual([
      ['Sia Iyer', '@siyer'], ['Tia Quinn', '@tquinn'], ['Tom Gale', '@tgale'], ['Femi Nwosu', 'FN'], ['Ife Okafor', 'IO'], ['Ife Asante', 'IA'], ['Abena Boateng', 'AB'],
    ]);
  });

  test('under a bare label, a paragraph cut mid-entry is one list, office labels and all', () => {
    const text = 'ASHCOMBE BOARD\n\n**Present (four members)**\n\nRavi Gill - RG (Chair), Cllr Arjun Rao - AR (Chief Executive),\nCllr Tariq\nMahmood - TM and Priya Iyer - PI.\n\nGovernors present\n\nChair: Professor Sophie Farsi, Vice Chair: Prof Mari Villers (for item 2\nonly), Clerk: Ines Allister\n\n1. Minutes\n';
    const m = parseMinutes(text, { file: 'minutes.md' });
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ravi Gill', 'Chair'], ['Arjun Rao', 'Chief Executive'], ['Tariq Mahmood', null], ['Priya Iyer', null], ['Sophie Farsi', 'Chair'], ['Mari Villers', 'Vice Chair'], ['Ines Allister', 'Clerk'],
    ]);
  });

  test('a numbered label with a long list on its line is still the agenda item it opens', () => {
    const roll = Array.from({ length: 12 }, (_, i) => `Mr. Member${String.fromCharCode(65 + i)} Surname${String.fromCharCode(65 + i)}`).join('; ');
    const text = `ASHCOMBE BOARD\n\n1. Attendees: Chair: Mrs. Ann Lee; ${roll}\n\n2. Apologies for absence\n\n3. Policy review\n`;
    expect(parseMinutes(text).items.map((item) => [item.number, item.title])).toEqual([['1', 'Attendees'], ['2', 'Apologies for absence'], ['3', 'Policy review']]);
  });

  test('the number after a numbered label\'s own is the next agenda item, not an entry', () => {
    const text = '# ASHCOMBE TOWN COUNCIL\n\n1) Present: Cllr Ann Lee, Cllr Bob Ray\n\n2) APOLOGIES FOR ABSENCE\n\n3) CORRESPONDENCE\n\n4) GOVERNANCE REVIEW\n\n5) BUS SHELTER, MILL ROAD\n';
    const m = parseMinutes(text, { file: 'minutes.md' });
    expect(m.apologies).toEqual([]);
    expect(m.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('entries numbered from one under a numbered label are the roll', () => {
    const text = '# ASHCOMBE TOWN COUNCIL\n\n1) Directors present:\n\n1. Cr Chidi Okafor - CO (Town Mayor)\n2. Abena Asante - AA\n3. Cr Femi Oyelaran - FO\n\n2) Apologies:\n\n- Cr Ife Boateng\n';
    expect(people(text).attendees).toEqual(['Chidi Okafor [Town Mayor]', 'Abena Asante', 'Femi Oyelaran']);
  });

  test('a heading in capitals or a number out of turn after a list ends the list', () => {
    const text = 'Ashcombe Panel\n\n1)\tCouncillors present:\n\n- Cllr. Jo Bee (Chairman)\n- Cllr. Sam Lee\n\n2)\tMembers absent:\n\n   1. Cllr. Gareth Green\n   2. Cllr. Leah Trent\n\n3)\tFINANCE REPORT\n\nBT/25/105 CHIEF EXECUTIVE\'S REPORT\n';
    const m = parseMinutes(text, { file: 'minutes.txt' });
    expect(m.apologies.map((p) => p.name)).toEqual(['Gareth Green', 'Leah Trent']);
    expect(m.items.map((item) => item.title)).toEqual(['Councillors present', 'Members absent', 'FINANCE REPORT']);
  });

  test('a title under a bare label that reads as no one stays an agenda item', () => {
    const text = 'ASHCOMBE BOARD\n\nPresent: Jo Bee, Sam Lee\n\n**BT/12/72\tApologies**\n\n**BT/12/73\tHealth and safety**\n\nNothing to report.\n';
    expect(parseMinutes(text, { file: 'minutes.md' }).items.map((item) => item.number)).toEqual(['BT/12/72', 'BT/12/73']);
  });

  test('under a bare label, "A, B and C" is three people, not one with an organisation', () => {
    expect(people('Body\n\nApologies\n\nDes Stott, Simon Pross and Ewan Ash\n\n2. Policy review\n').apologies).toEqual(['Des Stott', 'Simon Pross', 'Ewan Ash']);
  });

  test('a tab table row with an empty first cell keeps its columns', () => {
    const text = 'Ashcombe Board\n\nMembers present:\n\nRepresenting\tRole\tMember\tInitials\n\tChairman\tAoife Mack\tAM\nCorvid Labs\t\tCarl Leod\tCL\n\n1. Minutes\n';
    expect(parseMinutes(text).attendees.map((p) => [p.name, p.role, p.organisation, p.initials])).toEqual([['Aoife Mack', 'Chairman', null, 'AM'], ['Carl Leod', null, 'Corvid Labs', 'CL']]);
  });

  test('someone who "sent apologies" under an apologies heading', () => {
    expect(people(`${HEAD}Present: Cllr Ann Lee, Cllr Bob Ray\n\n1. Apologies. PCSO Jo Kay sent apologies.\n`).apologies).toEqual(['Jo Kay']);
  });
});

describe('dates and numbers in the heading of posted minutes', () => {
  test('a year-less meeting date takes the year that puts it on or before the post date', () => {
    const text = '---\ndate: 2006-08-01\n---\nMinutes of the meeting of Ashcombe Parish Council held on Thursday 13th July in the Village Hall.\n\nPresent: Jo Lee\n';
    expect(parseMinutes(text, { file: 'm.md' }).date).toBe('2006-07-13');
    const january = '---\ndate: 2014-03-24\n---\nMeeting held on Friday 17th January\n\nPresent: Jo Lee\n';
    expect(parseMinutes(january, { file: 'm.md' }).date).toBe('2014-01-17');
    const december = '---\ndate: 2014-01-10\n---\nMeeting held on 9th December\n\nPresent: Jo Lee\n';
    expect(parseMinutes(december, { file: 'm.md' }).date).toBe('2013-12-09');
  });

  test('a date opening a line is not an agenda item numbered in three parts', () => {
    const m = parseMinutes('07/05/2020 MINUTES OF ASHCOMBE PARISH COUNCIL HELD ON MAY 4TH 2020\n\n1. Apologies\n\n2. Minutes\n');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('a front-matter title that carries the meeting date', () => {
  test('the date in the title beats the post date, and the title keeps the body', () => {
    const text = '---\ntitle: "Riverside Trust Board - October 29, 2016"\ndate: 2016-11-07\n---\n\nPresent: Jo Lee, Sam Park\n';
    const m = parseMinutes(text, { file: 'm.md' });
    expect([m.title, m.date]).toEqual(['Riverside Trust Board', '2016-10-29']);
  });

  test('a title opening with the date and time', () => {
    const text = '---\ntitle: "24 November 2014, 7.15pm - 9.30pm – Fenwick Housing Board"\ndate: 2014-12-03\n---\n\nPresent: Jo Lee, Sam Park\n';
    const m = parseMinutes(text, { file: 'm.md' });
    expect([m.title, m.date, m.time]).toEqual(['Fenwick Housing Board', '2014-11-24', { start: '19:15', end: '21:30' }]);
  });

  test('a date in the minutes\' own heading still beats the title\'s', () => {
    const text = '---\ntitle: "Board minutes - 1 March 2020"\n---\n\n# Board minutes\n\nMeeting held on 3 March 2020\n\nPresent: Jo Lee, Sam Park\n';
    expect(parseMinutes(text, { file: 'm.md' }).date).toBe('2020-03-03');
  });
});

describe('meeting times without an end', () => {
  test('a 24-hour clock on a Time line, after the date, or after "at" with its meridiem', () => {
    expect(parseMinutes('Board minutes\n\nDate: 12 March 2018\nTime: 12:00\n\nPresent: Jo Lee\n').time).toEqual({ start: '12:00', end: null });
    expect(parseMinutes('Police and Crime Panel – 19-Aug-2015, 14:00\n\nPresent: Jo Lee\n').time).toEqual({ start: '14:00', end: null });
    expect(parseMinutes('Board meeting, Tue 14 Oct 2025 at 7:00 PM\n\nPresent: Jo Lee\n').time).toEqual({ start: '19:00', end: null });
  });
});

describe('where the meeting was held', () => {
  test('a house number is part of the place; a date after a comma is not', () => {
    expect(parseMinutes('Board minutes, 3 May 2021\n\nHeld at City Hall Chambers, 200 Main Street\n\nPresent: Jo Lee\n').location).toBe('City Hall Chambers, 200 Main Street');
    expect(parseMinutes('Board minutes\n\nHeld at the Village Hall, 3 May 2021 at 7pm\n\nPresent: Jo Lee\n').location).toBe('the Village Hall');
  });

  test('the body named after a date that opens the title line is not a place', () => {
    expect(parseMinutes('12 March 2018 – Westmarch Parish Council\n\nPresent: Jo Lee, Sam Park\n').location).toBeNull();
  });
});

describe('the one who takes the minutes', () => {
  test('"Recording Secretary" is the office of one who has no other; after another office it is a note', () => {
    const roles = (text: string) => parseMinutes(text, { file: 'minutes.txt' }).attendees.map((p) => [p.name, p.role]);
    const head = 'Library Board\nMinutes of the meeting held on 4 March 2025\n\n';
    expect(roles(`${head}Also present: Dana Cole, Library Director; Bethany Kowalczyk, Recording Secretary.\n\nI. Call to order\n`)).toEqual([
      ['Dana Cole', 'Library Director'],
      ['Bethany Kowalczyk', 'Recording Secretary'],
    ]);
    expect(roles(`${head}Staff present: Kiara Jennings, Development Associate (recording secretary)\n\nI. Call to order\n`)).toEqual([['Kiara Jennings', 'Development Associate']]);
  });
});

describe('rolls of US county boards', () => {
  test('"Supervisors A, B and Chair C", the chair\'s name wrapped in its column; a vote\'s ABSENT line is no second roll', () => {
    const text = [
      'ROLL CALL',
      'Present:   Supervisors Maria Esquivel, Dean Whitcomb and Chair Lorena',
      '           Baptiste',
      'Absent:    Supervisor Frank Delgado',
      '',
      '2.   APPROVAL OF THE AGENDA',
      '     On motion of Supervisor Esquivel, seconded by Supervisor Whitcomb, the Board',
      '     approved the agenda as posted by the following vote:',
      '     AYES: Supervisors Esquivel, Whitcomb and Chair Baptiste',
      '     NOES: None',
      '     ABSENT: Supervisor Delgado',
    ].join('\n');
    const meeting = parseMinutes(text, { file: 'minutes.txt' });
    expect(meeting.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Maria Esquivel', null],
      ['Dean Whitcomb', null],
      ['Lorena Baptiste', 'Chair'],
    ]);
    expect(meeting.apologies.map((p) => p.name)).toEqual(['Frank Delgado']);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['On motion of Supervisor Esquivel, seconded by Supervisor Whitcomb, the Board approved the agenda as posted by the following vote:']);
  });

  test('names after a count of the public go on with the list', () => {
    expect(names('Also present: Town Clerk (Helen Madd), Deputy Town Clerk, 3 members of the public,\nG Farrow (County Councillor, for FC25/090)\n')).toEqual(['Helen Madd', 'G Farrow']);
  });
});

describe('rolls of senates and of councils that set officers out in columns', () => {
  test('"Senators present:" and "Senators absent:"', () => {
    const meeting = parseMinutes('Faculty Senate\n\nSenators present: Deb Kwan (President), Paul Brenn\n\nSenators absent: Victor Hall\n\nI. Call to Order\n', { file: 'minutes.txt' });
    expect(meeting.attendees.map((p) => [p.name, p.role])).toEqual([['Deb Kwan', 'President'], ['Paul Brenn', null]]);
    expect(meeting.apologies.map((p) => p.name)).toEqual(['Victor Hall']);
  });

  test('a label with its first officer, each office in the next column, an entry cut inside its bracket', () => {
    const text = [
      'PRESENT:            Cr L Moore (Chairperson), Cr B Kell,',
      '                    Cr P Ogden (from 9.50am,',
      '                    item 5.1)',
      '',
      'ALSO IN ATTENDANCE: Mr Greg Papp        Director Infrastructure Services',
      '                    Ms Helena Brig      Manager Waste and Environment',
      '                    Mr Arjun Meht       Coordinator Assets (for item 5.3)',
      '',
      '4. CONFIRMATION OF MINUTES',
    ].join('\n');
    expect(parseMinutes(text, { file: 'minutes.txt' }).attendees.map((p) => [p.name, p.role])).toEqual([
      ['L Moore', 'Chairperson'],
      ['B Kell', null],
      ['P Ogden', null],
      ['Greg Papp', 'Director Infrastructure Services'],
      ['Helena Brig', 'Manager Waste and Environment'],
      ['Arjun Meht', 'Coordinator Assets'],
    ]);
  });
});

describe('rolls of boards with officers, executives and a protocol keeper', () => {
  test('"Name, Office" one to a line after a label; "Executive team in attendance:" with tabs; (SID); a company\'s "Inc."', () => {
    const text = [
      'Directors present:  Anita Kowal, President',
      '                    Raymond Ng, Treasurer',
      'Also present:       Property Manager (Sandra Ivan, Crestline Property Management Inc.)',
      '',
      'Board members present:',
      'Rajesh Patel (SID)',
      '',
      'Executive team in attendance:',
      'Helen Okon\tChief Executive',
      'Mark Dunm\tExecutive Director of Finance',
      '',
      '1. CALL TO ORDER',
    ].join('\n');
    expect(parseMinutes(text, { file: 'minutes.txt' }).attendees.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Anita Kowal', 'President', null],
      ['Raymond Ng', 'Treasurer', null],
      ['Sandra Ivan', 'Property Manager', 'Crestline Property Management Inc.'],
      ['Rajesh Patel', 'SID', null],
      ['Helen Okon', 'Chief Executive', null],
      ['Mark Dunm', 'Executive Director of Finance', null],
    ]);
  });

  test('"That the apologies from A, and from B for lateness, be accepted." under an apologies item: A only', () => {
    const text = 'Present: Ann Lee, Bo Chan\n\n2. Apologies\nThat the apologies from Rachel Burg, and from Sione Lat for lateness, be accepted.\nMoved: Ann Lee\tSeconded: Bo Chan\tCarried\n\n3. Other\n';
    expect(parseMinutes(text, { file: 'minutes.txt' }).apologies.map((p) => p.name)).toEqual(['Rachel Burg']);
  });

  test('"Protocol keeper:" gives the office', () => {
    const text = '**Protocol keeper:** Annelies Verb\n\n| Name | Country |\n| --- | --- |\n| Annelies Verb | Netherlands |\n';
    expect(parseMinutes(`## Participants\n\n${text}`, { file: 'minutes.md' }).attendees.map((p) => [p.name, p.role])).toEqual([['Annelies Verb', 'Protocol keeper']]);
  });
});
