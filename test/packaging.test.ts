import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml) that CI users
// copy into their repositories: their required keys, and the action's script run for real.

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

  test('installs its own code, then runs its own bin, not a published copy', () => {
    const [install, checkStep] = action.runs.steps;
    expect(install.run).toMatch(/^npm ci --prefix "\$GITHUB_ACTION_PATH"/);
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

describe("action.yml's script, run as GitHub would run it", () => {
  const script = action.runs.steps.find((step) => step.run?.includes('bin/vawg.js'))!.run!;

  /** Runs the check step with bash the way the runner does (`bash --noprofile --norc -eo pipefail`). */
  function runStep(cwd: string, inputs: Partial<Record<'paths' | 'format' | 'max-warnings' | 'args', string>>) {
    const file = join(mkdtempSync(join(tmpdir(), 'vawg-action-')), 'step.sh');
    writeFileSync(file, script);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', VAWG_CACHE_DIR: process.env.VAWG_CACHE_DIR ?? '', GITHUB_ACTION_PATH: ROOT };
    for (const [name, value] of Object.entries({ paths: '', format: 'github', 'max-warnings': '', args: '', ...inputs })) {
      env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] = value;
    }
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env, encoding: 'utf8' });
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
