import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { column, makePdf } from './helpers/make-pdf.js';

// How users install and run vawg: the GitHub Action (action.yml) run from a checkout of its files with
// only the runtime dependencies, the npm package installed in an empty folder, and the pre-commit hook
// (.pre-commit-hooks.yaml) installed by pre-commit itself.

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'vawg.js');

interface Step {
  name?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  pass_filenames?: boolean;
}

const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

const HEAD = 'Safer Streets Board – 1 March 2024\n\nPresent: Jo Bloggs (JB), Sam Lee (SL), Priya Shah (PS)\nApologies: Alex Green\n\n';
const ONE_WARNING = `${HEAD}KN said the grant was late.\n`;
const CLEAN = `${HEAD}ACTION (Sam Lee) – Send the funding paper to members.\n`;

describe('action.yml', () => {
  test('has a name, a description and the documented inputs with their defaults', () => {
    expect(action.name).toEqual(expect.any(String));
    expect(action.description).toEqual(expect.any(String));
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
    expect(defaults).toEqual({ paths: '', format: 'github', 'max-warnings': '', args: '' });
    for (const input of Object.values(action.inputs)) expect(input.description).toEqual(expect.any(String));
  });

  test('is a composite action whose run steps all name their shell', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.length).toBeGreaterThan(0);
    for (const step of action.runs.steps) if (step.run !== undefined) expect(step.shell).toBe('bash');
  });

  test('installs its runtime dependencies without building, then runs its own bin, not a published copy', () => {
    const [install, checkStep] = action.runs.steps;
    expect(install.run).toMatch(/^npm ci --prefix "\$GITHUB_ACTION_PATH" --omit=dev --ignore-scripts/);
    expect(checkStep.run).toContain('node "$GITHUB_ACTION_PATH/bin/vawg.js"');
    expect(checkStep.run).not.toMatch(/npx/);
  });

  test('inputs reach the script through env, never through ${{ }} in the script itself', () => {
    const checkStep = action.runs.steps[1];
    expect(checkStep.env).toEqual({
      INPUT_PATHS: '${{ inputs.paths }}',
      INPUT_FORMAT: '${{ inputs.format }}',
      INPUT_MAX_WARNINGS: '${{ inputs.max-warnings }}',
      INPUT_ARGS: '${{ inputs.args }}',
    });
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });
});

/** Runs one of action.yml's steps with bash the way the runner does (`bash --noprofile --norc -eo pipefail`). */
function runActionStep(script: string, cwd: string, env: Record<string, string>) {
  const file = join(mkdtempSync(join(tmpdir(), 'vawg-action-')), 'step.sh');
  writeFileSync(file, script);
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' });
}

// The files a checkout of the action at a release has that it runs: no sources, no compiler.
const ACTION_FILES = ['action.yml', 'package.json', 'package-lock.json', 'bin', 'dist/bundle', 'schema'];

