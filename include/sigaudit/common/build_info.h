#pragma once

#include <string_view>

namespace sigaudit {

// What this binary is, for --version and every JSON report: the release
// (CMake's project version) and the commit it was built from, as git's
// short id, "-dirty" when the tree had uncommitted changes, "unknown" when
// the source was not a git checkout.
std::string_view build_version();
std::string_view build_commit();

}  // namespace sigaudit
