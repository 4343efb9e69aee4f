# ctest packaging.VersionsAgree: the version of the project (CMakeLists.txt) is the newest release of
# the AppStream metainfo and the newest entry of the Debian changelog (as <version>-<revision>).
# Usage: cmake -DVERSION=<project version> -DSOURCE_DIR=<source dir> -P versions-agree.cmake
file(READ "${SOURCE_DIR}/packaging/linux/org.accountdesk.AccountDesk.metainfo.xml" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
set(metainfo_version "${CMAKE_MATCH_1}")
file(STRINGS "${SOURCE_DIR}/packaging/linux/changelog" first_line LIMIT_COUNT 1)
string(REGEX MATCH "^accountdesk \\(([^)-]+)-[^)]+\\)" _ "${first_line}")
set(changelog_version "${CMAKE_MATCH_1}")
if(NOT metainfo_version STREQUAL VERSION OR NOT changelog_version STREQUAL VERSION)
    message(FATAL_ERROR "project ${VERSION}, metainfo's newest release '${metainfo_version}', "
        "changelog's newest entry '${changelog_version}': add the release to both")
endif()
message(STATUS "version ${VERSION} in CMakeLists.txt, the metainfo and the changelog")
