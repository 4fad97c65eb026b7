# Fails when the code has texts a .ts file lacks (or the .ts keeps texts the code dropped):
# runs lupdate on a copy, so the sources are never touched.
#   cmake -DLUPDATE=... -DGENERATOR=... -DPROJECT_FILE=... -DTMP=... -DTS_FILES="a.ts;b.ts" -P
file(REMOVE_RECURSE ${TMP})
file(MAKE_DIRECTORY ${TMP})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_FILE} -DOUT_FILE=${TMP}/project.json
                        -P ${GENERATOR} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project")
endif()
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${TMP})
    execute_process(COMMAND ${LUPDATE} -project ${TMP}/project.json -no-obsolete -locations none
                            -ts ${TMP}/${name}
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
    string(REGEX MATCH "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new and ([0-9]+) already"
           found "${out}")
    if(NOT status EQUAL 0 OR NOT found)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}\n${err}")
    endif()
    set(new ${CMAKE_MATCH_2})
    file(READ ${ts} before)
    file(READ ${TMP}/${name} after)
    if(NOT new EQUAL 0 OR NOT before STREQUAL after)
        message(FATAL_ERROR "${name} is not up to date with the code (${new} new texts, or "
                            "texts the code no longer has). Run: cmake --build <build> --target "
                            "update_translations, then translate what is unfinished.")
    endif()
    message(STATUS "${name}: ${CMAKE_MATCH_1} texts, up to date")
endforeach()
