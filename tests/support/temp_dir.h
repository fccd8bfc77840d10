#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace sigaudit::testing {

// A fresh directory, removed with everything in it when the object goes.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Writes `contents` to `name` inside the directory; returns the full path.
    std::string write(const std::string& name, std::string_view contents) const;

  private:
    std::filesystem::path path_;
};

// The path of a file under tests/fixtures/.
std::string fixture(const std::string& relative);

// A file's bytes; empty when it cannot be read.
std::string read_file(const std::string& path);
// A file of the source tree ("README.md", "rules/sig-roles.yaml").
std::string source_file(const std::string& relative);

}  // namespace sigaudit::testing
