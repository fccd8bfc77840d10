# `cpack -G DEB` from a Release build: a .deb for Debian 12 whose
# dependencies are the runtime libraries the binary links (dpkg-shlibdeps
# reads them from the binary itself when dpkg-dev is there; the list below
# is what it finds on Debian 12 otherwise), plus the CA certificates that
# HTTPS to Gitee needs.
set(CPACK_PACKAGE_NAME sigaudit)
set(CPACK_PACKAGE_VENDOR "the sigaudit authors")
set(CPACK_PACKAGE_CONTACT "sigaudit maintainers <sigaudit@users.noreply.gitee.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check MindSpore SIG rosters and promotion criteria")
set(CPACK_PACKAGE_DESCRIPTION
    "sigaudit reads a SIG's sig_members.yaml or sig-info.yaml, syncs each person's \
contributions from the Gitee API into a local store, evaluates declarative rules \
encoding the community's promotion criteria and prints a per-person eligibility \
report with the evidence behind every verdict.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://gitee.com/mindspore/community")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # sigaudit_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "ca-certificates")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libc6 (>= 2.34), libcurl4 (>= 7.16.2), libfmt9 (>= 9.1.0), libgcc-s1 (>= 3.0), "
        "libsqlite3-0 (>= 3.7.15), libstdc++6 (>= 12), libyaml-cpp0.7 (>= 0.7.0), ca-certificates")
    string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
endif()
set(CPACK_GENERATOR DEB)
include(CPack)
