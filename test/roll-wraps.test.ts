import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const roll = (text: string, file = 'minutes.txt') =>
  parseMinutes(text, { file }).attendees.map((p) => [p.name, p.role, p.organisation]);

describe('one-line and paragraph rolls wrapped by an export, and the offices in them', () => {
  test('a line ending on the dash before an office goes on over the next', () => {
    expect(roll('Attendees: Cllr Nia Muller – Chairman, Frank Nunez –\nVice-Chairman, Cllr Jo Kay\n\n1. Minutes\n')).toEqual([
      ['Nia Muller', 'Chairman', null],
      ['Frank Nunez', 'Vice-Chairman', null],
      ['Jo Kay', null, null],
    ]);
  });

  test('a rank alone at the end of a line waits for its name on the next, under a bare label', () => {
    const text = 'VOTING MEMBERS PRESENT\n\nSergeant Tariq Gupta (President), Sergeant Sunil Qureshi, Chief\nSuperintendent Arjun Rahman, Imran Iyer\n\nIN ATTENDANCE\n\nJo Kay (Treasurer)\n';
    expect(roll(text).map(([name]) => name)).toEqual(['Tariq Gupta', 'Sunil Qureshi', 'Arjun Rahman', 'Imran Iyer', 'Jo Kay']);
  });

  test('under a bare label, a first entry whose bracket runs onto the next line opens the list', () => {
    const text = 'Committee members present\n\nChief Sunita Chandra (@schandra) (left the meeting\nat 20:40), Captain Anjali Qureshi (@aqureshi), Arjun Mahmood\n\n1. Finance\n';
    expect(roll(text).map(([name]) => name)).toEqual(['Sunita Chandra', 'Anjali Qureshi', 'Arjun Mahmood']);
  });

  test('under a bare label, a short line ending on a title alone waits for the name on the next', () => {
    expect(roll('ATTENDEES PRESENT\n\nMrs. Linh Tanaka (Redwater Trust), Mr.\nMin-jun Hamasaki and Mr. Hiro Park.\n').map(([name]) => name)).toEqual(['Linh Tanaka', 'Min-jun Hamasaki', 'Hiro Park']);
  });

  test('under a bare label, a long line of people wrapped onto the next line of its paragraph is one list', () => {
    const text = 'Officers in attendance\n--------------------\n\nCr Philippa Fenwick – Community Manager, Hannah Ambrose – Community\nManager\n\n1. Minutes\n';
    expect(roll(text)).toEqual([
      ['Philippa Fenwick', 'Community Manager', null],
      ['Hannah Ambrose', 'Community Manager', null],
    ]);
  });

  test('long lines of one entry each in a paragraph stay one entry each', () => {
    const text = 'Present\n\nCllr Jo Bloggs – Chair of the Planning, Highways and Transport Committee\nCllr Sam Lee – Vice-Chair of the Planning, Highways and Transport Committee\n\n1. Minutes\n';
    expect(roll(text).map(([name]) => name)).toEqual(['Jo Bloggs', 'Sam Lee']);
  });

  test('a paragraph wrapped after a title that follows an office, or after a name particle', () => {
    const text = 'Staff present\n\nTrust Director of Education — Revd Hamish Fenwick, Chief Executive — Cllr Jo Kay and Cllr.\nSam Lee and Clerk — Revd Ahmed de\nVilliers and Officer Aoife Ó\nSúilleabháin (virtual).\n\n1. Minutes\n';
    expect(roll(text).map(([name]) => name)).toEqual(['Hamish Fenwick', 'Jo Kay', 'Sam Lee', 'Ahmed de Villiers', 'Aoife Ó Súilleabháin']);
  });

  test('under a bare label, a long line ending on a first name goes on with the surname', () => {
    const text = 'Members absent\n\nRavi Lal (Independent Co-opted Member), Captain Tariq Gupta and Priya\nVenkataraman.\n\n1. Safeguarding\n';
    expect(parseMinutes(text, { file: 'minutes.txt' }).apologies.map((p) => p.name)).toEqual(['Ravi Lal', 'Tariq Gupta', 'Priya Venkataraman']);
  });

  test('long lines of one entry each ending on an office that is also a title stay one entry each', () => {
    const text = 'Also attending:\n\n[x] Chief Constable Rosemary Trelawney (RosT), County Councillor\n[x] Ewan Fenwick (EwaF), Town Clerk\n\n1. Apologies\n';
    expect(roll(text)).toEqual([
      ['Rosemary Trelawney', 'County Councillor', null],
      ['Ewan Fenwick', 'Town Clerk', null],
    ]);
    const bullets = 'Members present –\n\n• Peter Bellingham-Cole @pbellingham, District Councillor\n• Deborah Hart-Davies - Community Manager, Tidewright Foundation\n• Officer Rosa Barker @rbarker\n';
    expect(roll(bullets, 'minutes.md')).toEqual([
      ['Peter Bellingham-Cole', 'District Councillor', null],
      ['Deborah Hart-Davies', 'Community Manager', 'Tidewright Foundation'],
      ['Rosa Barker', null, null],
    ]);
  });

  test('a short line ending on an office that can be a title is one entry, not a wrapped one', () => {
    expect(roll('Members in attendance:\n[x] Professor Fiona Quinn, Chair\n[x] Rosa Mottram, Vice Chair\n[x] Prof Bron Prosser\n\n1. Minutes\n')).toEqual([
      ['Fiona Quinn', 'Chair', null],
      ['Rosa Mottram', 'Vice Chair', null],
      ['Bron Prosser', null, null],
    ]);
  });

  test('office labels separated by semicolons under a bare label are the roll', () => {
    const text = 'Directors present\n=================\n\nChair: Coun. Linh Liu; Release Manager: Xiao Park; Scribe:\nCoun. Mei Kim\n\n1. Apologies\n';
    expect(roll(text, 'minutes.md')).toEqual([
      ['Linh Liu', 'Chair', null],
      ['Xiao Park', 'Release Manager', null],
      ['Mei Kim', 'Scribe', null],
    ]);
  });

  test('"Finance and Operations Manager: Jo Doe" is one office, between other offices joined by "and"', () => {
    const text = 'Officers in attendance – Chief Executive — Coun. Sadia Rahman and\nFinance and Operations Manager — Coun. Thanh Chen\n\n1. Minutes\n';
    expect(roll(text)).toEqual([
      ['Sadia Rahman', 'Chief Executive', null],
      ['Thanh Chen', 'Finance and Operations Manager', null],
    ]);
  });

  test('"Mayor Pro Tem" after a name is the office, not a second person', () => {
    expect(roll('ROLL CALL:\nCllr Shelley Jones, Mayor\nCllr Aled Haug, Mayor Pro Tem\n\n1. Minutes\n')).toEqual([
      ['Shelley Jones', 'Mayor', null],
      ['Aled Haug', 'Mayor Pro Tem', null],
    ]);
  });

  test('a body named after a town ending like an agent noun is an organisation, not an office', () => {
    expect(roll('Present:\n\n- Jo Doe (@jdoe), Healthwatch Redwater\n- Al Wynn, Healthwatch Leicester\n- Sam Lee, Hall Caretaker\n', 'minutes.md')).toEqual([
      ['Jo Doe', null, 'Healthwatch Redwater'],
      ['Al Wynn', null, 'Healthwatch Leicester'],
      ['Sam Lee', 'Hall Caretaker', null],
    ]);
    expect(roll('Present:\n\n- Jo Doe (Healthwatch Fenmoor)\n', 'minutes.md')).toEqual([
      ['Jo Doe', null, 'Healthwatch Fenmoor'],
    ]);
  });
});
