// SPDX-License-Identifier: Apache-2.0
#include "model/ProgramModule.h"

#include <dlfcn.h>
#include <link.h>
#include <unistd.h>
#include <vector>

namespace vouch::model {
namespace {

std::vector<std::string> programSearchPath()
{
    std::vector<std::string> folders;
    void* program = dlopen(nullptr, RTLD_NOW);
    Dl_serinfo size{};
    if (program == nullptr || dlinfo(program, RTLD_DI_SERINFOSIZE, &size) != 0) {
        return folders;
    }
    std::vector<char> buffer(size.dls_size);
    auto* info = reinterpret_cast<Dl_serinfo*>(buffer.data());
    dlinfo(program, RTLD_DI_SERINFOSIZE, info);
    if (dlinfo(program, RTLD_DI_SERINFO, info) == 0) {
        for (unsigned int i = 0; i < info->dls_cnt; ++i) {
            folders.emplace_back(info->dls_serpath[i].dls_name);
        }
    }
    return folders;
}

} // namespace

void* openProgramModule(const std::string& file, std::string& error)
{
    for (const auto& folder : programSearchPath()) {
        const std::string path = folder + "/" + file;
        if (access(path.c_str(), F_OK) == 0) {
            if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
                return handle;
            }
            const char* why = dlerror();
            error = why != nullptr ? why : path + ": cannot be loaded";
            return nullptr;
        }
    }
    error = file + ": not found beside the program";
    return nullptr;
}

} // namespace vouch::model
