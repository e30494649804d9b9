#pragma once
// Writes a whole file or nothing: the text goes to a temporary file in the destination's folder,
// which is then renamed over the destination (rename is atomic on POSIX file systems). Throws
// innonet::Error naming the path when it cannot write.
#include <string>
#include <string_view>

namespace innonet::html {

void write_file_atomically(const std::string& path, std::string_view text);

}  // namespace innonet::html
