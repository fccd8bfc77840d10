# What `cmake --install` puts where (GNU layout under the prefix):
#   bin/sigaudit                                  the binary, stripped
#   share/sigaudit/rules/                         the shipped rules, found from bin/
#   share/doc/sigaudit/                           README, docs, licence, examples/
#   share/man/man1/sigaudit.1.gz                  the manual page
#   share/bash-completion/completions/sigaudit    completions, written by the
#   share/zsh/vendor-completions/_sigaudit        binary itself
#   share/fish/vendor_completions.d/sigaudit.fish
#   bin/sigaudit-pr-job                           the job the CI recipes run
# The binary and the rules come from src/cli/CMakeLists.txt.

set(doc_dir ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md docs/architecture.md docs/criteria.md docs/diagnostics.md docs/gitee.md
        DESTINATION ${doc_dir})
install(FILES LICENSE DESTINATION ${doc_dir} RENAME copyright)
install(FILES examples/sig_members.yaml examples/evidence.yaml examples/sigaudit.yaml
        DESTINATION ${doc_dir}/examples)
install(FILES examples/snapshot/gitee.db DESTINATION ${doc_dir}/examples/snapshot
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES examples/ci/github-actions.yml examples/ci/gitee-go.yml examples/ci/Jenkinsfile
        DESTINATION ${doc_dir}/examples/ci)
# The job the CI recipes run, on PATH beside sigaudit (the build tree
# stages it in bin/ too, where the recipe tests find it).
install(PROGRAMS examples/ci/sigaudit-pr-job DESTINATION ${CMAKE_INSTALL_BINDIR})
set(staged_job ${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_BINDIR}/sigaudit-pr-job)
add_custom_command(OUTPUT ${staged_job}
                   COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/examples/ci/sigaudit-pr-job
                           ${staged_job}
                   DEPENDS examples/ci/sigaudit-pr-job VERBATIM)

# The manual page, with this release's version, compressed as Debian ships
# them (-n: no name or time inside, so the package is reproducible).
set(man_page ${CMAKE_BINARY_DIR}/man/sigaudit.1)
configure_file(docs/man/sigaudit.1.in ${man_page} @ONLY)
add_custom_command(OUTPUT ${man_page}.gz
                   COMMAND gzip -9nkf ${man_page}
                   DEPENDS ${man_page} VERBATIM)

# Completion scripts, from the command tree of the binary just built.
set(completion_dir ${CMAKE_BINARY_DIR}/completions)
set(completions)
foreach(shell bash zsh fish)
    add_custom_command(OUTPUT ${completion_dir}/sigaudit.${shell}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${completion_dir}
                       COMMAND sh -c "\"$1\" completion ${shell} > \"$2\"" sh
                               $<TARGET_FILE:sigaudit> ${completion_dir}/sigaudit.${shell}
                       DEPENDS sigaudit VERBATIM)
    list(APPEND completions ${completion_dir}/sigaudit.${shell})
endforeach()
add_custom_target(sigaudit_install_files ALL DEPENDS ${man_page}.gz ${completions} ${staged_job})

install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${completion_dir}/sigaudit.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME sigaudit)
install(FILES ${completion_dir}/sigaudit.zsh
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions RENAME _sigaudit)
install(FILES ${completion_dir}/sigaudit.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d RENAME sigaudit.fish)

# Installs are meant to be Release builds: say so when this one is not.
if(NOT CMAKE_BUILD_TYPE MATCHES "^(Release|MinSizeRel)$")
    install(CODE "message(WARNING \"installing a ${CMAKE_BUILD_TYPE} build of sigaudit; \
installs are meant to be Release builds (cmake -DCMAKE_BUILD_TYPE=Release)\")")
endif()
# Installed binaries are stripped whether or not --strip was given: the
# debug information is the build tree's, not the user's.
install(CODE "execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-unneeded
                                      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/sigaudit\")")
