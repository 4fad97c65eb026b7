# Builds the Debian package from the build folder and checks what it holds and depends on.
#   cmake -DBUILD_DIR=... -DOUT_DIR=... -DAPP_ID=... -P check_deb.cmake
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND cpack -G DEB -B ${OUT_DIR} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found ${count}")
endif()
execute_process(COMMAND dpkg -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "dpkg -c failed")
endif()
set(expected
    ./usr/bin/token-cost-explorer
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/mime/packages/${APP_ID}.xml
    ./usr/share/token-cost-explorer/translations/token-cost-explorer_de.qm
    ./usr/share/token-cost-explorer/translations/token-cost-explorer_fr.qm
    ./usr/share/token-cost-explorer/translations/token-cost-explorer_es.qm
    ./usr/share/token-cost-explorer/translations/token-cost-explorer_zh_CN.qm
    ./usr/share/doc/token-cost-explorer/LICENSE)
foreach(path IN LISTS expected)
    string(FIND "${listing}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}; it holds:\n${listing}")
    endif()
endforeach()
foreach(unwanted tst_ tests_ bench_ fuzz_ "\\.a\n")
    if(listing MATCHES "${unwanted}")
        message(FATAL_ERROR "the package holds build-only files (${unwanted}):\n${listing}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dep libqt6widgets6 libqcustomplot2.1-qt6 qt6-qpa-plugins libqt6svg6 fonts-noto-cjk)
    string(FIND "${depends}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}: ${depends}")
    endif()
endforeach()
message(STATUS "${debs}: ${depends}")
