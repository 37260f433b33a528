// The pack as Markdown: headings with GitHub-style anchors for the contents, answers as written.
#include <fmt/format.h>

#include <cctype>
#include <map>

#include "core/report/pack_report.h"

namespace prepkit {
namespace {

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered.
class Anchors {
 public:
  std::string add(const std::string& heading) {
    std::string slug;
    for (unsigned char c : heading) {
      if (c >= 0x80 || std::isalnum(c) || c == '-' || c == '_')
        slug += static_cast<char>(std::tolower(c));
      else if (c == ' ')
        slug += '-';
    }
    int seen = used_[slug]++;
    return seen == 0 ? slug : fmt::format("{}-{}", slug, seen);
  }

 private:
  std::map<std::string, int> used_;
};

// Each line of `text` prefixed, so a quote or list item stays one block.
std::string prefixed(const std::string& text, std::string_view first, std::string_view rest) {
  std::string out(first);
  for (char c : text) {
    out += c;
    if (c == '\n') out += rest;
  }
  return out;
}

std::string heading_text(size_t number, const Question& q) {
  return fmt::format("{}. {}", number, q.title);
}

void write_contents(std::string& out, const PackDocument& doc, Anchors& anchors) {
  out += "## Contents\n\n";
  anchors.add("Contents");
  for (size_t i = 0; i < doc.drafted.size(); ++i) {
    std::string heading = heading_text(i + 1, *doc.drafted[i].question);
    out += fmt::format("{}. [{}]({})\n", i + 1, doc.drafted[i].question->title,
                       "#" + anchors.add(heading));
  }
  if (!doc.missing.empty()) {
    if (!doc.drafted.empty()) out += "\n";
    out += fmt::format("Not yet drafted: [{} question{}](#not-yet-drafted)\n", doc.missing.size(),
                       doc.missing.size() == 1 ? "" : "s");
  }
}

void write_entry(std::string& out, size_t number, const PackEntry& entry) {
  const Question& q = *entry.question;
  out += fmt::format("\n## {}\n\n", heading_text(number, q));
  out += prefixed(q.question, "> ", "> ") + "\n\n";
  out += fmt::format("*{} · draft: `{}`*\n\n", q.category, entry.file);
  out += "**Why it is asked.** " + q.why + "\n\n";
  if (!q.tips.empty()) {
    out += "**Key tips**\n\n";
    for (const std::string& tip : q.tips) out += prefixed(tip, "- ", "  ") + "\n";
    out += "\n";
  }
  out += "### Your answer\n\n";
  out += entry.answer.empty() ? "*Nothing written yet.*\n" : entry.answer;
}

void write_missing(std::string& out, const PackDocument& doc) {
  out +=
      "\n## Not yet drafted\n\nThese questions have no draft yet: `prepkit draft ID` writes "
      "one.\n\n";
  for (const Question* q : doc.missing) {
    out +=
        prefixed(fmt::format("**{}** (`{}`): {}", q->title, q->id, q->question), "- ", "  ") + "\n";
  }
}

}  // namespace

std::string pack_markdown(const PackDocument& doc) {
  std::string out = fmt::format("# {}\n\n", doc.title);
  out += pack_summary(doc) + ".\n\n";
  Anchors anchors;
  anchors.add(doc.title);
  write_contents(out, doc, anchors);
  for (size_t i = 0; i < doc.drafted.size(); ++i) write_entry(out, i + 1, doc.drafted[i]);
  if (!doc.missing.empty()) write_missing(out, doc);
  return out;
}

}  // namespace prepkit
