# Linux desktop integration and the Debian documentation files, all made at build time from their
# one source each: PNG icons from the SVG (rsvg-convert), man pages from each program's --help
# (help2man), changelog.Debian.gz from linux/changelog. scripts/setup installs both tools.
find_program(RSVG_CONVERT rsvg-convert)
find_program(HELP2MAN help2man)
find_program(GZIP_EXECUTABLE gzip)
if(NOT RSVG_CONVERT OR NOT HELP2MAN OR NOT GZIP_EXECUTABLE)
    message(FATAL_ERROR "packaging needs rsvg-convert (librsvg2-bin), help2man and gzip: run scripts/setup")
endif()

set(ACCOUNTDESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/accountdesk)
set(generated ${CMAKE_CURRENT_BINARY_DIR}/linux)
set(outputs)

install(FILES linux/${ACCOUNTDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/${ACCOUNTDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ACCOUNTDESK_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Icons: the sizes the hicolor theme lists as fixed-size directories.
set(ACCOUNTDESK_ICON_DIRS)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${generated}/icons/${size}x${size}/${ACCOUNTDESK_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${ACCOUNTDESK_ICON_SVG}
        DEPENDS ${ACCOUNTDESK_ICON_SVG}
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND outputs ${png})
    set(dir /usr/share/icons/hicolor/${size}x${size})
    list(APPEND ACCOUNTDESK_ICON_DIRS ${dir} ${dir}/apps)
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND ACCOUNTDESK_ICON_DIRS /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

# Man pages from --help and --version, so they never disagree with the programs. Neither needs a
# display; leak checking is off for sanitizer builds (the programs exit from inside Qt's parser).
foreach(program accountdesk accountdesk-cli)
    if(program STREQUAL "accountdesk")
        set(what "desktop application to edit customer accounts on SaaS platforms")
    else()
        set(what "edit customer accounts on SaaS platforms from the command line")
    endif()
    set(page ${generated}/man/${program}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}/man
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
            ${HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${what}
                --version-string=${PROJECT_VERSION}
                --include=${CMAKE_CURRENT_SOURCE_DIR}/linux/${program}.h2m
                --output=${page} $<TARGET_FILE:${program}>
        COMMAND ${GZIP_EXECUTABLE} -9nf ${page}
        DEPENDS ${program} ${CMAKE_CURRENT_SOURCE_DIR}/linux/${program}.h2m
        COMMENT "Writing the man page of ${program}"
        VERBATIM)
    list(APPEND outputs ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# Debian: the changelog compressed without a timestamp (gzip -9n), and the machine-readable copyright.
add_custom_command(OUTPUT ${generated}/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog ${generated}/changelog.Debian
    COMMAND ${GZIP_EXECUTABLE} -9nf ${generated}/changelog.Debian
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
list(APPEND outputs ${generated}/changelog.Debian.gz)
install(FILES ${generated}/changelog.Debian.gz linux/copyright DESTINATION ${ACCOUNTDESK_DOC_DIR})

add_custom_target(accountdesk_linux_desktop ALL DEPENDS ${outputs})
