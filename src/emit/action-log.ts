import type { Action, Meeting, Owner } from '../model/types.js';
import { placeOf } from '../read/position.js';
import { oneLine } from './terminal.js';

/** The columns of a circulated action log, in the order a secretariat reads them. */
export const ACTION_LOG_COLUMNS = [
  { key: 'meeting', title: 'Meeting' },
  { key: 'id', title: 'ID' },
  { key: 'text', title: 'Action' },
  { key: 'owners', title: 'Owner(s)' },
  { key: 'raised', title: 'Raised' },
  { key: 'due', title: 'Due' },
  { key: 'status', title: 'Status' },
  { key: 'rag', title: 'RAG' },
  { key: 'progress', title: 'Progress' },
  { key: 'item', title: 'Item' },
  { key: 'source', title: 'Source' },
] as const;

export function ownerNames(owners: Owner[]): string {
  return owners.map((owner) => owner.name).join(', ');
}

function statusLabel(action: Action): string {
  return action.statusRaw && action.statusRaw !== '[ ]' && action.statusRaw !== '[x]' ? `${action.status} (${action.statusRaw})` : action.status;
}

/** One row of cells per action, across meetings; file names as one line each (see `oneLine`). */
export function actionLogRows(meetings: Meeting[]): string[][] {
  return meetings.flatMap((meeting) =>
    meeting.actions.map((action) => [
      meeting.date ?? oneLine(meeting.file),
      action.id ?? '',
      action.text,
      ownerNames(action.owners) || (action.ownersRaw ?? ''),
      action.raised ?? '',
      action.due ?? action.dueRaw ?? '',
      statusLabel(action),
      action.rag ?? '',
      action.progress ?? '',
      action.item ?? '',
      oneLine(placeOf(meeting, action.lines)),
    ]),
  );
}
