import { describe, expect, test } from 'vitest';
import { readHtml } from '../src/read/html.js';

const lines = (html: string) => readHtml('minutes.html', html).lines.map(({ line, kind, depth, marker, text, cells, lead }) => ({ line, kind, depth, marker, text, cells, lead }));
const texts = (html: string) => readHtml('minutes.html', html).lines.map((line) => line.text);

describe('HTML pages as lines', () => {
  test('headings keep their depth, paragraphs their bold lead, and every line its line in the file', () => {
    const html = '<html><body>\n<h1>Board minutes</h1>\n<h3>Attendance</h3>\n<p><strong>Present:</strong> A Smith,\n B Jones</p>\n</body></html>';
    expect(lines(html)).toEqual([
      { line: 2, kind: 'heading', depth: 1, marker: null, text: 'Board minutes', cells: null, lead: null },
      { line: 3, kind: 'heading', depth: 3, marker: null, text: 'Attendance', cells: null, lead: null },
      { line: 4, kind: 'text', depth: 0, marker: null, text: 'Present: A Smith, B Jones', cells: null, lead: 'Present' },
    ]);
  });

  test('nested lists keep their depth, and numbered lists their numbers from `start`', () => {
    const html = '<ol start="4">\n<li>Finance\n<ul>\n<li>Budget</li>\n<li><p>Audit</p>\n<ol><li>Internal</li><li>External</li></ol></li>\n</ul></li>\n<li>Planning</li>\n</ol>';
    expect(lines(html).map(({ line, kind, depth, marker, text }) => [line, kind, depth, marker, text])).toEqual([
      [2, 'item', 0, '4.', 'Finance'],
      [4, 'item', 1, '-', 'Budget'],
      [5, 'item', 1, '-', 'Audit'],
      [6, 'item', 2, '1.', 'Internal'],
      [6, 'item', 2, '2.', 'External'],
      [8, 'item', 0, '5.', 'Planning'],
    ]);
  });

  test('a task list keeps its boxes, and code its backticks, as markdown does', () => {
    const source = readHtml('m.html', '<ul><li><input type="checkbox" checked disabled> Book the room</li><li><input type="checkbox"> Run <code>npm test</code></li><li>Plain</li></ul>');
    expect(source.lines.map(({ checked, text }) => [checked, text])).toEqual([
      [true, 'Book the room'],
      [false, 'Run `npm test`'],
      [null, 'Plain'],
    ]);
  });

  test('a lettered list is lettered', () => {
    expect(lines('<ol type="a"><li>First</li><li>Second</li></ol>').map((line) => line.marker)).toEqual(['a.', 'b.']);
  });

  test('table rows become rows of cells, headers and all', () => {
    const html = '<table>\n<thead><tr><th>Action</th><th>Owner</th></tr></thead>\n<tbody>\n<tr><td><p>Fix the gate</p></td><td>AS</td></tr>\n</tbody></table>';
    expect(lines(html).map(({ line, cells }) => [line, cells])).toEqual([
      [2, ['Action', 'Owner']],
      [4, ['Fix the gate', 'AS']],
    ]);
  });

  test('merged cells: a title row over the whole table is a line above it; a header over two rows is one header; columns stay in place', () => {
    const html = [
      '<table><thead>',
      '<tr><th colspan="5">Actions from the meeting of 6 March 2025</th></tr>',
      '<tr><th colspan="2">Action</th><th rowspan="2">Owner</th><th rowspan="2">Due</th><th rowspan="2">Status</th></tr>',
      '<tr><th>No.</th><th>Description</th></tr>',
      '</thead><tbody>',
      '<tr><td>25/07</td><td>Paint the shelter</td><td rowspan="2">Clerk</td><td>30/04/2025</td><td>Complete</td></tr>',
      '<tr><td>25/19</td><td>Report the sign</td><td>31/05/2025</td><td>Open</td></tr>',
      '</tbody></table>',
    ].join('\n');
    expect(lines(html).map(({ line, text, cells }) => [line, cells ?? text])).toEqual([
      [2, 'Actions from the meeting of 6 March 2025'],
      [3, ['Action No.', 'Action Description', 'Owner', 'Due', 'Status']],
      [6, ['25/07', 'Paint the shelter', 'Clerk', '30/04/2025', 'Complete']],
      // The owner's cell spans both rows: the row keeps its due date and status in their columns.
      [7, ['25/19', 'Report the sign', '', '31/05/2025', 'Open']],
    ]);
  });

  test('a row spanning rows in the body is not taken for a header', () => {
    const html = '<table><tr><td rowspan="2">Clerk</td><td>Paint the shelter</td></tr><tr><td>Report the sign</td></tr></table>';
    expect(lines(html).map(({ cells }) => cells)).toEqual([
      ['Clerk', 'Paint the shelter'],
      ['', 'Report the sign'],
    ]);
  });

  test('scripts, styles, navigation and the page header and footer are not minutes', () => {
    const html =
      '<html><head><title>Council</title><style>p { color: red }</style></head><body><header><a href="/">Home</a></header><nav><ul><li>Meetings</li></ul></nav>' +
      '<h1>Minutes</h1><script>track("Apologies: none")</script><p>Present: A Smith</p><noscript>Enable JavaScript</noscript><footer>Copyright</footer></body></html>';
    expect(texts(html)).toEqual(['Minutes', 'Present: A Smith']);
  });

  test('<main> is read when there is one, and nothing around it', () => {
    const html = '<body><div>Cookie banner</div><aside>Latest news</aside><main><header><h1>Minutes of 3 May</h1></header><p>Present: A Smith</p><nav>Next page</nav></main><div>Site map</div></body>';
    expect(texts(html)).toEqual(['Minutes of 3 May', 'Present: A Smith']);
  });

  test('without <main>, the longest <article> is read', () => {
    const html = '<body><article><p>Short teaser</p></article><article><h2>Minutes</h2><p>Present: A Smith, B Jones, C Brown</p></article><p>Footer text</p></body>';
    expect(texts(html)).toEqual(['Minutes', 'Present: A Smith, B Jones, C Brown']);
  });

  test('the whole-text search sees the words, not the markup', () => {
    const source = readHtml('m.html', '<body><p class="date-03/04/2025">Held on 3 May</p><script>var d = "12/31/2024";</script></body>');
    expect(source.text).toBe('Held on 3 May');
  });
});
