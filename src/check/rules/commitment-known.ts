import type { Rule } from '../types.js';

export const commitmentKnown: Rule = {
  id: 'commitment-known',
  description: "Commitment numbers are in the configuration's `commitments` list (when one is given)",
  severity: 'warning',
  check({ meeting, config }, report) {
    const known = Object.keys(config.commitments);
    if (known.length === 0) return;
    for (const commitment of meeting.commitments) {
      if (known.includes(String(commitment.number))) continue;
      for (const mention of commitment.mentions) report({ line: mention.line }, 'unknown-commitment', `Unexpected commitment ${commitment.number}, expected one of the configured commitments`);
    }
  },
};