describe("action.yml's script, run as GitHub would run it", () => {
  const script = action.runs.steps.find((step) => step.run?.includes('bin/vawg.js'))!.run!;
  let actionPath = '';

  // The install step, run for real in a folder with the action's files only.
  beforeAll(() => {
    actionPath = mkdtempSync(join(tmpdir(), 'vawg-action-path-'));
    for (const file of ACTION_FILES) cpSync(join(ROOT, file), join(actionPath, file), { recursive: true });
    const install = runActionStep(action.runs.steps[0].run!, actionPath, { GITHUB_ACTION_PATH: actionPath, npm_config_prefer_offline: 'true' });
    if (install.status !== 0) throw new Error(`the install step failed: ${install.stderr}`);
    const installed = readdirSync(join(actionPath, 'node_modules'));
    expect(installed).toContain('commander');
    expect(installed).not.toContain('typescript');
    expect(installed).not.toContain('esbuild');
  }, 300_000);

  /** Runs the check step from the installed action. */
  function runStep(cwd: string, inputs: Partial<Record<'paths' | 'format' | 'max-warnings' | 'args', string>>) {
    const env: Record<string, string> = { VAWG_CACHE_DIR: process.env.VAWG_CACHE_DIR ?? '', GITHUB_ACTION_PATH: actionPath };
    for (const [name, value] of Object.entries({ paths: '', format: 'github', 'max-warnings': '', args: '', ...inputs })) {
      env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] = value;
    }
    return runActionStep(script, cwd, env);
  }

  function minutes(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-action-minutes-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  test('the default inputs use the config\'s minutes and print annotations, exit 0 for warnings', () => {
    const dir = minutes({ 'vawg.config.yaml': 'minutes: ["minutes/**/*.txt"]\n', 'minutes/2024-03-01.txt': ONE_WARNING, 'README.md': '# Not minutes\n' });
    const result = runStep(dir, {});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=minutes\/2024-03-01\.txt,line=6,col=1,title=vawg initials-known::.+\n$/);
  });

  test('paths separated by spaces and new lines, with globs left for vawg to expand', () => {
    const dir = minutes({ 'a/one.txt': ONE_WARNING, 'b/two.md': ONE_WARNING, 'b/three.txt': CLEAN, 'c/skipped.txt': ONE_WARNING });
    const result = runStep(dir, { paths: 'a/one.txt\nb/*.md  b/three.txt' });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => line.replace(/,line=.*/, ''))).toEqual(['::warning file=a/one.txt', '::warning file=b/two.md']);
  });

  test('max-warnings fails the step when the warnings go over it', () => {
    const dir = minutes({ 'one.txt': ONE_WARNING });
    expect(runStep(dir, { paths: '.', 'max-warnings': '0' }).status).toBe(1);
    expect(runStep(dir, { paths: '.', 'max-warnings': '1' }).status).toBe(0);
  });

  test('format and args reach vawg: SARIF written with --out', () => {
    const dir = minutes({ 'one.txt': ONE_WARNING });
    const result = runStep(dir, { paths: 'one.txt', format: 'sarif', args: '--out vawg.sarif --as-of 2024-03-01' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'vawg.sarif'), 'utf8'));
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['initials-known']);
  });

  test('a missing path fails the step with exit 2; a shell metacharacter in an input stays a plain argument', () => {
    const dir = minutes({ 'one.txt': CLEAN });
    const missing = runStep(dir, { paths: 'nope.txt' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('vawg: nope.txt:');
    const injected = runStep(dir, { paths: 'one.txt', args: '$(touch pwned) ;touch pwned2' });
    expect(injected.status).toBe(2);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  test('one hook, vawg-check, with the keys pre-commit requires', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'vawg-check', name: expect.any(String), entry: 'vawg check', language: 'node', pass_filenames: true });
    expect(hook.files).toBe('\\.(txt|md)$');
    const files = new RegExp(hook.files!);
    expect(['minutes/2024-03-01.txt', 'notes.md'].every((f) => files.test(f))).toBe(true);
    expect(['minutes.pdf', 'vawg.config.yaml', 'notes.md.bak'].some((f) => files.test(f))).toBe(false);
  });

  test("the entry's command is this package's bin, and runs on the file names pre-commit passes", () => {
    const [command, ...args] = hooks[0].entry.split(' ');
    expect(pkg.bin[command]).toBe('bin/vawg.js');
    const dir = mkdtempSync(join(tmpdir(), 'vawg-hook-'));
    writeFileSync(join(dir, 'clean.txt'), CLEAN);
    writeFileSync(join(dir, 'bad.md'), `${HEAD}ACTON (Sam Lee) – Send the funding paper to members.\n`);
    const clean = spawnSync('node', [BIN, ...args, 'clean.txt'], { cwd: dir, encoding: 'utf8' });
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '', '']);
    const bad = spawnSync('node', [BIN, ...args, 'clean.txt', 'bad.md'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('action-malformed');
  });
});

