// Run by test/input-shapes.test.ts in a process of its own: parses one generated text with the built
// parser and prints the CPU time of the parse and the process's peak memory, as JSON.
import { parseMinutes } from '../../dist/parse/index.js';
import * as shapes from './shapes.mjs';

const [shape, size, file] = process.argv.slice(2);
const text = shapes[shape](Number(size));
const before = process.cpuUsage();
parseMinutes(text, { file });
const used = process.cpuUsage(before);
process.stdout.write(JSON.stringify({ cpu: used.user + used.system, maxRss: process.resourceUsage().maxRSS * 1024, length: text.length }));
