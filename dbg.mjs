import { readFileSync } from 'node:fs';
const { readSource } = await import('./dist/read/index.js');
const f = process.argv[2];
const s = readSource(readFileSync(f, 'utf8'), { file: f });
for (const l of s.lines.slice(0, +process.argv[3] || 30)) console.log(l.line, l.kind, JSON.stringify(l.text.slice(0, 140)));
