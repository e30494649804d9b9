#include "io/xml_document.hpp"

#include <sstream>

#include "engine/error.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {

XmlInput::XmlInput(std::string text, std::string file)
    : text_(std::move(text)), file_(std::move(file)) {
  constexpr unsigned kOptions =
      pugi::parse_cdata | pugi::parse_escapes | pugi::parse_doctype | pugi::parse_ws_pcdata;
  const auto result =
      document_.load_buffer(text_.data(), text_.size(), kOptions, pugi::encoding_utf8);
  if (!result) {
    const auto at =
        position_of(text_, static_cast<std::size_t>(std::max<std::ptrdiff_t>(
                               0, std::min<std::ptrdiff_t>(result.offset, std::ssize(text_)))));
    throw ParseError(file_, at.line, at.column,
                     std::string("malformed XML: ") + result.description());
  }
  for (const auto& child : document_.children())
    if (child.type() == pugi::node_doctype)
      fail(child,
           "a DOCTYPE (DTD) is not accepted: entities are never expanded, so files with a "
           "document type declaration (entity definitions, external entities) are refused");
}

exchange::Where XmlInput::where(const pugi::xml_node& node) const {
  const auto offset = node.offset_debug();
  if (offset < 0 || offset > std::ssize(text_)) return {file_, 0, 0};
  // offset_debug points at the name; step back to the '<' (or "<!" of a DOCTYPE).
  auto start = static_cast<std::size_t>(offset);
  while (start > 0 && text_[start - 1] != '<' && start + 10 > static_cast<std::size_t>(offset))
    --start;
  if (start > 0 && text_[start - 1] == '<') --start;
  const auto at = position_of(text_, start);
  return {file_, at.line, at.column};
}

void XmlInput::fail(const pugi::xml_node& node, const std::string& what) const {
  const auto at = where(node);
  throw ParseError(at.file, at.line, at.column, what);
}

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string xml_text(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

const char* xml_chars(const std::string& text, const char* format) {
  if (text.find('\0') != std::string::npos)
    throw Error(std::string(format) + " cannot hold the character U+0000 (in \"" +
                text.substr(0, text.find('\0')) + "...\")");
  return text.c_str();
}

}  // namespace innonet::io
