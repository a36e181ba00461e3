import { readMinutesFile } from './dist/read/file.js';
const f = process.argv[2];
console.log((await readMinutesFile(f)).split('\n').slice(0, 400).join('\n'));
