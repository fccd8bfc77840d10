# Writes OUTPUT, a header naming the commit the build comes from, at every
# build (not only at configure time, which a later commit would outlive).
# The file is rewritten only when its text changes, so that an unchanged
# commit recompiles nothing. COMMIT, when given, wins: a build from a
# tarball has no git to ask.
if(COMMIT)
    set(commit "${COMMIT}")
else()
    execute_process(COMMAND git -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                    OUTPUT_VARIABLE commit RESULT_VARIABLE failed
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(failed OR commit STREQUAL "")
        set(commit "unknown")
    else()
        execute_process(COMMAND git -C "${SOURCE_DIR}" status --porcelain --untracked-files=no
                        OUTPUT_VARIABLE changes ERROR_QUIET)
        if(NOT changes STREQUAL "")
            string(APPEND commit "-dirty")
        endif()
    endif()
endif()
set(text "#pragma once\n\nnamespace sigaudit {\ninline constexpr const char* kBuildCommit = \"${commit}\";\n}\n")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUTPUT}" "${text}")
endif()
