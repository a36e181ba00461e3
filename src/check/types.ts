import type { Config } from '../config/config.js';
import type { Meeting, Severity } from '../model/types.js';
import type { Line } from '../read/source.js';
import type { RegisterEntry } from '../register/register.js';

export interface Place {
  line: number;
  column?: number;
}

/** What a rule sees: one meeting, its lines, the configuration and the register across every file checked. */
export interface RuleContext {
  meeting: Meeting;
  lines: Line[];
  /** The file's raw lines (1-based through index + 1), for rules that look at the text as written. */
  rawLines: string[];
  config: Config;
  asOf: string;
  register: RegisterEntry[];
}

export type Report = (place: Place, messageId: string, reason: string) => void;

/** A rule only finds problems; the runner stamps its id and the severity the configuration gives it. */
export interface Rule {
  id: string;
  description: string;
  severity: Exclude<Severity, 'info'>;
  check(context: RuleContext, report: Report): void;
}
