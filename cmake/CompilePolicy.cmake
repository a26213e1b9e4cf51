# One INTERFACE target carries the compile policy every target of ours links.
add_library(mla_compile_policy INTERFACE)
target_compile_features(mla_compile_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(mla_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    POINTERHOLDER_TRANSITION=4)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mla_compile_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -fstack-protector-strong)
    target_link_options(mla_compile_policy INTERFACE -Wl,-z,relro,-z,now)
    if(MLA_ENABLE_ASAN)
        target_compile_options(mla_compile_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(mla_compile_policy INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(mla_compile_policy INTERFACE /W4 /permissive- /utf-8)
endif()
