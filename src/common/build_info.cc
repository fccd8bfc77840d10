#include "sigaudit/common/build_info.h"

// Generated at every build (cmake/build_commit.cmake); only this file
// includes it, so a new commit recompiles this file alone.
#include "sigaudit/common/build_commit.h"
#include "sigaudit/common/version.h"

namespace sigaudit {

std::string_view build_version() {
    return kVersion;
}

std::string_view build_commit() {
    return kBuildCommit;
}

}  // namespace sigaudit
