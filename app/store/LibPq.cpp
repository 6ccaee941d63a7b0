// SPDX-License-Identifier: Apache-2.0
#include "store/LibPq.h"

#include <dlfcn.h>
#include <string>

namespace vouch::store {
namespace {

// libpq's soname since PostgreSQL 8.2; Debian's libpq5 package installs it.
constexpr const char* kLibPq = "libpq.so.5";

Result<const LibPq*> load()
{
    // Never closed: the connections that use it live until the process ends.
    void* handle = dlopen(kLibPq, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        return Error{std::string("PostgreSQL: cannot load its client library ") + kLibPq + " (" +
                     (why != nullptr ? why : "not found") + "); install the libpq5 package"};
    }
    static LibPq functions;
#define VOUCH_LIBPQ_RESOLVE(name)                                                                  \
    functions.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                    \
    if (functions.name == nullptr) {                                                               \
        return Error{std::string("PostgreSQL: ") + kLibPq + " has no " + #name +                   \
                     " (libpq too old; Vouch needs PostgreSQL 15's or newer)"};                    \
    }
    VOUCH_LIBPQ_FUNCTIONS(VOUCH_LIBPQ_RESOLVE)
#undef VOUCH_LIBPQ_RESOLVE
    return &functions;
}

} // namespace

Result<const LibPq*> loadLibPq()
{
    static const Result<const LibPq*> loaded = load();
    return loaded;
}

} // namespace vouch::store
