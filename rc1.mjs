import { checkSync } from 'recheck';
const [src, flags] = [process.argv[2], process.argv[3] ?? ''];
const t = Date.now(); const r = checkSync(src, flags, { timeout: null, attackTimeout: null, incubationTimeout: null, randomSeed: 0 });
console.log(r.status, r.complexity?.type, r.complexity?.degree ?? '', Date.now() - t, 'ms', src.slice(0, 60));
