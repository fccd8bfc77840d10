#include "support/golden.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include "sigaudit/common/build_info.h"

namespace sigaudit::testing {

namespace {

std::string golden_path(const std::string& name) {
    return std::string(SIGAUDIT_SOURCE_DIR) + "/tests/golden/" + name;
}

bool updating() {
    const char* value = std::getenv("SIGAUDIT_UPDATE_GOLDEN");
    return value != nullptr && std::string_view(value) == "1";
}

// "line 12 differs:\n  expected: ...\n  actual:   ...": enough to see what
// changed without a diff tool.
std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream want(expected);
    std::istringstream got(actual);
    std::string want_line;
    std::string got_line;
    for (int line = 1;; ++line) {
        const bool has_want = static_cast<bool>(std::getline(want, want_line));
        const bool has_got = static_cast<bool>(std::getline(got, got_line));
        if (!has_want && !has_got) {
            return "the outputs differ only in their final line break";
        }
        if (!has_want || !has_got || want_line != got_line) {
            return "line " + std::to_string(line) +
                   " differs:\n  expected: " + (has_want ? want_line : "(end of file)") +
                   "\n  actual:   " + (has_got ? got_line : "(end of output)");
        }
    }
}

// The commit a JSON report names changes with every commit: the golden
// files hold "COMMIT" in its place.
std::string without_commit(std::string text) {
    const std::string commit = "\"commit\": \"" + std::string(build_commit()) + "\"";
    for (std::size_t at = text.find(commit); at != std::string::npos; at = text.find(commit, at)) {
        text.replace(at, commit.size(), "\"commit\": \"COMMIT\"");
    }
    return text;
}

}  // namespace

GoldenCheck check_golden(const std::string& name, const std::string& raw) {
    const std::string actual = without_commit(raw);
    const std::string path = golden_path(name);
    if (updating()) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << actual;
        return out ? GoldenCheck{true, "written " + path}
                   : GoldenCheck{false, "cannot write " + path};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {false,
                path + " is missing; run the tests with SIGAUDIT_UPDATE_GOLDEN=1 to write it"};
    }
    std::ostringstream expected;
    expected << in.rdbuf();
    if (expected.str() == actual) {
        return {true, ""};
    }
    return {false, name + ": " + first_difference(expected.str(), actual) +
                       "\n(SIGAUDIT_UPDATE_GOLDEN=1 rewrites the golden files)"};
}

}  // namespace sigaudit::testing
