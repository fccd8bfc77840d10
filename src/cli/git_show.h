#pragma once

#include <string>

namespace sigaudit {

// The contents of `path` at git revision `ref` (`git show REF:./PATH`, run
// without a shell). Throws InputError naming the ref when git fails.
std::string git_show(const std::string& ref, const std::string& path);

}  // namespace sigaudit
