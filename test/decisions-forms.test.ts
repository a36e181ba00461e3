import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const decisions = (text: string, file = 'minutes.txt') => parseMinutes(text, { file }).decisions.map((d) => d.text);

describe('sentences in which the meeting agrees keep their whole sentence', () => {
  test('"It was agreed that …" keeps its lead-in', () => {
    expect(decisions('4. Garden\n\nIt was agreed that the pond be fenced before spring.\n')).toEqual(['It was agreed that the pond be fenced before spring.']);
  });

  test('hard-wrapped over two lines', () => {
    expect(decisions('4. Garden\n\nIt was agreed that the pond be fenced and the gate\nrepainted before spring.\n')).toEqual(['It was agreed that the pond be fenced and the gate repainted before spring.']);
  });
});

describe('motions keep their whole sentence and the outcome', () => {
  test('US: "Motion by X, seconded by Y, to …. Motion carried 4-1."', () => {
    expect(decisions('Motion by Ortega, seconded by Lind, to buy two mowers. Motion carried 4-1.\n')).toEqual(['Motion by Ortega, seconded by Lind, to buy two mowers. Motion carried 4-1.']);
  });

  test('US: the line wraps right after "to", and the outcome ends the paragraph without a full stop', () => {
    expect(decisions('Motion by Ortega, seconded by Lind, to\nbuy two mowers; motion carried 5-0\n\nNext item.\n')).toEqual(['Motion by Ortega, seconded by Lind, to buy two mowers; motion carried 5-0']);
  });

  test('"A motion was made by X and seconded by Y to …" with "The motion passed unanimously."', () => {
    expect(decisions('A motion was made by Ortega and seconded by Lind to close the pool in May. The motion passed unanimously.\n')).toEqual([
      'A motion was made by Ortega and seconded by Lind to close the pool in May. The motion passed unanimously.',
    ]);
  });

  test('"It was moved by X and seconded by Y to …. The motion carried 6-1." over wrapped lines', () => {
    expect(decisions('It was moved by Dee Ortega and seconded by Sam Lind to\nreplace the bus shelter roof. The motion carried 6-1.\n')).toEqual([
      'It was moved by Dee Ortega and seconded by Sam Lind to replace the bus shelter roof. The motion carried 6-1.',
    ]);
  });

  test('UK: "Proposed by Cllr X and seconded by Cllr Y, the motion … was carried (For 6, …)." wrapped inside the vote', () => {
    expect(decisions('Proposed by Cllr Ash and seconded by Cllr Birch, the\nmotion to light the green was carried (For 6,\nAgainst 1, Abstain 0).\n')).toEqual([
      'Proposed by Cllr Ash and seconded by Cllr Birch, the motion to light the green was carried (For 6, Against 1, Abstain 0).',
    ]);
  });

  test('UK: "It was proposed by X, seconded by Y that …. Unanimously agreed." and "… - all in favour"', () => {
    expect(decisions('It was proposed by Cllr Ash, seconded by Cllr Birch that the hedge be cut. Unanimously agreed.\n\nProposed by Cllr Birch and seconded by Cllr Ash that the grant be paid - all in favour\n')).toEqual([
      'It was proposed by Cllr Ash, seconded by Cllr Birch that the hedge be cut. Unanimously agreed.',
      'Proposed by Cllr Birch and seconded by Cllr Ash that the grant be paid - all in favour',
    ]);
  });

  test('UK: "It was proposed … seconded … and unanimously agreed that …" in one sentence', () => {
    expect(decisions('It was proposed by Cllr Ash, seconded by Cllr Birch and unanimously agreed that the precept be £900.\n')).toEqual([
      'It was proposed by Cllr Ash, seconded by Cllr Birch and unanimously agreed that the precept be £900.',
    ]);
  });

  test('UK: the mover named first, "Cllr X proposed, seconded by Cllr Y that …. Unanimously agreed."', () => {
    expect(decisions('Cllr Ash proposed, seconded by Cllr Birch that the verge be mown monthly. Unanimously agreed.\n\nCllr Mrs Birch proposed approval; Cllr Ash seconded; all in favour; Carried.\n')).toEqual([
      'Cllr Ash proposed, seconded by Cllr Birch that the verge be mown monthly. Unanimously agreed.',
      'Cllr Mrs Birch proposed approval; Cllr Ash seconded; all in favour; Carried.',
    ]);
  });

  test('the mover named first without an outcome, or withdrawn, is not a decision', () => {
    expect(decisions('Cllr Ash proposed that the verge be mown monthly.\n\nDee Ortega moved, seconded by Sam Lind, that the van be sold. After discussion the motion was withdrawn.\n')).toEqual([]);
  });

  test('a bare "Carried." after the seconder', () => {
    expect(decisions('Proposed by Cllr Ash, seconded by Cllr Birch, that the bench be moved. Carried.\n')).toEqual(['Proposed by Cllr Ash, seconded by Cllr Birch, that the bench be moved. Carried.']);
  });

  test('"Proposed …, seconded … and RESOLVED that …" is a resolution: the marker is removed', () => {
    expect(decisions('Proposed by Cllr Ash, seconded by Cllr Birch and RESOLVED that the bench be moved.\n')).toEqual(['that the bench be moved.']);
  });

  test('"Motion to …" with the mover after it', () => {
    expect(decisions('Motion to approve the agenda made by Ortega, seconded by Lind. Motion carried.\n')).toEqual(['Motion to approve the agenda made by Ortega, seconded by Lind. Motion carried.']);
  });

  test('motions that failed, were lost, withdrawn or not carried, and motions without an outcome, are not decisions', () => {
    expect(decisions([
      'Motion by Ortega, seconded by Lind, to buy a boat. Motion failed 2-5.',
      '',
      'It was proposed by Cllr Ash that the wall be rebuilt - seconded by Cllr Birch. Not carried',
      '',
      'It was moved by Ortega and seconded by Lind to sell the van. After discussion the motion was withdrawn.',
      '',
      'Proposed by Cllr Ash, seconded by Cllr Birch, that the work be carried out in June.',
      '',
    ].join('\n'))).toEqual([]);
  });

  test('consecutive motions without blank lines are read one by one', () => {
    expect(decisions('Motion by Ortega, seconded by Lind, to buy a boat. Motion failed 2-5.\nMotion by Lind, seconded by Ortega, to buy a canoe. Motion carried 5-2.\n')).toEqual([
      'Motion by Lind, seconded by Ortega, to buy a canoe. Motion carried 5-2.',
    ]);
  });
});

