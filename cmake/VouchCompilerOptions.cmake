# SPDX-License-Identifier: Apache-2.0
# Warnings, sanitizers and hardening, applied per target so that third-party code
# (and Qt's generated moc files) is judged by its own rules.

set(VOUCH_WARNINGS
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    -Wmisleading-indentation)
# GCC only; clang (the fuzz preset) does not know them.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    list(APPEND VOUCH_WARNINGS -Wduplicated-cond -Wlogical-op)
endif()

function(vouch_apply_compiler_options target)
    target_compile_options(${target} PRIVATE ${VOUCH_WARNINGS})
    if(VOUCH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Qt string-safety: no implicit conversions between char* and QString.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS QT_NO_FOREACH)
endfunction()

if(VOUCH_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer (fuzz/, docs/security.md): every target is instrumented for coverage and
# checked by ASan+UBSan; only the fuzzer executables link libFuzzer's main.
if(VOUCH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VOUCH_FUZZ needs clang (cmake --preset fuzz); this is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(VOUCH_HARDEN)
    add_compile_options(-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE)
    # -pie for executables only: the modules the program loads (CMakeLists.txt) are
    # shared objects.
    add_link_options(-Wl,-z,relro,-z,now $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-pie>)
endif()
