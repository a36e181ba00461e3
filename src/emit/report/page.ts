import { basename } from 'node:path';
import type { HistoryEntry, RegisterEntry } from '../../register/register.js';
import type { Chart } from './charts.js';
import { daysBetween, ragWord, type ReportFigures } from './figures.js';
import { REPORT_CSS } from './style.js';
import { escapeHtml } from '../../text/html-escape.js';

export interface PageOptions {
  /** The page's heading; by default the bodies' names. */
  title: string;
  /** The link to a minutes file, from the folder the report is written to. */
  sourceHref: (file: string) => string;
  /** Rows each action table shows at most; the page says when some are left out. */
  maxRows: number;
  generator: string;
}

/** The whole page: headline figures, charts with their numbers, then overdue and open actions. No script, no external resource. */
export function renderPage(figures: ReportFigures, charts: Chart[], options: PageOptions): string {
  const { meetings } = figures;
  const dated = meetings.filter((m) => m.date !== null);
  const span = dated.length ? ` from ${dated[0].date} to ${dated.at(-1)!.date}` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${text(options.generator)}">
<title>${text(options.title)} — actions as of ${figures.asOf}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${text(options.title)}</h1>
<p class="lead">Actions as of <strong>${figures.asOf}</strong>, over ${count(meetings.length, 'meeting')}${span}.</p>
</header>
${headline(figures)}
<section aria-labelledby="charts-heading">
<h2 id="charts-heading">Charts</h2>
${charts.map(chartFigure).join('\n')}
</section>
${actionTable('overdue', 'Overdue actions', `Open actions due before ${figures.asOf}, the longest overdue first.`, figures.overdue, figures, options)}
${actionTable('open', 'All open actions', 'Every open action, in the order the meetings raised them.', figures.open, figures, options)}
<footer><p>Made by ${text(options.generator)} from ${count(meetings.length, 'minutes file')}. Each action links to the line of the minutes it was read from.</p></footer>
</main>
</body>
</html>
`;
}

function headline(figures: ReportFigures): string {
  const latest = figures.latest;
  const at = latest ? ` (${text(latest.title ?? basename(latest.file))}, ${latest.date ?? 'undated'})` : '';
  const item = (label: string, value: string, note = '') => `<div><dt>${label}</dt><dd>${value}${note ? `<span class="note">${note}</span>` : ''}</dd></div>`;
  return `<section aria-labelledby="headline-heading">
<h2 id="headline-heading">Headline figures</h2>
<dl class="figures">
${item('Open actions', String(figures.open.length))}
${item('Overdue', String(figures.overdue.length), `as of ${figures.asOf}`)}
${item('Raised at the latest meeting', latest ? String(latest.raised) : '—', at)}
${item('Closed at the latest meeting', latest ? String(latest.closed) : '—', at)}
${item('Median age of open actions', figures.medianAgeDays === null ? '—' : count(figures.medianAgeDays, 'day'), 'since the meeting that raised them')}
</dl>
</section>`;
}

function chartFigure(chart: Chart): string {
  const head = chart.table.columns.map((c) => `<th scope="col">${text(c)}</th>`).join('');
  const rows = chart.table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${text(String(cell))}</th>` : `<td class="number">${cell}</td>`)).join('')}</tr>`).join('\n');
  return `<figure id="${chart.id}" class="chart">
<figcaption><h3>${text(chart.title)}</h3><p>${text(chart.description)}</p></figcaption>
<div class="svg">${chart.svg}</div>
<details><summary>The numbers behind “${text(chart.title)}”</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></details>
</figure>`;
}

function actionTable(id: string, title: string, about: string, entries: RegisterEntry[], figures: ReportFigures, options: PageOptions): string {
  const shown = entries.slice(0, options.maxRows);
  const cut = entries.length > shown.length ? `<p class="cut">Showing the first ${shown.length} of ${entries.length} actions, to keep this page small; <code>vawg actions${id === 'overdue' ? ` --overdue --as-of ${figures.asOf}` : ' --open'}</code> lists them all.</p>` : '';
  const body = shown.length === 0 ? `<p>None.</p>` : `<table class="actions">
<caption>${text(title)} (${entries.length})</caption>
<thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Last update</th><th scope="col">Raised</th><th scope="col">Carried</th></tr></thead>
<tbody>
${shown.map((entry) => actionRow(entry, figures.asOf, options)).join('\n')}
</tbody></table>`;
  return `<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${text(title)} <span class="count">${entries.length}</span></h2>
<p>${text(about)}</p>
${cut}${body}
</section>`;
}

function actionRow(entry: RegisterEntry, asOf: string, options: PageOptions): string {
  const late = entry.due !== null && entry.due < asOf;
  const owners = entry.owners.length ? entry.owners.map((o) => text(o.name)).join(', ') : text(entry.ownersRaw ?? '—');
  const last = entry.lastUpdate;
  return `<tr>
<td class="action">${entry.id ? `<span class="id">${text(entry.id)}</span> ` : ''}${text(entry.text)}${history(entry.history, options)}</td>
<td>${owners}</td>
<td class="date${late ? ' late' : ''}">${entry.due ?? '—'}${late ? `<br><span class="late-word">${count(daysBetween(entry.due!, asOf), 'day')} overdue</span>` : ''}</td>
<td>${entry.rag ? `<span class="rag rag-${entry.rag}">${ragWord(entry.rag)}</span> ` : ''}${text(entry.statusRaw ?? entry.status)}</td>
<td>${last ? `${last.date ?? 'undated'}${last.progress ? `: ${text(last.progress)}` : ''}` : '—'}</td>
<td class="date">${entry.raisedAt.date ?? 'undated'}<br>${sourceLink(entry.raisedAt.file, entry.raisedAt.line, options)}${entry.raisedElsewhere ? ' <span class="note">(raised at a meeting not read)</span>' : ''}</td>
<td class="number">${entry.carried}</td>
</tr>`;
}

function history(steps: HistoryEntry[], options: PageOptions): string {
  const kind = { raised: 'Raised', update: 'Updated', 'closed-by-statement': 'Closed by a statement' };
  const items = steps.map((step) => {
    const changes = [step.owners ? `owner now ${step.owners.map(text).join(', ')}` : '', step.due ? `due now ${step.due}` : ''].filter(Boolean).join('; ');
    return `<li>${step.date ?? 'undated'}: ${kind[step.kind]}, ${step.status}${step.progress ? ` — ${text(step.progress)}` : ''}${changes ? ` (${changes})` : ''} ${sourceLink(step.file, step.line, options)}</li>`;
  });
  return `<details><summary>History (${steps.length})</summary><ol>${items.join('')}</ol></details>`;
}

function sourceLink(file: string, line: number, options: PageOptions): string {
  return `<a href="${text(options.sourceHref(file))}#L${line}">${text(basename(file))}:${line}</a>`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** Text from the minutes as HTML text or an attribute value: markup shows as written, controls are dropped. */
export function text(value: string): string {
  return escapeHtml(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}