describe('multi-part resolutions', () => {
  test('the parts end at the next heading, even one numbered like a part', () => {
    const text = ['1) Finance', '----------', '', 'RESOLVED that:', '(1) the accounts be approved; and', '(2) the auditor be thanked.', '', '2) Website', '==========', '', 'Nothing to report.', ''].join('\n');
    expect(decisions(text)).toEqual(['the accounts be approved', 'the auditor be thanked.']);
  });

  test('after a blank line, an item in another bracket style or in capitals is not a part', () => {
    const text = ['2) GRANTS', '', 'RESOLVED that:', '(1) the accounts be approved; and', '(2) the auditor be thanked.', '', '3) RISK REGISTER', '', '4) POLICY REVIEW', ''].join('\n');
    expect(decisions(text)).toEqual(['the accounts be approved', 'the auditor be thanked.']);
  });

  test('bullets under RESOLVED are its parts, and end where the bullets do', () => {
    const text = ['RESOLVED:', '', '- That the clerk writes to the county.', '- That a bench be ordered.', '', 'The chair thanked members.', ''].join('\n');
    expect(decisions(text)).toEqual(['That the clerk writes to the county.', 'That a bench be ordered.']);
  });

  test('"It was RESOLVED:" closing its line leads in to the parts below it', () => {
    const text = ['It was RESOLVED:', '', '* to write to the county;', '* to order a bench.', '', 'The chair thanked members.', ''].join('\n');
    expect(decisions(text)).toEqual(['to write to the county', 'to order a bench.']);
  });

  test('parts separated by blank lines still count when they follow on', () => {
    const text = ['RESOLVED that:', '', '(a) the accounts be approved;', '', '(b) the auditor be thanked.', ''].join('\n');
    expect(decisions(text)).toEqual(['the accounts be approved', 'the auditor be thanked.']);
  });
});

