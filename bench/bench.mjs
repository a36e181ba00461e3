#!/usr/bin/env node
// npm run bench [-- --sizes 100,1000,10000 --runs 11]
// Generates a seeded corpus of minutes (plain text and markdown, several bodies' series, actions
// raised, updated and closed), then measures in one run, each figure beside the floor it is compared
// with: whole-process `vawg parse` against bare `node -e ''` for each format (text, markdown, HTML,
// and the Word and PDF files LibreOffice makes of the HTML, when it is installed) and for real minutes'
// sizes, in-process parse throughput against reading the same bytes and per format, `vawg actions
// --open` over each corpus size on one thread, cold and warm (from the parse cache); `vawg report`
// against `vawg actions --open`, and the size of its page over 10,000 meetings. Not a test: it prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1] ?? true] : null)).filter(Boolean));
const SIZES = String(args.sizes ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(args.runs ?? 11);
const ROOT = join(tmpdir(), 'vawg-bench');
const BIN = join(import.meta.dirname, '..', 'bin', 'vawg.js');

// ---------- a deterministic corpus ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const FIRST = 'Amara Ben Chloe Dev Ellen Farah Gwen Hari Isla Jon Kemi Liam Mina Nadia Owen Priya Quinn Rosa Sam Tariq Uma Vik Wen Yusuf Zara'.split(' ');
const LAST = 'Adeyemi Bexley Carvalho Dunmore Ellis Fenwick Greer Hart Iqbal Jones Khan Lomax Marsh Nowak Okafor Pellow Quill Rao Siddiqui Thorn Underwood Vance Whitfield Young Zhao'.split(' ');
const ORGS = ['County Council', 'Constabulary', 'NHS ICB', 'Probation Service', 'Fire and Rescue Service', 'Housing Trust', 'CVS', 'OPCC'];
const VERBS = ['Circulate', 'Provide', 'Review', 'Confirm', 'Share', 'Draft', 'Arrange', 'Report back on', 'Update', 'Publish'];
const THINGS = ['the needs assessment', 'the performance dashboard', 'the funding bid', 'the training plan', 'the data-sharing protocol', 'the communications plan', 'the risk register', 'the commissioning timetable'];
const FILLER = 'Members discussed the report in detail and noted the progress made since the last meeting, the risks that remain, and the work needed with partners before the next quarter. ';

function meetingText(body, index, date, people, rand, previous, markdown) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const present = people.filter(() => rand() > 0.15);
  const apologies = people.filter((p) => !present.includes(p));
  const out = [];
  out.push(markdown ? `# ${body}\n\nMinutes of the meeting held on ${date}, 10:00–12:00, County Hall\n` : `${body}\n\nMinutes of the meeting held on ${date}, 10:00–12:00, County Hall\n`);
  out.push(markdown ? '## Present\n' : 'Present:\n');
  for (const p of present) out.push(`${markdown ? '- ' : ''}${p.name} (${p.initials}), ${p.org}`);
  out.push(markdown ? '\n## Apologies\n' : '\nApologies:\n');
  for (const p of apologies) out.push(`${markdown ? '- ' : ''}${p.name}, ${p.org}`);
  out.push('');
  const actions = [];
  const items = 8 + Math.floor(rand() * 4);
  for (let item = 1; item <= items; item++) {
    out.push(markdown ? `### ${item}. ${pick(THINGS).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}\n` : `${item}. ${pick(THINGS).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}\n`);
    if (item === 2 && previous.length) {
      out.push(markdown ? 'Actions from the previous meeting\n\n| Action | Owner | Progress |\n|---|---|---|' : 'Actions from the previous meeting\n\nAction\tOwner\tProgress');
      for (const a of previous) {
        const progress = rand() < 0.6 ? 'Complete.' : pick(['Ongoing.', 'Not complete – chasing.', 'In progress.']);
        out.push(markdown ? `| ${a.text} | ${a.owner} | ${progress} |` : `${a.text}\t${a.owner}\t${progress}`);
      }
      out.push('');
    }
    const paragraphs = 3 + Math.floor(rand() * 6);
    for (let p = 0; p < paragraphs; p++) out.push(`${pick(present).initials} ${FILLER.repeat(1 + Math.floor(rand() * 3))}\n`);
    if (rand() < 0.7) {
      const owner = pick(present);
      const text = `${pick(VERBS)} ${pick(THINGS)} for item ${item} of meeting ${index + 1}.`;
      actions.push({ text, owner: owner.name });
      out.push(`${markdown ? '**ACTION (' : 'ACTION ('}${owner.initials})${markdown ? '**' : ''} – ${text}\n`);
    }
    if (rand() < 0.3) out.push(`It was agreed that the report on commitment ${1 + Math.floor(rand() * 20)} be noted.\n`);
  }
  return { text: out.join('\n'), actions };
}

