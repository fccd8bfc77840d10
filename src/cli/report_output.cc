#include "report_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "sigaudit/common/errors.h"

namespace sigaudit {

namespace {

[[noreturn]] void cannot_write(const std::string& path, int error) {
    throw UsageError(fmt::format("--output: cannot write {}: {}", path, std::strerror(error)),
                     "give a file in a folder that exists and that you may write to");
}

// The whole of `text` to `fd`, through short writes and interruptions.
bool write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(wrote);
    }
    return true;
}

}  // namespace

void write_whole_file(const std::string& path, const std::string& text) {
    const std::filesystem::path target(path);
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string temporary = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        cannot_write(path, errno);
    }
    // mkstemp makes the file 0600; a report is for reading, like any file.
    ::fchmod(fd, 0644);
    const bool written = write_all(fd, text) && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written || std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int cause = written ? errno : error;
        std::remove(temporary.c_str());
        cannot_write(path, cause);
    }
}

std::string written_line(const OutputFlags& output) {
    return fmt::format("sigaudit: wrote the {} report to {}\n", format_name(output.format),
                       output.file);
}

}  // namespace sigaudit
