import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

// Names a hard wrap cut in two: the line after is the rest of the name, never a list or an action of its own.

describe('names cut by a hard wrap', () => {
  test("an apology sentence's wrapped lines are its list, not a roll with no label", () => {
    const m = parseMinutes(
      [
        'Northvale Trust Board – 4 January 2016',
        '',
        'Attendees present:',
        '',
        '- Dominic Beckwith',
        '- Tobias Fenwick',
        '',
        'Apologies were received and accepted from Officer Bronwen Prosser, Officer',
        'Rhiannon Marsh, Officer Dominic Lodge, Officer Owain Stannard, Officer Bronwen',
        'Fairweather and Officer Rhiannon Ambrose.',
      ].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.attendees.map((p) => p.name)).toEqual(['Dominic Beckwith', 'Tobias Fenwick']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Bronwen Prosser', 'Rhiannon Marsh', 'Dominic Lodge', 'Owain Stannard', 'Bronwen Fairweather', 'Rhiannon Ambrose']);
  });

  test('a title that opens every entry of a line, alone at its end, waits for the name on the next line', () => {
    const m = parseMinutes(
      ['Town Council – 3 May 2022', '', 'Present: Jo Doe, Sam Lee', '', '**Regrets**', '', 'Councillor Kwabena Okwuosa, Councillor Babajide Asante, Councillor', 'Abena Okafor and Councillor Chidi Nwachukwu'].join('\n'),
      { file: 'minutes.md' },
    );
    expect(m.apologies.map((p) => [p.name, p.organisation])).toEqual([
      ['Kwabena Okwuosa', null],
      ['Babajide Asante', null],
      ['Abena Okafor', null],
      ['Chidi Nwachukwu', null],
    ]);
  });

  test('a motion whose seconder is cut after a title or a first name raises no action', () => {
    const m = parseMinutes(
      [
        'Police and Crime Panel – 3 May 2024',
        '',
        'Present: Inspector Beatrice Okonedo-Hale, Sergeant Peter Whitlock-Bailey, Femi Carrow-Lyle',
        '',
        '1. Insurance renewal',
        '',
        'It was moved by Sergeant Whitlock-Bailey and seconded by Inspector',
        'Okonedo-Hale to adopt the whistleblowing policy with the amendments',
        'tabled. The motion carried 4–0.',
        '',
        'It was moved by Inspector Okonedo-Hale and seconded by Femi',
        'Carrow-Lyle to make a grant of £500 to the youth club. The motion',
        'carried 6-3.',
      ].join('\n'),
      { file: 'minutes.txt' },
    );
    expect(m.actions).toEqual([]);
  });
});
