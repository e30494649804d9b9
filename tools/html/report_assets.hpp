#pragma once
// The style sheet and script of the HTML report, written for it (no library, no network).
#include <string_view>

namespace innonet::html {

std::string_view report_css();
std::string_view report_script();

}  // namespace innonet::html
