// The pack page's stylesheet: a readable column on screen, one question per page in print.
#include "core/report/pack_report.h"

namespace prepkit {

std::string_view pack_stylesheet() {
  return R"css(:root {
  --ink: #1c2530; --muted: #5d6978; --rule: #d9e0e8; --accent: #1e5a87;
  --tint: #f2f6fa; --done: #2f7d4f;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 46rem; padding: 3rem 1.5rem 5rem;
  color: var(--ink); background: #fff;
  font: 1rem/1.6 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2.2rem; margin-top: 0; letter-spacing: -0.01em; }
h2 { font-size: 1.6rem; margin-top: 0.2em; }
h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); }
h4 { font-size: 1.1rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
h5, h6 { font-size: 1rem; }
p, ul, ol, table, pre, blockquote { margin: 0 0 0.9em; }
ul, ol { padding-left: 1.5em; }
li + li { margin-top: 0.25em; }
a { color: var(--accent); }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: var(--tint); padding: 0.75em 1em; overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--rule); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: var(--tint); }
blockquote { border-left: 3px solid var(--rule); padding-left: 1em; color: var(--muted); }
li:has(> input[type="checkbox"]) { list-style: none; margin-left: -1.4em; }
input[type="checkbox"] { margin: 0 0.45em 0 0; accent-color: var(--done); }
.cover { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; margin-bottom: 2rem; }
.summary, .kicker, .source, .category, .to-draft { color: var(--muted); }
.to-draft { margin-top: 1.2em; }
.summary { margin: 0; font-size: 1.05rem; }
.contents h2 { font-size: 1.2rem; }
.contents ol { padding-left: 2em; }
.contents li { margin-top: 0.6em; }
.contents li a { font-weight: 600; }
.contents .prompt { display: block; color: var(--muted); font-size: 0.9em; }
.category { font-size: 0.85em; margin-left: 0.4em; }
.question, .missing { margin-top: 3.5rem; border-top: 1px solid var(--rule); padding-top: 2rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem; margin: 0 0 0.3em; }
blockquote.asked {
  border-left: 4px solid var(--accent); color: var(--ink);
  font-size: 1.2rem; font-style: italic; margin: 0.8em 0 1.4em;
}
.guidance { background: var(--tint); border-radius: 6px; padding: 0.2em 1.2em 0.4em; }
.guidance h3 { margin-top: 1em; }
.answer > h3 { margin-top: 1.8em; }
.answer h4:first-of-type { margin-top: 0.6em; }
.source { font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 0.5em; margin-top: 2em; }
.empty { font-style: italic; color: var(--muted); }
.missing li { margin-bottom: 0.6em; }
.missing code { color: var(--muted); font-size: 0.8em; margin-left: 0.3em; }
@page { margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .question, .missing { margin-top: 0; border-top: 0; padding-top: 0; break-before: page; page-break-before: always; }
  h1, h2, h3, h4, h5, h6, .kicker { break-after: avoid; page-break-after: avoid; }
  blockquote, li, tr, pre { break-inside: avoid; page-break-inside: avoid; }
  .guidance, pre, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
}

}  // namespace prepkit