describe('the parts of a resolution as a web page\'s numbered list', () => {
  test('items that keep their own typed numbers are the parts, read without them', () => {
    const page = '<h1>Kestrel Panel</h1><p>Minutes of the meeting held on 4 March 2024</p><p>Present: Jo Doe, Sam Lee</p><h2>5. Work programme</h2><p>RESOLVED –</p><ol><li>(1) That the work programme be approved;</li><li>(2) That a task group be set up.</li></ol>';
    const meeting = parseMinutes(page, { file: 'minutes.html' });
    expect(meeting.decisions.map((d) => d.text)).toEqual(['That the work programme be approved', 'That a task group be set up.']);
  });
});

describe('decisions of other house styles', () => {
  const block = (outcome: string) =>
    `6.1 Minutes\n\nCOUNCIL RESOLUTION 2025/001\nMoved: Cr Nakamura                     Seconded: Cr Okafor\n\nThat the Minutes of the meeting held on 18 December\n2024 be confirmed.\n\n${outcome}\n\n7. Reports\n`;

  test('a motion block that carried is its wording; lost or withdrawn, no decision', () => {
    expect(decisions(block('CARRIED 6/0'))).toEqual(['That the Minutes of the meeting held on 18 December 2024 be confirmed.']);
    expect(decisions(block('LOST 2/5'))).toEqual([]);
    expect(decisions(block('The motion was WITHDRAWN with the consent of the seconder.').replace('COUNCIL RESOLUTION 2025/001', 'MOTION'))).toEqual([]);
  });

  test('a motion block in numbered parts gives each part', () => {
    const text = 'RESOLUTION 2025/003\nMoved: Cr Okafor   Seconded: Cr Dunstan\n\nThat Council:\n1.  Receives the budget review for the period ending\n    31 December 2024; and\n2.  Adopts the revised budget.\n\nCARRIED 7/0\n';
    expect(decisions(text)).toEqual(['Receives the budget review for the period ending 31 December 2024', 'Adopts the revised budget.']);
  });

  test('"Consensus:" records a decision, "Consensus: none." does not', () => {
    expect(decisions('## 3. Sampling\n\nConsensus: keep the field mandatory (to be confirmed on the list).\n\nConsensus: none. Discussion continues on the list.\n', 'minutes.md')).toEqual([
      'keep the field mandatory (to be confirmed on the list).',
    ]);
  });

  test('"BE IT RESOLVED, that …" over its lines, and approval by general consent', () => {
    const text = '7. Special Orders\n\n   WHEREAS, the Board appointed A to the office; and\n\n   NOW, THEREFORE, BE IT RESOLVED, that Tamsin Achebe be appointed\n   to the office of Vice President.\n\n   Committee reports approved as submitted by General Consent.\n';
    expect(decisions(text)).toEqual(['that Tamsin Achebe be appointed to the office of Vice President.', 'Committee reports approved as submitted by General Consent.']);
  });

  test('a lead-in before the first of inline parts is said of each part; lower-case reasons are not parts', () => {
    expect(decisions('Resolved: the Committee (1) NOTED the safety report; and (2) APPROVED the move to enhanced surveillance.\n')).toEqual(['NOTED the safety report', 'APPROVED the move to enhanced surveillance.']);
    expect(decisions('RESOLVED: Defer #380 as (1) can be experimental, (2) borderline new feature.\n')).toEqual(['Defer #380 as (1) can be experimental, (2) borderline new feature.']);
  });

  test('"The Board:" over bullets of what it did: each bullet, wrapped lines joined, is a decision', () => {
    const text = '6.     FINANCE\n\n       The Board:\n\n       • noted the outturn position;\n       • approved the transfer of £0.62m from reserves to meet the\n         balance of the overspend; and\n       • noted that a recovery plan would follow.\n\n       The Board:\n\n       • asked about the timetable.\n';
    expect(decisions(text)).toEqual(['noted the outturn position', 'approved the transfer of £0.62m from reserves to meet the balance of the overspend', 'noted that a recovery plan would follow.']);
  });

  test('a resolution block headed by its register number, its lettered parts each a decision', () => {
    const text = '## 4 Grants\n\n**Resolution number KV/2025/65**\n\nMOVED by Member O Brandt, seconded by Member S Lindqvist:\n\nThat the Valley Local Board:\n\na) approve the applications listed in Attachment A, totalling\n$48,260.\n\nb) decline application LG2512-214.\n\n**CARRIED**\n';
    expect(decisions(text, 'minutes.md')).toEqual(['approve the applications listed in Attachment A, totalling $48,260.', 'decline application LG2512-214.']);
  });

  test('a bilingual resolution block: the English of each line is read, the outcome ends the wording, adjournment decides nothing', () => {
    const text = '2. Adoption de l\'ordre du jour / Adoption of the agenda\nRésolution n° 2025-041 / Resolution No. 2025-041\nProposé par / Moved by: Marc-André Gagnon\nAppuyé par / Seconded by: Line Thibault\nQUE l\'ordre du jour soit adopté tel que présenté.\nTHAT the agenda be adopted as presented.\nADOPTÉE À L\'UNANIMITÉ / CARRIED UNANIMOUSLY\n\nRésolution n° 2025-046 / Resolution No. 2025-046\nTHAT the meeting be adjourned at 8:05 p.m.\nADOPTÉE / CARRIED\n';
    expect(decisions(text)).toEqual(['THAT the agenda be adopted as presented.']);
  });

  test('a Quaker meeting\'s minutes in its own words: "We agree", "We appoint", the minutes "are signed", "We ask X to" a task', () => {
    const text = 'Fellbridge Area Meeting\nMinutes of Area Meeting held on Wednesday 7 May 2025\n\nClerk: Ruth Haverford\nTreasurer: Kenneth Blyth\nPresent: 34 Friends from seven of our nine local meetings.\n\nAM 2025/05/03  Minutes of our last meeting\nThe minutes of Area Meeting held on 12 March 2025 are signed by the clerk.\n\nAM 2025/05/04  Treasurer\'s report\nFriends spoke of the roof. We agree to release £10,000 towards the roof.\nWe ask Kenneth Blyth to write to local meeting treasurers.\n';
    const m = parseMinutes(text, { file: 'minutes.txt' });
    expect(m.items.map((i) => i.number)).toEqual(['AM 2025/05/03', 'AM 2025/05/04']);
    expect(m.decisions.map((d) => d.text)).toEqual(['The minutes of Area Meeting held on 12 March 2025 are signed by the clerk.', 'We agree to release £10,000 towards the roof.']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['write to local meeting treasurers.', ['Kenneth Blyth']]]);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Ruth Haverford', 'Clerk'], ['Kenneth Blyth', 'Treasurer']]);
  });

  test('"This Union Resolves:" over numbered parts: decisions when the vote passes them, none when the motion falls', () => {
    const motion = (result: string) => `### Motion 1: Free period products\n\n**This Union Notes:**\n\n1. Products cost students money.\n\n**This Union Resolves:**\n\n1. To mandate the VP Community to lobby the University.\n2. To fund a dispenser in each Union-run building.\n\nVote: For 23, Against 4, Abstain 2 – **${result}**\n`;
    expect(decisions(motion('PASSES'), 'minutes.md')).toEqual(['To mandate the VP Community to lobby the University.', 'To fund a dispenser in each Union-run building.']);
    expect(decisions(motion('FALLS'), 'minutes.md')).toEqual([]);
  });
});

