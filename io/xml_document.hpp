#pragma once
// XML input for the GraphML and GEXF readers, through pugixml, with the defences every XML
// reader needs and one place for locations:
//   - a document with a DOCTYPE is refused before anything else: no DTD is read, so no entity is
//     ever expanded ("billion laughs", external entities fetching files or URLs);
//   - malformed XML is a ParseError at the file:line:column pugixml stopped at;
//   - pugixml's parser keeps no recursion per level, so deep nesting costs memory only in
//     proportion to the file (no stack overflow); readers walk only the levels they know.
// Line breaks inside values are kept as written (no end-of-line or attribute-whitespace
// normalisation), so text written by the XML writers reads back byte for byte.
#include <pugixml.hpp>
#include <string>

#include "io/exchange_record.hpp"

namespace innonet::io {

class XmlInput {
 public:
  XmlInput(std::string text, std::string file);  // parses; ParseError on bad XML or a DTD
  const pugi::xml_document& document() const { return document_; }
  // Where a node starts (its tag), as file:line:column.
  exchange::Where where(const pugi::xml_node& node) const;
  [[noreturn]] void fail(const pugi::xml_node& node, const std::string& what) const;
  const std::string& file() const { return file_; }

 private:
  std::string text_;
  std::string file_;
  pugi::xml_document document_;
};

// The element name without its namespace prefix ("viz:position" -> "position").
std::string_view local_name(const pugi::xml_node& node);
// The document as UTF-8 text with two-space indents and an XML declaration.
std::string xml_text(const pugi::xml_document& document);
// `text` for pugixml, which takes C strings: an Error naming `format` when it holds U+0000, which
// XML cannot hold and which would silently end the text there. (Attribute keys and values that
// hold it are written under "attributes" as JSON text instead: exchange::Rules::nul.)
const char* xml_chars(const std::string& text, const char* format);

}  // namespace innonet::io
