#include "support/ci_checkout.h"

#include <filesystem>
#include <fstream>

namespace sigaudit::testing {

namespace {

const std::string kSource = SIGAUDIT_SOURCE_DIR;

}  // namespace

Checkout::Checkout() {
    std::filesystem::copy_file(kSource + "/examples/snapshot/gitee.db", store);
    std::ifstream roster(kSource + "/examples/sig_members.yaml");
    repo.commit_file("sig/sig_members.yaml",
                     std::string(std::istreambuf_iterator<char>(roster), {}), "base");
}

void Checkout::add_member(const std::string& login) const {
    const std::filesystem::path path = dir.path() / "sig" / "sig_members.yaml";
    std::ifstream in(path);
    std::string text(std::istreambuf_iterator<char>(in), {});
    text.insert(text.find("Contributors:\n") + 14, "- name: New\n  gitee_id: " + login + "\n");
    std::ofstream(path) << text;
}

ProcessResult Checkout::ci(std::vector<std::string> args) const {
    args.insert(args.begin(), "ci");
    args.insert(args.end(), {"--store", store, "--offline", "--as-of", "2026-08-31"});
    return repo.sigaudit(args);
}

}  // namespace sigaudit::testing