describe('motions of union branches and project boards', () => {
  test('"Motion 1 – Title", its words in quotation marks, and the outcome at the end of the movers\' line', () => {
    const text = [
      '6. Motions',
      'Motion 1 – Trades Council affiliation',
      '"This branch affiliates to the Trades Council and',
      'appoints two delegates."',
      'Moved: Tony Mull  Seconded: Bea Quinn  Carried unanimously',
      '',
      'Motion 2 – Donation',
      '"This branch donates £500 to the strike fund."',
      'Moved: Raj Bhan  Seconded: Gail Ferr',
      'Lost 3–8',
    ].join('\n');
    expect(decisions(text)).toEqual(['"This branch affiliates to the Trades Council and appoints two delegates."']);
  });

  test('numbered decisions "D-07:"', () => {
    expect(decisions('2. Minutes\nD-07: The minutes of PMB meeting 4 were approved without changes.\n')).toEqual(['The minutes of PMB meeting 4 were approved without changes.']);
  });
});

test('a motion opening after a sentence on its line', () => {
  const text = 'III. Minutes\nSenator Cho noted an omission. Motion to approve the\nminutes as corrected (moved by Cho, seconded by Rivera). Motion passed\nunanimously.\n';
  expect(decisions(text)).toEqual(['Motion to approve the minutes as corrected (moved by Cho, seconded by Rivera). Motion passed unanimously.']);
});

