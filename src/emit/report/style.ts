/** The report's only stylesheet, inline: on screen, and on A4 paper. Colours keep a 4.5:1 contrast for text. */
export const REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0; }
.lead { margin: 0; color: #333; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; margin: 0; }
.figures div { border: 1px solid #bbb; border-radius: 6px; padding: .6rem .8rem; }
.figures dt { font-size: .85rem; color: #333; }
.figures dd { margin: .2rem 0 0; font-size: 1.8rem; font-weight: 700; }
.figures .note, .note { display: block; font-size: .8rem; font-weight: 400; color: #444; }
.chart { margin: 1.5rem 0; break-inside: avoid; }
.chart figcaption p { margin: .2rem 0 .5rem; color: #333; }
.svg svg { max-width: 100%; height: auto; }
details { margin: .3rem 0; }
summary { cursor: pointer; color: #00527f; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eef3f7; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
table.actions { width: 100%; }
td.action { min-width: 18rem; }
.id { font-weight: 600; }
.late { color: #a33100; font-weight: 600; }
.late-word { font-weight: 400; }
.rag { display: inline-block; padding: 0 .35rem; border-radius: 3px; border-left: .6rem solid #999; background: #f3f3f3; font-weight: 600; }
.rag-red { border-left-color: #D55E00; }
.rag-amber { border-left-color: #E69F00; }
.rag-green { border-left-color: #009E73; }
.rag-blue { border-left-color: #0072B2; }
.count { font-weight: 400; color: #444; }
.cut { background: #fff4d6; border-left: 4px solid #E69F00; padding: .4rem .6rem; }
a { color: #00527f; }
footer { margin-top: 2rem; font-size: .85rem; color: #444; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  :root { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .figures div { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  summary { color: inherit; }
}
`;