function generate(size) {
  const dir = join(ROOT, String(size));
  if (existsSync(join(dir, '.done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const rand = rng(20261125);
  const bodies = ['Harrowshire Partnership Board', 'Elmsworth Safety Panel', 'Kestrel Quality Committee', 'Brackenfield Housing Board'];
  const perBody = Math.ceil(size / bodies.length);
  let written = 0;
  for (const [b, body] of bodies.entries()) {
    const people = Array.from({ length: 18 + Math.floor(rand() * 8) }, (_, i) => {
      const name = `${FIRST[(i * 7 + b) % FIRST.length]} ${LAST[(i * 11 + b * 3) % LAST.length]}`;
      return { name, initials: name.split(' ').map((w) => w[0]).join('') + (i > 20 ? String.fromCharCode(97 + i - 20) : ''), org: ORGS[i % ORGS.length] };
    });
    let previous = [];
    for (let m = 0; m < perBody && written < size; m++, written++) {
      const day = new Date(Date.UTC(2000, 0, 15) + m * 30 * 86400000).toISOString().slice(0, 10);
      const markdown = b % 2 === 1;
      const { text, actions } = meetingText(body, m, day.split('-').reverse().join('/'), people, rand, previous, markdown);
      previous = actions;
      writeFileSync(join(dir, `${String(b)}-${String(m).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), text);
    }
  }
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

// ---------- measuring ----------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
/** Times of `runs` runs of a command, in order (the first vawg run of a command writes its code cache). */
function timeProcess(command, commandArgs, env, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}`);
    times.push(performance.now() - start);
  }
  return times;
}
/** Wall time and peak resident memory (MB, all threads) of one run, from GNU time. */
function timeWithMemory(commandArgs, cacheDir) {
  const env = { ...process.env, VAWG_CACHE_DIR: cacheDir };
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, ...commandArgs], { encoding: 'utf8', env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`vawg ${commandArgs.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [seconds, kb] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mb: kb / 1024 };
}
const fmt = (n, digits = 1) => n.toFixed(digits);

console.log(`vawg benchmark — ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);

const small = generate(Math.min(...SIZES));
const files = readdirSync(small).filter((f) => !f.startsWith('.'));
const oneTxt = join(small, files.find((f) => f.endsWith('.txt')));
const oneMd = join(small, files.find((f) => f.endsWith('.md')));
// Real minutes use many more conventions than the generated ones, and each convention costs the parser
// its patterns' compilation at start-up: a short fixture, and six fixtures' minutes one after
// another, the size of the 2015 panel minutes (27 KB) and as varied.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const shortFixture = join(FIXTURES, 'police-crime-panel-coded-minute-numbers', 'input.txt');
const variedTxt = join(ROOT, 'varied-minutes.txt');
const VARIED = ['police-crime-panel-coded-minute-numbers', 'nhs-trust-board-name-title-tables-coded-items-rag-log', 'charity-trustees-initials-tags-fixed-width-log', 'us-city-council-roll-call-motions-roman-items-mdy-dates', 'scottish-community-council-sederunt-semicolon-apologies', 'school-governors-ht-tag-associates-absent-without-apologies'];
writeFileSync(variedTxt, VARIED.map((name) => readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')).join('\n\n'));

// The same minutes as web pages, and as the Word documents and PDFs LibreOffice makes of them.
const FORMAT_COUNT = 10;
const formats = join(ROOT, 'formats');
function asHtml(text) {
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      out.push('<table>');
      for (; i < lines.length && lines[i].includes('\t'); i++) out.push(`<tr>${lines[i].split('\t').map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`);
      out.push('</table>');
    }
    const line = lines[i]?.trim();
    if (!line) continue;
    out.push(i === 0 ? `<h1>${escape(line)}</h1>` : /^\d+\. /.test(line) ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`);
  }
  return `${out.join('\n')}\n</body></html>\n`;
}
if (!existsSync(join(formats, '.done'))) {
  mkdirSync(formats, { recursive: true });
  const texts = files.filter((f) => f.endsWith('.txt')).slice(0, FORMAT_COUNT);
  for (const f of texts) writeFileSync(join(formats, f.replace(/\.txt$/, '.html')), asHtml(readFileSync(join(small, f), 'utf8')));
  const pages = readdirSync(formats).filter((f) => f.endsWith('.html')).map((f) => join(formats, f));
  for (const filter of ['docx:MS Word 2007 XML', 'pdf:writer_web_pdf_Export']) {
    spawnSync('soffice', [`-env:UserInstallation=file://${join(formats, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', formats, ...pages], { stdio: 'ignore', timeout: 600_000 });
  }
  rmSync(join(formats, 'profile'), { recursive: true, force: true });
  writeFileSync(join(formats, '.done'), '');
}
/** The sample files of a format: the corpus's text and markdown, the pages and what LibreOffice made of them. */
function formatFiles(ext) {
  const [dir, list] = ext === 'txt' || ext === 'md' ? [small, files] : [formats, readdirSync(formats)];
  return list.filter((f) => f.endsWith(`.${ext}`)).map((f) => join(dir, f));
}
const FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'].filter((ext) => formatFiles(ext).length > 0);
const missing = ['docx', 'pdf'].filter((ext) => !FORMATS.includes(ext));
if (missing.length > 0) console.log(`(no ${missing.join(' or ')} files: LibreOffice, soffice, is not installed)\n`);

// 1. Whole-process start-up and parse of one file.
const codeCacheDir = mkdtempSync(join(tmpdir(), 'vawg-bench-cache-'));
const env = { ...process.env, VAWG_CACHE_DIR: codeCacheDir };
const bare = median(timeProcess(process.execPath, ['-e', ''], env));
console.log(`Whole process: the first run of a command (which compiles the CLI and writes its code cache), then ${RUNS} more runs, each beside a run of bare node (medians of the times and of the ratios)`);
console.log(`  node -e ''                            ${fmt(bare)} ms   1.00×`);
const samples = [
  ...FORMATS.map((ext) => [`one.${ext.padEnd(7)}`, ext === 'txt' ? oneTxt : ext === 'md' ? oneMd : formatFiles(ext)[0]]),
  ['short.txt ', shortFixture],
  ['varied.txt', variedTxt],
];
for (const [label, file] of samples) {
  const args = [BIN, 'parse', file, '--format', 'json'];
  const [first] = timeProcess(process.execPath, args, env, 1);
  const [firstBare] = timeProcess(process.execPath, ['-e', ''], env, 1);
  const times = [];
  const ratios = [];
  // Side by side, so that a machine busy with other work slows both alike.
  for (let i = 0; i < RUNS; i++) {
    const [own] = timeProcess(process.execPath, args, env, 1);
    const [node] = timeProcess(process.execPath, ['-e', ''], env, 1);
    times.push(own);
    ratios.push(own / node);
  }
  console.log(`  vawg parse ${label} --format json   ${fmt(median(times))} ms   ${fmt(median(ratios), 2)}× bare node   (first run ${fmt(first)} ms, ${fmt(first / firstBare, 2)}×; ${fmt(readFileSync(file).length / 1024)} KB)`);
}
rmSync(codeCacheDir, { recursive: true, force: true });

// 2. In-process throughput against reading the same bytes.
const { parseMinutes } = await import('../dist/index.js');
const { decodeBytes } = await import('../dist/read/decode.js');
for (const ext of ['txt', 'md']) {
  const paths = files.filter((f) => f.endsWith(`.${ext}`)).map((f) => join(small, f));
  let bytes = 0;
  let start = performance.now();
  const texts = paths.map((p) => {
    const b = readFileSync(p);
    bytes += b.length;
    return decodeBytes(b).text;
  });
  const readMs = performance.now() - start;
  // The first pass is what a one-file CLI run sees (code not yet optimised); V8 takes some twenty
  // passes over these 50 files to optimise the parser fully, so the steady state is the median of
  // passes 21 to 30.
  const passes = [];
  for (let pass = 0; pass < 30; pass++) {
    start = performance.now();
    for (let i = 0; i < texts.length; i++) parseMinutes(texts[i], { file: paths[i] });
    passes.push(performance.now() - start);
  }
  const steady = median(passes.slice(20));
  const mb = bytes / 1e6;
  const rate = (ms) => mb / (ms / 1000);
  console.log(`\nIn-process, ${paths.length} ${ext} files, ${fmt(mb, 2)} MB`);
  console.log(`  read + decode              ${fmt(rate(readMs))} MB/s`);
  console.log(`  parseMinutes, first pass   ${fmt(rate(passes[0]))} MB/s   ${fmt(passes[0] / readMs, 1)}× the read time`);
  console.log(`  parseMinutes, steady       ${fmt(rate(steady))} MB/s   ${fmt(steady / readMs, 1)}× the read time (median of passes 21–30)`);
}

// 2b. Each format read and parsed in process, in MB of the source file a second: for Word and PDF
// the reading (unpacking, or rebuilding lines from the text's positions) is most of the work.
const { readMinutesFile } = await import('../dist/read/file.js');
console.log(`\nIn-process, read and parsed, in MB of the source files a second (median of 5 passes after 5 to warm up)`);
for (const ext of FORMATS) {
  const paths = formatFiles(ext).slice(0, FORMAT_COUNT);
  const mb = paths.reduce((sum, p) => sum + readFileSync(p).length, 0) / 1e6;
  const passes = [];
  for (let pass = 0; pass < 10; pass++) {
    const start = performance.now();
    for (const p of paths) parseMinutes(await readMinutesFile(p), { file: p });
    passes.push(performance.now() - start);
  }
  const ms = median(passes.slice(5));
  console.log(`  ${ext.padEnd(4)}  ${paths.length} files, ${fmt(mb * 1000, 0)} KB   ${fmt(mb / (ms / 1000), 2)} MB/s   ${fmt(ms / paths.length, 1)} ms a file`);
}

// 3. The register over whole corpora: without the cache on one thread and on every core, then the
// defaults with an empty cache (parsing and filling it), then again with every file from the cache.
console.log('\nvawg actions --open --format json over a corpus (one run each)');
console.log('  no cache: --no-cache with --jobs 1 and --jobs <cores>; cold = defaults with an empty cache (parses and fills it); warm = the same again');
const results = {};
const cacheDirs = [];
for (const size of SIZES) {
  const dir = generate(size);
  const mb = readdirSync(dir).filter((f) => !f.startsWith('.')).reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0) / 1e6;
  const cacheDir = mkdtempSync(join(tmpdir(), 'vawg-bench-cache-'));
  cacheDirs.push(cacheDir);
  const command = ['actions', dir, '--open', '--format', 'json', '--quiet'];
  const single = timeWithMemory([...command, '--jobs', '1', '--no-cache'], cacheDir);
  const threads = timeWithMemory([...command, '--jobs', String(cpus().length), '--no-cache'], cacheDir);
  const cold = timeWithMemory(command, cacheDir);
  const warm = timeWithMemory(command, cacheDir);
  results[size] = { single, threads, cold, warm };
  const figure = (run) => `${fmt(run.seconds, 2)} s (${fmt(run.mb, 0)} MB)`;
  console.log(`  ${String(size).padStart(6)} meetings  ${fmt(mb)} MB`);
  console.log(`      no cache: one thread ${figure(single)}, ${cpus().length} threads ${figure(threads)} = ${fmt(single.seconds / threads.seconds, 2)}× one thread's speed`);
  console.log(`      cold ${figure(cold)}   warm ${figure(warm)} = ${fmt(cold.seconds / warm.seconds, 1)}× faster than cold`);
}
// Cache folders are removed at the end: deleting thousands of files right before a timed run slows it.
if (results[1000] && results[10000]) {
  const growth = (kind) => fmt(results[10000][kind].seconds / results[1000][kind].seconds, 2);
  console.log(`\nGrowth from 1,000 to 10,000 meetings (linear would be 10×): one thread ${growth('single')}×, ${cpus().length} threads ${growth('threads')}×, cold ${growth('cold')}×, warm ${growth('warm')}×`);
}
for (const cacheDir of cacheDirs) rmSync(cacheDir, { recursive: true, force: true });

// 4. `vawg report` (the register, the rolls, Vega-Lite's charts and the page) against `vawg actions
// --open` over the same 1,000 meetings, both on one thread without the cache and both warm (each
// from its own filled cache: the report keeps the rolls, so its cached parses are not the actions'),
// the median of 3 runs each; then the size of the page over 10,000 meetings.
if (SIZES.includes(1000) || SIZES.includes(10000)) {
  console.log('\nvawg report against vawg actions --open (median of 3 runs)');
  const out = join(mkdtempSync(join(tmpdir(), 'vawg-bench-report-')), 'report.html');
  const reportArgs = (dir) => ['report', dir, '--out', out, '--quiet', '--as-of', '2026-01-01'];
  const actionsArgs = (dir) => ['actions', dir, '--open', '--format', 'json', '--quiet'];
  const timed = (args, cacheDir) => median(Array.from({ length: 3 }, () => timeWithMemory(args, cacheDir).seconds));
  if (SIZES.includes(1000)) {
    const dir = generate(1000);
    const cacheDir = mkdtempSync(join(tmpdir(), 'vawg-bench-cache-'));
    const cold = { report: timed([...reportArgs(dir), '--jobs', '1', '--no-cache'], cacheDir), actions: timed([...actionsArgs(dir), '--jobs', '1', '--no-cache'], cacheDir) };
    timeWithMemory(reportArgs(dir), cacheDir);
    timeWithMemory(actionsArgs(dir), cacheDir);
    const warm = { report: timed(reportArgs(dir), cacheDir), actions: timed(actionsArgs(dir), cacheDir) };
    for (const [label, pair] of [['no cache, one thread', cold], ['warm', warm]]) {
      console.log(`   1000 meetings, ${label.padEnd(20)} report ${fmt(pair.report, 2)} s, actions --open ${fmt(pair.actions, 2)} s = ${fmt(pair.report / pair.actions, 2)}× (must be under 3×)`);
    }
    rmSync(cacheDir, { recursive: true, force: true });
  }
  if (SIZES.includes(10000)) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'vawg-bench-cache-'));
    const run = timeWithMemory(reportArgs(generate(10000)), cacheDir);
    const mb = readFileSync(out).length / 2 ** 20;
    console.log(`  10000 meetings: report ${fmt(run.seconds, 2)} s (${fmt(run.mb, 0)} MB), the page ${fmt(mb, 2)} MB (must stay under 20 MB)`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  rmSync(join(out, '..'), { recursive: true, force: true });
}