describe('motions as school boards, planning commissions, Northern Irish councils, condominium boards and housing boards record them', () => {
  test('"That the board …" over "Moved: A<TAB>Seconded: B<TAB>Carried"', () => {
    expect(decisions('4. Finance\nThat the board approves the February statements.\nMoved: Ann Lee\tSeconded: Bo Chan\tCarried\n')).toEqual(['That the board approves the February statements.']);
  });

  test('"MOTION: … VOTE: 5-0-1 (…)" passes; a count with more noes than ayes fails', () => {
    const text = [
      'V. PUBLIC HEARINGS',
      '   MOTION: Commissioner Tran moved to approve the permit. Commissioner Raman seconded.',
      '   VOTE: 5-0-1 (Commissioner Hale absent)',
      '',
      '   MOTION: Commissioner Raman moved to deny the appeal. Commissioner Tran seconded. VOTE: 2-3-1 (Commissioners Okafor,',
      '   Tran and Yazzie opposed)',
    ].join('\n');
    expect(decisions(text)).toEqual(['Commissioner Tran moved to approve the permit. Commissioner Raman seconded. VOTE: 5-0-1 (Commissioner Hale absent)']);
  });

  test('"Proposed by …, Seconded by … and AGREED – that …", and a proposal the Chair later declares carried', () => {
    const text = [
      'C.122/25\tMINUTES',
      'Proposed by Alderman Megaw, Seconded by Councillor Patterson and AGREED – that the',
      'minutes be signed as correct.',
      '',
      'C.123/25\tCAR PARKING',
      'Proposed by Councillor Lyttle, Seconded by Alderman Crothers – that the Committee',
      'approves the draft Order.',
      '',
      'For (10)\tAldermen Boyd and Crothers',
      'Against (4)\tCouncillors Cassidy and Devlin',
      '',
      'The Chair declared the proposal carried.',
    ].join('\n');
    expect(decisions(text)).toEqual(['that the minutes be signed as correct.', 'that the Committee approves the draft Order.']);
  });

  test('"Motion #2025-14: Moved by …, THAT … CARRIED" over its lines; DEFEATED and the motion to terminate decide nothing', () => {
    const text = [
      '8.1 Balcony inspection',
      'Motion #2025-14: Moved by Doug Pell, seconded by Fatima Haid, THAT the board award',
      'the inspection to Keele Engineering Ltd. at a cost of $14,750. CARRIED',
      '8.2 Pet area',
      'Motion #2025-15: Moved by Fatima Haid, seconded by Doug Pell, THAT the board approve',
      'the pet area. DEFEATED',
      '10. TERMINATION',
      'Motion #2025-16: Moved by Anita Kowal, seconded by Doug Pell, THAT the meeting be',
      'terminated at 8:52 p.m. CARRIED',
    ].join('\n');
    expect(decisions(text)).toEqual(['Moved by Doug Pell, seconded by Fatima Haid, THAT the board award the inspection to Keele Engineering Ltd. at a cost of $14,750. CARRIED']);
  });

  test('"The Board NOTED …" and "The Board APPROVED …"; another body\'s decision reported is none', () => {
    const text = 'B25/042\tReport\nThe Board NOTED the Chief Executive\'s report.\nThe Board APPROVED the letter of representation.\nMr. Bell reported that the City Council adopted the Downtown Plan on April 1.\n';
    expect(decisions(text)).toEqual(["the Chief Executive's report.", 'the letter of representation.']);
  });
});
