#include <catch2/catch.hpp>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"
#include "support/temp_dir.h"

using namespace sigaudit;

namespace {

Diagnostic rejection_of(const std::string& bytes) {
    try {
        make_text_file("roster.yaml", bytes);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    FAIL("the bytes were accepted");
    return {};
}

}  // namespace

TEST_CASE("UTF-8 text with CJK names and CRLF line ends is accepted", "[text]") {
    const TextFile file = make_text_file("r.yaml", "name: 张伟\r\nnote: ok\r\n");
    CHECK(file.line(1) == "name: 张伟");
    CHECK(file.line(2) == "note: ok");
    CHECK(file.line(3).empty());
    CHECK(file.line(0).empty());
}

TEST_CASE("a UTF-8 byte order mark is dropped", "[text]") {
    CHECK(make_text_file("r.yaml", "\xEF\xBB\xBFMembers:\n").text == "Members:\n");
}

TEST_CASE("invalid UTF-8 is rejected with its line and column", "[text]") {
    const Diagnostic d = rejection_of("Members:\n- name: \xC3\x28\n");
    CHECK(d.code == Code::invalid_utf8);
    CHECK(d.where.file == "roster.yaml");
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 9);
    CHECK_THAT(d.message, Catch::Contains("line 2, column 9"));
}

TEST_CASE("overlong encodings, surrogates and truncated sequences are not UTF-8", "[text]") {
    CHECK(rejection_of("a: \xC0\xAF\n").code == Code::invalid_utf8);
    CHECK(rejection_of("a: \xED\xA0\x80\n").code == Code::invalid_utf8);
    CHECK(rejection_of("a: \xF4\x90\x80\x80\n").code == Code::invalid_utf8);
    CHECK(rejection_of("a: \xE4\xB8").code == Code::invalid_utf8);
}

TEST_CASE("NUL and control bytes mark a binary file", "[text]") {
    const Diagnostic d =
        rejection_of(std::string("Members:\n\x7f"
                                 "ELF\0\x01",
                                 14));
    CHECK(d.code == Code::not_text);
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 1);
}

TEST_CASE("tabs are text, kept as written", "[text]") {
    const TextFile file = make_text_file("r.yaml", "a:\tb\n");
    CHECK(file.text == "a:\tb\n");
    CHECK(file.line(1) == "a:\tb");
}

TEST_CASE("reading refuses files over the size cap before reading them", "[text]") {
    testing::TempDir dir;
    const std::string path = dir.write("big.yaml", std::string(2048, 'a'));
    try {
        read_text_file(path, 1024);
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().code == Code::file_too_large);
        CHECK(e.diagnostic().where.file == path);
    }
    CHECK(read_text_file(path, 4096).text.size() == 2048);
}

TEST_CASE("a missing file or a directory cannot be read", "[text]") {
    testing::TempDir dir;
    for (const std::string& path : {(dir.path() / "absent.yaml").string(), dir.path().string()}) {
        try {
            read_text_file(path);
            FAIL("accepted " << path);
        } catch (const InputError& e) {
            CHECK(e.diagnostic().code == Code::file_unreadable);
            CHECK(e.diagnostic().where.file == path);
        }
    }
}
