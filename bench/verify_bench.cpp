// SPDX-License-Identifier: Apache-2.0
// Verify benchmark and machine description, run on demand (bench/run), never as a test.
//
//   verify_bench versions            the libraries as loaded at run time (Qt, OpenSSL,
//                                    SQLite, nlohmann/json), for the header of bench/run
//   verify_bench PACKAGE ROUNDS      in-process verify of one package file, ROUNDS times:
//                                    what `vouch verify` does without process start,
//                                    against bare OpenSSL Ed25519 checks of the same
//                                    signatures; medians of CPU time (and of wall time)
//
// The last line of a verify run is machine-readable (key=value) for bench/run.
#include "services/ComponentVersions.h"
#include "services/SigningService.h"
#include "signing/OpenSslHandles.h"
#include "signing/Package.h"
#include "signing/Signatures.h"

#include <openssl/pem.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace vouch;
using Clock = std::chrono::steady_clock;

namespace {

double medianMicros(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// CPU time of this thread. Unlike wall time it does not grow while other people's
// compilers have the CPU: on a loaded 2-core machine a 15 ms measurement is preempted
// far more often than a 1 ms one, which skews a ratio of wall times against the longer.
double threadCpuMicros()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

// Wall and CPU time of one timed step, in microseconds.
struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;

    template <typename Step> void measure(const Step& step)
    {
        const auto wallStart = Clock::now();
        const double cpuStart = threadCpuMicros();
        step();
        cpu.push_back(threadCpuMicros() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::micro>(Clock::now() - wallStart).count());
    }
};

// The baseline: what any verifier must do at least, with nothing of Vouch in between.
// Each key is parsed from its PEM text every time, as a verifier meeting the package
// for the first time (or `openssl pkeyutl -verify`) must.
bool bareVerify(const signing::SignatureEntry& entry)
{
    const signing::BioHandle bio(
        BIO_new_mem_buf(entry.publicKeyPem.data(), static_cast<int>(entry.publicKeyPem.size())));
    const signing::PKeyHandle key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)
                                      : nullptr);
    const signing::MdContextHandle context(EVP_MD_CTX_new());
    if (!key || !context ||
        EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    const auto* signature = reinterpret_cast<const unsigned char*>(entry.signature.data());
    const auto* message = reinterpret_cast<const unsigned char*>(entry.statement.data());
    return EVP_DigestVerify(context.get(), signature, entry.signature.size(), message,
                            entry.statement.size()) == 1;
}

int versions()
{
    for (const auto& [name, version] : services::componentVersions()) {
        std::printf("%s %s\n", name.c_str(), version.c_str());
    }
    return 0;
}

int verifyThroughput(const std::string& path, int rounds)
{
    // A first, untimed verify checks that the package is one worth timing.
    const auto first = signing::readPackageFile(path);
    if (!first.ok()) {
        std::fprintf(stderr, "verify_bench: cannot read %s\n", path.c_str());
        return 1;
    }
    const services::SigningService service(nullptr, "bench");
    const auto checked = service.verify(*first.value);
    if (!checked.signatures.isSigned() || checked.signatures.anyInvalid() || !checked.consistent) {
        std::fprintf(stderr, "verify_bench: %s does not verify\n", path.c_str());
        return 1;
    }
    const auto& signatures = first.value->signatures;

    Samples full;
    Samples sigs;
    Samples bare;
    bool good = true;
    for (int round = 0; round < rounds; ++round) {
        // Interleaved, so all three see the same machine state.
        full.measure([&] {
            const auto package = signing::readPackageFile(path);
            const auto report = service.verify(*package.value);
            good = good && !report.signatures.anyInvalid() && report.consistent;
        });
        sigs.measure([&] {
            const auto only =
                signing::verifyPackage(*first.value, [](const std::string&) { return false; });
            good = good && !only.anyInvalid();
        });
        bare.measure(
            [&] { good = good && std::all_of(signatures.begin(), signatures.end(), bareVerify); });
    }
    if (!good) {
        std::fprintf(stderr, "verify_bench: a timed verify failed\n");
        return 1;
    }
    const auto report = [](const char* what, const Samples& samples) {
        std::printf("  %s: %.0f us CPU, %.0f us wall\n", what, medianMicros(samples.cpu),
                    medianMicros(samples.wall));
    };
    std::printf("in-process verify of %s (%zu signatures), median of %d:\n", path.c_str(),
                signatures.size(), rounds);
    report("read + verify + re-evaluate (vouch verify without process start)", full);
    report("signatures only (signing::verifyPackage)", sigs);
    report("bare OpenSSL Ed25519 of the same statements", bare);
    // CPU time, for the reason given at threadCpuMicros.
    std::printf("full_us=%.1f signatures_us=%.1f bare_us=%.1f signatures=%zu rounds=%d\n",
                medianMicros(full.cpu), medianMicros(sigs.cpu), medianMicros(bare.cpu),
                signatures.size(), rounds);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 2 && std::string(argv[1]) == "versions") {
        return versions();
    }
    if (argc == 3) {
        const long rounds = std::strtol(argv[2], nullptr, 10);
        if (rounds > 0) {
            return verifyThroughput(argv[1], static_cast<int>(rounds));
        }
    }
    std::fprintf(stderr, "usage: verify_bench versions | PACKAGE ROUNDS\n");
    return 2;
}
