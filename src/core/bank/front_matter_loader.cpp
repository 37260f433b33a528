// Front matter of drafts with yaml-cpp; errors carry the draft's own line numbers.
#include "core/bank/front_matter_loader.h"

#include <yaml-cpp/yaml.h>

#include <mutex>
#include <unordered_map>

#include "core/bank/yaml_reader.h"

namespace prepkit {
namespace {

const std::vector<std::string> kFrontMatterKeys = {"question", "template", "variables"};

// Moves the errors' lines from the YAML text to the draft (the text starts after '---').
void shift_lines(std::vector<Diagnostic>* errors, size_t from, int offset) {
  for (size_t i = from; i < errors->size(); ++i) (*errors)[i].line += offset;
}

void read_fields(YamlReader& reader, const YAML::Node& root, DraftMeta* meta) {
  reader.check_keys(root, kFrontMatterKeys, "front matter");
  if (const YAML::Node question = root["question"]) {
    reader.read_string(question, "question", &meta->question);
    meta->question_line = question.Mark().line + 1;
    meta->question_column = question.Mark().column + 1;
  }
  if (root["template"]) reader.read_string(root["template"], "template", &meta->template_name);
  const YAML::Node variables = root["variables"];
  if (variables && reader.read_string_map(variables, "variables", &meta->variables)) {
    for (const auto& entry : variables) {
      meta->variable_places[entry.first.Scalar()] = {entry.second.Mark().line + 1, entry.second.Mark().column + 1};
    }
  }
}

DraftMetaResult parse_front_matter(const std::string& path, const std::string& text) {
  DraftMetaResult result;
  YamlReader reader(path, &result.errors);
  YAML::Node root;
  if (parse_yaml(text, reader, &root, "front matter: ")) {
    if (root.IsMap()) {
      read_fields(reader, root, &result.meta);
    } else if (!root.IsNull()) {
      reader.error(root, "front matter must be a YAML mapping (question, template, variables)");
    }
  }
  return result;
}

// Drafts repeat a few front matters (question, template, variables): each valid text is
// parsed once per process. Positions are kept relative to the text; errors are not kept,
// as they name the file.
class KnownFrontMatter {
 public:
  bool find(const std::string& text, DraftMeta* meta) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = known_.find(text);
    if (it == known_.end()) return false;
    *meta = it->second;
    return true;
  }
  void add(const std::string& text, const DraftMeta& meta) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (known_.size() < kMaxKnown) known_.emplace(text, meta);
  }

 private:
  static constexpr size_t kMaxKnown = 1024;  // bounds memory when every draft differs
  std::mutex mutex_;
  std::unordered_map<std::string, DraftMeta> known_;
};

}  // namespace

DraftMetaResult load_front_matter(const std::string& path, const FrontMatter& front_matter) {
  static KnownFrontMatter known;
  DraftMetaResult result;
  if (!front_matter.present) return result;
  if (!known.find(front_matter.text, &result.meta)) {
    result = parse_front_matter(path, front_matter.text);
    if (result.errors.empty()) known.add(front_matter.text, result.meta);
  }
  shift_lines(&result.errors, 0, front_matter.first_line);
  if (result.meta.question_line > 0) result.meta.question_line += front_matter.first_line;
  for (auto& [name, place] : result.meta.variable_places) place.first += front_matter.first_line;
  return result;
}

std::string format_front_matter(const std::string& question, const std::string& template_name,
                                const std::map<std::string, std::string>& variables) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "question" << YAML::Value << question;
  out << YAML::Key << "template" << YAML::Value << template_name;
  if (!variables.empty()) {
    out << YAML::Key << "variables" << YAML::Value << YAML::BeginMap;
    for (const auto& [name, value] : variables) out << YAML::Key << name << YAML::Value << value;
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  return std::string("---\n") + out.c_str() + "\n---\n";
}

}  // namespace prepkit
