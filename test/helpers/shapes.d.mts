export function ordinaryMinutes(size: number): string;
export function nearMissOwners(size: number): string;
export function manyKeys(size: number): string;
export function unclosedBracket(size: number): string;
