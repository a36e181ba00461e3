import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emitJson } from '../src/emit/json.js';
import { emitYaml } from '../src/emit/yaml.js';
import type { Meeting } from '../src/model/types.js';
import { parseMinutes } from '../src/parse/index.js';
import { decodeBytes } from '../src/read/decode.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'fixtures');
const schema = JSON.parse(readFileSync(join(root, 'schema/meeting.schema.json'), 'utf8'));
// Union types (`["string", "null"]`) are how the schema spells nullability, so allow them under strict mode.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validate = ajv.compile(schema);

/** Minutes that reach what the fixtures may not: Support column, blue RAG, closures, near misses, bare notes. */
const inlineMinutes: Record<string, string> = {
  'bare-notes.txt': 'Notes\n\nWe talked about the garden and agreed nothing.\n',
  'estates-support-column-blue-closure.txt': [
    'Estates Committee',
    'Meeting held on 12 November 2024 at 6.30pm',
    '',
    'Present: Dana Whitfield (DW), Omar Haddad (OH), Priya Natarajan (PN)',
    'Apologies: Ken Ito',
    '',
    '1. Actions from the previous meeting (05/09/2024)',
    'All actions from the previous meeting have been completed.',
    '',
    '2. Roof repairs',
    'Commitment 7 - Keep the buildings safe and dry',
    'Decision: The committee approved the roof budget.',
    'ACTION (OH): Obtain three quotes for the roof repairs.',
    'ACTION (Priya Natarjan): Survey the boiler house before winter.',
    '',
    'Action log',
    'ID\tAction\tLead\tSupport\tDue\tStatus',
    'EC-01\tObtain three quotes for the roof repairs\tOH\tDW, PN\t30/11/2024\tBlue',
    'EC-02\tBook the gutter clearance\tDW\t\t15/12/2024\tAmber',
  ].join('\n'),
  'community-call-front-matter.md': [
    '---',
    'title: Tooling community call',
    'date: 2025-04-02',
    '---',
    '',
    '## Attendees',
    '',
    '- Ada Lovelace (@ada)',
    '- Grace Hopper (@grace)',
    '',
    '## Action items',
    '',
    '- [ ] @ada Draft the release notes',
    '- [x] @grace Tag v1.2',
  ].join('\n'),
};

/** The printed JSON of one meeting, which is what the schema describes. */
function asJson(meeting: Meeting): unknown {
  return JSON.parse(emitJson([meeting], { single: true }));
}

function fixtureFiles(): string[] {
  return readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((path) => /(?:^|[\\/])input\.(?:txt|md|markdown)$/.test(path))
    .sort();
}

const meetings = new Map<string, Meeting>();
for (const path of fixtureFiles()) {
  meetings.set(`fixtures/${path}`, parseMinutes(decodeBytes(readFileSync(join(fixtures, path))).text, { file: path }));
}
for (const [file, text] of Object.entries(inlineMinutes)) meetings.set(`inline/${file}`, parseMinutes(text, { file }));

describe('meeting.schema.json', () => {
  test('finds fixtures to validate', () => {
    expect(fixtureFiles().length).toBeGreaterThan(0);
  });

  test.each([...meetings.keys()])('%s matches the schema', (name) => {
    const ok = validate(asJson(meetings.get(name)!));
    expect(ok, ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  });

  // Empty arrays and nulls validate against anything, so make sure each nested shape was really checked.
  test('the models exercise every nested type', () => {
    const all = [...meetings.values()];
    const entries = all.flatMap((m) => [...m.actions, ...m.updates]);
    const seen = {
      time: all.filter((m) => m.time !== null).length,
      attendees: all.flatMap((m) => m.attendees).length,
      apologies: all.flatMap((m) => m.apologies).length,
      handles: all.flatMap((m) => m.attendees).filter((p) => p.handle !== null).length,
      subItems: all.flatMap((m) => m.items.flatMap((i) => i.subItems)).length,
      actions: all.flatMap((m) => m.actions).length,
      others: all.flatMap((m) => m.actions.flatMap((a) => a.others)).length,
      updates: all.flatMap((m) => m.updates).length,
      rags: entries.filter((a) => a.rag !== null).length,
      mentions: all.flatMap((m) => m.commitments.flatMap((c) => c.mentions)).length,
      decisions: all.flatMap((m) => m.decisions).length,
      closures: all.flatMap((m) => m.closures).length,
      warnings: all.flatMap((m) => m.warnings).length,
    };
    for (const [shape, count] of Object.entries(seen)) expect(count, shape).toBeGreaterThan(0);
  });

  const sample = () => asJson(meetings.get('inline/estates-support-column-blue-closure.txt')!) as any;
  const broken: [string, (m: any) => void, string][] = [
    ['a missing key', (m) => delete m.warnings, 'required'],
    ['an unknown key', (m) => (m.actions[0].colour = 'red'), 'additionalProperties'],
    ['a status outside the enum', (m) => (m.actions[0].status = 'done'), 'enum'],
    ['a RAG outside the enum', (m) => (m.actions[0].rag = 'purple'), 'enum'],
    ['an owner kind outside the enum', (m) => (m.actions[0].owners[0].kind = 'robot'), 'enum'],
    ['a non-ISO date', (m) => (m.date = '12/11/2024'), 'pattern'],
    ['a non-ISO due date', (m) => (m.actions[0].due = '30 Nov 2024'), 'pattern'],
    ['an impossible clock time', (m) => (m.time = { start: '25:00', end: null }), 'pattern'],
    ['line 0', (m) => (m.attendees[0].line = 0), 'minimum'],
    ['undefined for null', (m) => delete m.actions[0].progress, 'required'],
    ['an action with no lines', (m) => (m.actions[0].lines = []), 'minItems'],
  ];
  test.each(broken)('rejects %s', (_, breakIt, keyword) => {
    const model = sample();
    expect(validate(model)).toBe(true);
    breakIt(model);
    expect(validate(model)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
  });
});

describe('emitYaml', () => {
  test.each([...meetings.keys()])('%s reads back as the JSON model', (name) => {
    const meeting = meetings.get(name)!;
    expect(parseYaml(emitYaml([meeting], { single: true }))).toEqual(asJson(meeting));
  });

  test('several meetings read back as a sequence', () => {
    const all = [...meetings.values()];
    expect(parseYaml(emitYaml(all))).toEqual(JSON.parse(emitJson(all)));
  });
});
