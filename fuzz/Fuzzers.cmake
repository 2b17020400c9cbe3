# BAZA_WITH_FUZZERS: builds fuzz/ with clang as an external project and registers a short run
# of each fuzzer with ctest (about 12 s each). Longer runs: docs/development.md.
option(BAZA_WITH_FUZZERS "Build the libFuzzer targets for the CSV and vCard readers (clang)" ON)
if(BAZA_WITH_FUZZERS)
    find_program(BAZA_CLANGXX NAMES clang++ clang++-14)
    set(libfuzzer "")
    if(BAZA_CLANGXX)
        # libFuzzer's runtime ships separately from clang (Debian: libclang-rt-dev).
        execute_process(COMMAND ${BAZA_CLANGXX} -print-resource-dir
            OUTPUT_VARIABLE resource OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        file(GLOB libfuzzer "${resource}/lib/linux/libclang_rt.fuzzer-x86_64.a"
            "${resource}/lib/*/libclang_rt.fuzzer.a")
    endif()
    if(NOT libfuzzer)
        message(WARNING "BAZA_WITH_FUZZERS: clang++ or libFuzzer's runtime not found; the "
            "fuzzers are not built (install clang and libclang-rt-dev, or pass "
            "-DBAZA_WITH_FUZZERS=OFF)")
        set(BAZA_WITH_FUZZERS OFF)
    endif()
endif()
add_feature_info(Fuzzers BAZA_WITH_FUZZERS "libFuzzer targets for the CSV and vCard readers")

if(BAZA_WITH_FUZZERS)
    include(ExternalProject)
    set(BAZA_FUZZ_DIR "${CMAKE_BINARY_DIR}/fuzz")
    ExternalProject_Add(baza_fuzzers
        SOURCE_DIR "${CMAKE_SOURCE_DIR}/fuzz"
        BINARY_DIR "${BAZA_FUZZ_DIR}"
        CMAKE_ARGS -DCMAKE_CXX_COMPILER=${BAZA_CLANGXX}
                   -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
                   -DCMAKE_BUILD_TYPE=RelWithDebInfo
        BUILD_ALWAYS ON
        INSTALL_COMMAND ""
        BUILD_BYPRODUCTS "${BAZA_FUZZ_DIR}/fuzz_csv" "${BAZA_FUZZ_DIR}/fuzz_vcard")
    if(BAZA_WITH_TESTS)
        set(seconds 12)
        add_test(NAME fuzz_csv COMMAND "${CMAKE_SOURCE_DIR}/fuzz/run.sh"
            "${BAZA_FUZZ_DIR}/fuzz_csv" ${seconds} "${CMAKE_SOURCE_DIR}/tests/data/csv"
            "${CMAKE_SOURCE_DIR}/tests/data/broken" -- -seed=1)
        add_test(NAME fuzz_vcard COMMAND "${CMAKE_SOURCE_DIR}/fuzz/run.sh"
            "${BAZA_FUZZ_DIR}/fuzz_vcard" ${seconds} "${CMAKE_SOURCE_DIR}/tests/data/vcard"
            "${CMAKE_SOURCE_DIR}/tests/data/broken" -- -seed=1)
        set_tests_properties(fuzz_csv fuzz_vcard PROPERTIES TIMEOUT 120 LABELS fuzz)
    endif()
endif()
