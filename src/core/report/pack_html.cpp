// The pack as one standalone HTML page: cover and contents, one section per question, print CSS.
#include <fmt/format.h>

#include "core/markdown/render_html.h"
#include "core/report/pack_report.h"

namespace prepkit {
namespace {

// Bank text is plain text: escaped, never interpreted.
std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string anchor(const Question& q) { return escape("q-" + q.id); }

std::string plural(size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

void write_cover(std::string& out, const PackDocument& doc) {
  out += fmt::format("<header class=\"cover\">\n<h1>{}</h1>\n", escape(doc.title));
  out += fmt::format("<p class=\"summary\">{}</p>\n</header>\n", escape(pack_summary(doc)));
  out += "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n";
  for (const PackEntry& entry : doc.drafted) {
    const Question& q = *entry.question;
    out += fmt::format(
        "<li><a href=\"#{}\">{}</a> <span class=\"category\">{}</span>\n"
        "<span class=\"prompt\">{}</span></li>\n",
        anchor(q), escape(q.title), escape(q.category), escape(q.question));
  }
  out += "</ol>\n";
  if (!doc.missing.empty()) {
    out += fmt::format(
        "<p class=\"to-draft\">Not yet drafted: <a href=\"#not-yet-drafted\">{}</a></p>\n",
        plural(doc.missing.size(), "question"));
  }
  out += "</nav>\n";
}

void write_guidance(std::string& out, const Question& q) {
  out += "<div class=\"guidance\">\n<h3>Why it is asked</h3>\n";
  out += fmt::format("<p>{}</p>\n", escape(q.why));
  if (!q.tips.empty()) {
    out += "<h3>Key tips</h3>\n<ul>\n";
    for (const std::string& tip : q.tips) out += fmt::format("<li>{}</li>\n", escape(tip));
    out += "</ul>\n";
  }
  out += "</div>\n";
}

void write_entry(std::string& out, size_t number, size_t count, const PackEntry& entry) {
  const Question& q = *entry.question;
  out += fmt::format("<section class=\"question\" id=\"{}\">\n", anchor(q));
  out += fmt::format("<p class=\"kicker\">Question {} of {} · {}</p>\n", number, count,
                     escape(q.category));
  out += fmt::format("<h2>{}</h2>\n", escape(q.title));
  out += fmt::format("<blockquote class=\"asked\"><p>{}</p></blockquote>\n", escape(q.question));
  write_guidance(out, q);
  out += "<div class=\"answer\">\n<h3>Your answer</h3>\n";
  out += entry.answer.empty() ? "<p class=\"empty\">Nothing written yet.</p>\n"
                              : markdown_to_html(entry.answer);
  out += fmt::format("<p class=\"source\">Draft: {}</p>\n</div>\n</section>\n", escape(entry.file));
}

void write_missing(std::string& out, const PackDocument& doc) {
  out += "<section class=\"missing\" id=\"not-yet-drafted\">\n<h2>Not yet drafted</h2>\n";
  out +=
      "<p>These questions have no draft yet: <code>prepkit draft ID</code> writes one.</p>\n<ul>\n";
  for (const Question* q : doc.missing) {
    out += fmt::format("<li><strong>{}</strong> <code>{}</code><br>{}</li>\n", escape(q->title),
                       escape(q->id), escape(q->question));
  }
  out += "</ul>\n</section>\n";
}

}  // namespace

std::string pack_html(const PackDocument& doc) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n", escape(doc.title),
                     pack_stylesheet());
  write_cover(out, doc);
  out += "<main>\n";
  for (size_t i = 0; i < doc.drafted.size(); ++i) {
    write_entry(out, i + 1, doc.drafted.size(), doc.drafted[i]);
  }
  if (!doc.missing.empty()) write_missing(out, doc);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace prepkit
