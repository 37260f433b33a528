// HTML rendering on cmark-gfm: parser with the GFM extensions attached, default (safe) options.
#include "core/markdown/render_html.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <memory>
#include <vector>

#include "core/markdown/cmark_handles.h"

namespace prepkit {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

// An image would be loaded from elsewhere: each becomes a link to it, labelled by its alt text.
void images_to_links(cmark_node* root) {
  std::vector<cmark_node*> images;
  CmarkIter iter(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE)
      images.push_back(node);
  }
  for (cmark_node* image : images) {
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    const char* url = cmark_node_get_url(image);
    cmark_node_set_url(link, url);
    cmark_node_set_title(link, cmark_node_get_title(image));
    while (cmark_node* child = cmark_node_first_child(image)) cmark_node_append_child(link, child);
    if (cmark_node_first_child(link) == nullptr) {
      cmark_node* label = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(label, url == nullptr ? "" : url);
      cmark_node_append_child(link, label);
    }
    cmark_node_insert_before(image, link);
    cmark_node_free(image);
  }
}

}  // namespace

std::string markdown_to_html(const std::string& markdown) {
  ensure_cmark_extensions();
  CmarkParser parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  CmarkNode root(cmark_parser_finish(parser.get()));
  images_to_links(root.get());
  char* html = cmark_render_html(root.get(), CMARK_OPT_DEFAULT,
                                 cmark_parser_get_syntax_extensions(parser.get()));
  std::string text = html == nullptr ? "" : html;
  cmark_get_default_mem_allocator()->free(html);
  return text;
}

}  // namespace prepkit