describe('the committed CLI bundle', () => {
  test('was built from these sources (`npm run build` rebuilds it)', () => {
    const check = spawnSync('node', [join(ROOT, 'scripts', 'check-bundle.mjs')], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('the npm package, installed as a user installs it', () => {
  test('installs with --omit=dev in an empty folder and runs its CLI and library with no compiler, PDFs too', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vawg-pack-'));
    // The build is not rerun here: `npm pack` would otherwise rebuild dist/ under the other tests.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    const paths = packed[0].files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/vawg.js', 'dist/bundle/cli.cjs', 'dist/index.js', 'dist/index.d.ts', 'action.yml']));
    expect(paths.some((path) => path.startsWith('src/') || path.startsWith('test/'))).toBe(false);
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name": "app", "version": "1.0.0", "private": true, "type": "module"}\n');
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed[0].filename)], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).not.toContain('typescript');
    expect(installed).not.toContain('esbuild');
    const vawg = join(app, 'node_modules', '.bin', 'vawg');
    writeFileSync(join(app, 'clean.txt'), CLEAN);
    expect(execFileSync(vawg, ['--version'], { cwd: app, encoding: 'utf8' }).trim()).toBe((pkg as unknown as { version: string }).version);
    const meeting = JSON.parse(execFileSync(vawg, ['parse', 'clean.txt', '--format', 'json'], { cwd: app, encoding: 'utf8' }));
    expect(meeting.actions.map((a: { text: string }) => a.text)).toEqual(['Send the funding paper to members.']);
    expect(spawnSync(vawg, ['check', 'clean.txt'], { cwd: app, encoding: 'utf8' }).status).toBe(0);
    // The report's charting libraries are ES modules, loaded from the installed package's dependencies.
    execFileSync(vawg, ['report', 'clean.txt', '--as-of', '2024-06-01', '--out', 'report.html', '--quiet'], { cwd: app, encoding: 'utf8' });
    const report = readFileSync(join(app, 'report.html'), 'utf8');
    expect(report.match(/<svg role="img"/g)).toHaveLength(5);
    expect(report).toContain('Send the funding paper to members.');
    writeFileSync(join(app, 'use.js'), "import { parseMinutes } from 'vawg';\nconsole.log(parseMinutes(process.argv[2]).attendees.length);\n");
    expect(execFileSync('node', ['use.js', CLEAN], { cwd: app, encoding: 'utf8' }).trim()).toBe('3');
    // pdf.js, an ES module, loads from the installed bundle (through dist/bundle/import-module.cjs) and library.
    writeFileSync(join(app, 'clean.pdf'), await makePdf([column(60, 90, CLEAN.replace('–', '-').split('\n'))]));
    const fromPdf = JSON.parse(execFileSync(vawg, ['parse', 'clean.pdf', '--format', 'json'], { cwd: app, encoding: 'utf8' }));
    expect(fromPdf.actions.map((a: { text: string }) => a.text)).toEqual(['Send the funding paper to members.']);
    writeFileSync(join(app, 'use-pdf.js'), "import { parseMinutes, readMinutesFile } from 'vawg';\nconsole.log(parseMinutes(await readMinutesFile('clean.pdf'), { file: 'clean.pdf' }).attendees.length);\n");
    expect(execFileSync('node', ['use-pdf.js'], { cwd: app, encoding: 'utf8' }).trim()).toBe('3');
  }, 300_000);
});

// Debian's `pre-commit` package; .ci/run installs it.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe.skipIf(!hasPreCommit)('the pre-commit hook, installed by pre-commit', () => {
  test('installs from this repository and fails a commit of malformed minutes', () => {
    const repo = mkdtempSync(join(tmpdir(), 'vawg-pre-commit-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(repo, 'clean.txt'), CLEAN);
    writeFileSync(join(repo, 'bad.md'), `${HEAD}ACTON (Sam Lee) – Send the funding paper to members.\n`);
    git('add', '-A');
    // try-repo installs the hook as `repo:` would, from the working tree (uncommitted changes included).
    const env = { ...process.env, PRE_COMMIT_HOME: join(repo, '.pre-commit-home'), npm_config_prefer_offline: 'true' };
    const run = (...files: string[]) => spawnSync('pre-commit', ['try-repo', ROOT, 'vawg-check', '--files', ...files], { cwd: repo, env, encoding: 'utf8' });
    const clean = run('clean.txt');
    expect(clean.stdout + clean.stderr).toMatch(/vawg check\.+Passed/);
    expect(clean.status).toBe(0);
    const bad = run('clean.txt', 'bad.md');
    expect(bad.stdout).toMatch(/vawg check\.+Failed/);
    expect(bad.stdout).toContain('action-malformed');
    expect(bad.status).toBe(1);
  }, 600_000);
});
