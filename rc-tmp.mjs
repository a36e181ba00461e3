import { checkSync } from 'recheck';
const NAME_PARTICLE = String.raw`(?:del|der|den|de|da|di|du|ter|ten|op|van|von|la|le|bin|al|el|['’]t)`;
const pats = [
 [String.raw`^(?:(?:${NAME_PARTICLE}|Ó|Ní) )*\p{Lu}[\p{L}'’-]*, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \([^()]*\))?$`, 'u'],
 [String.raw`^@\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|${NAME_PARTICLE})){1,5}`, 'u'],
 [String.raw`^(?:\+|&|and) (@?\p{Lu}[\p{L}'’-]*) `, 'u'],
 [String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & )\p{Lu}[\p{L}'.-]*){0,5}): +(\S.*)$`, 'u'],
 [String.raw`^((?:@[\w.-]+(?: and |[\s,+&]*))+)(.+)$`, ''],
 [String.raw`^((?:[A-Z][\w'\u2019-]*\.? ){1,3}[A-Z][\w'\u2019-]+)( \([^()]{1,80}\))? (?:arrived|joined)(?: the (?:meeting|call))?(?: at| during| for| from| after| in time|[.,])`, ''],
 [String.raw`(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|[A-Z][a-z]+ member [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4}) (?:to|will|agreed to) (?:also |now )?(?!be\b|have\b|not\b|the\b|a\b|an\b)[a-z]`, 'y'],
 [String.raw`[.;)]\s+(?:(?:result|vote|outcome):\s*)?(passed|carried|approved|adopted|agreed|failed|defeated|lost|rejected|not approved)\b[^.]{0,40}\.?$`, 'i'],
 [String.raw`\s\((?:absent|apologies|regrets|excused|not present):?\s+([^()]{2,200})\)$`, 'i'],
 [String.raw`(?<!\{)\{[a-z][a-zA-Z-]*(?::[^{}]*)?\}(?!\})`, 'g'],
 [String.raw`^(?:\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]{0,8}|:[a-z\d_+-]{1,40}:)\s+`, 'u'],
 [String.raw`(\]\]|\))[ \t]+(?=\[\[)`, 'g'],
 [String.raw`^(\s*(?:[-*+][ \t]+)?)([A-Za-z][\w-]{0,30}):: ?(.*)$`, ''],
 [String.raw`^([A-Z]{1,3}-?\d{1,3}) [-\u2013\u2014] (?=[A-Z])`, ''],
 [String.raw`\b(?:open|outstanding|previous|earlier|existing) (?:actions|action items|action points|tasks)\b[^:]{0,40}:$`, ''],
 [String.raw`\bon:\s*(?:\(?(?:pending|tbc|tbd)\)?|_*|\[date\])\.?$`, 'i'],
 [String.raw`^(?:certified|established|founded|incorporated|chartered) (?:by |in )?.{0,60}\d{4}$`, ''],
];
for (const [src, flags] of pats) { const t = Date.now(); const r = checkSync(src, flags, { timeout: null, attackTimeout: null, incubationTimeout: null, randomSeed: 0 }); console.log(r.status, r.complexity?.type, r.complexity?.degree ?? '', Date.now() - t, 'ms', src.slice(0, 50)); }
