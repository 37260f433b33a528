// Template models: sections and guidance text of a rendered template, cached per variables.
#include "core/check/template_model.h"

#include "core/check/prose.h"

namespace prepkit {

const TemplateSection* TemplateModel::find(const std::string& title) const {
  for (const TemplateSection& section : sections) {
    if (section.title == title) return &section;
  }
  return nullptr;
}

TemplateModel make_template_model(const std::string& markdown) {
  TemplateModel model;
  Draft draft = parse_draft(markdown);
  for (const Section& section : draft.sections) {
    TemplateSection model_section;
    model_section.title = section.heading.text;
    for (const ListItem& item : draft.items) {
      bool inside = item.line >= section.first_body_line && item.line <= section.last_body_line;
      model_section.has_checklist = model_section.has_checklist || (item.task && inside);
    }
    for_each_prose_line(draft, section, [&](int line) {
      model_section.asks_for_text = model_section.asks_for_text || has_words(prose_line(draft, line));
      std::string text = normalize_line(prose_line(draft, line));
      if (has_words(text)) model_section.text.insert(std::move(text));
    });
    model.sections.push_back(std::move(model_section));
  }
  return model;
}

std::shared_ptr<const TemplateModel> TemplateCache::get(const Question& question,
                                                        const Variables& values) {
  std::string key = question.id;
  for (const auto& [name, value] : values) key += '\0' + name + '=' + value;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = models_.find(key);
  if (it != models_.end()) return it->second;
  RenderedTemplate rendered = render_question_template(question, bank_, values);
  auto model = std::make_shared<TemplateModel>(make_template_model(rendered.text));
  model->error = rendered.error;
  models_[key] = model;
  return model;
}

}  // namespace prepkit
