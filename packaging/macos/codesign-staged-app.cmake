# CPACK_PRE_BUILD_SCRIPTS hook (macOS): signs the staged "Account Desk.app" before DragNDrop puts it
# into the .dmg, when ACCOUNTDESK_CODESIGN_IDENTITY is set; unsigned builds (CI without secrets) skip it.
if(NOT DEFINED ENV{ACCOUNTDESK_CODESIGN_IDENTITY} OR "$ENV{ACCOUNTDESK_CODESIGN_IDENTITY}" STREQUAL "")
    message(STATUS "ACCOUNTDESK_CODESIGN_IDENTITY is not set: the app in the .dmg is not signed")
    return()
endif()
file(GLOB_RECURSE info_plists LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app/Contents/Info.plist")
foreach(info_plist IN LISTS info_plists)
    get_filename_component(contents "${info_plist}" DIRECTORY)
    get_filename_component(app "${contents}" DIRECTORY)
    execute_process(COMMAND "${CMAKE_CURRENT_LIST_DIR}/sign-and-notarize.sh" sign "${app}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
