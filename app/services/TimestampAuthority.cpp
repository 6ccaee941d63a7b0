// SPDX-License-Identifier: Apache-2.0
#include "services/TimestampAuthority.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/http.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace vouch::services {
namespace {

struct OpenSslFree
{
    void operator()(char* text) const { OPENSSL_free(text); }
};
using OpenSslText = std::unique_ptr<char, OpenSslFree>;

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free_all(bio); }
};
using OwnedBio = std::unique_ptr<BIO, BioFree>;

struct UrlParts
{
    bool tls = false;
    OpenSslText host;
    OpenSslText port;
    OpenSslText path;
};

bool parseUrl(const std::string& url, UrlParts& parts)
{
    int tls = 0;
    char* host = nullptr;
    char* port = nullptr;
    char* path = nullptr;
    const int parsed = OSSL_HTTP_parse_url(url.c_str(), &tls, nullptr, &host, &port, nullptr, &path,
                                           nullptr, nullptr);
    parts.tls = tls != 0;
    parts.host.reset(host);
    parts.port.reset(port);
    parts.path.reset(path);
    ERR_clear_error();
    return parsed == 1 && host != nullptr && *host != '\0';
}

// Every error OpenSSL's HTTP client left, oldest first, with its detail, as one phrase
// ("connect error (host=127.0.0.1:9)", "received error (code=500,reason=...)").
std::string httpErrors()
{
    std::vector<std::string> parts;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        const char* reason = ERR_reason_error_string(code);
        std::string part = reason != nullptr ? reason : "error " + std::to_string(code);
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0') {
            part += std::string(" (") + data + ")";
        }
        if (parts.empty() || parts.back() != part) {
            parts.push_back(part);
        }
    }
    if (parts.empty()) {
        return "no answer";
    }
    std::string text;
    for (const auto& part : parts) {
        text += (text.empty() ? "" : ": ") + part;
    }
    return text;
}

struct AddressesFree
{
    void operator()(addrinfo* list) const { freeaddrinfo(list); }
};

struct Socket
{
    int fd = -1;
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    explicit Socket(int descriptor)
        : fd(descriptor)
    {}
    ~Socket()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

// Whether anything accepts a TCP connection at host:port within `timeoutSeconds`; the
// reason when not ("connection refused", "host not found", ...). OpenSSL's HTTP client
// retries a refused connection until its timeout, so a TSA that is down would cost the
// whole timeout and be reported as a timeout; this says at once what happened.
std::optional<std::string> connectProblem(const char* host, const char* port, int timeoutSeconds)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (const int failed = ::getaddrinfo(host, port, &hints, &found); failed != 0) {
        return std::string("cannot find host ") + host + " (" + ::gai_strerror(failed) + ")";
    }
    const std::unique_ptr<addrinfo, AddressesFree> addresses(found);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    std::string problem = "cannot connect";
    for (const addrinfo* address = addresses.get(); address != nullptr;
         address = address->ai_next) {
        const Socket socket(::socket(address->ai_family,
                                     address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                     address->ai_protocol));
        if (socket.fd < 0) {
            problem = std::string("cannot connect (") + std::strerror(errno) + ")";
            continue;
        }
        int error = 0;
        if (::connect(socket.fd, address->ai_addr, address->ai_addrlen) != 0) {
            if (errno != EINPROGRESS) {
                error = errno;
            } else {
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now());
                pollfd wait{socket.fd, POLLOUT, 0};
                const int ready =
                    ::poll(&wait, 1, static_cast<int>(std::max<long long>(0, left.count())));
                socklen_t size = sizeof error;
                if (ready == 0) {
                    return "cannot connect within " + std::to_string(timeoutSeconds) +
                           " s (no answer to the connection request)";
                }
                if (ready < 0 ||
                    ::getsockopt(socket.fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0) {
                    error = errno;
                }
            }
        }
        if (error == 0) {
            return std::nullopt;
        }
        problem = std::string("cannot connect (") + std::strerror(error) + ")";
    }
    return problem;
}

} // namespace

std::optional<std::string> timestampUrlProblem(const std::string& url)
{
    UrlParts parts;
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
        return "the time-stamping authority \"" + url +
               "\" is not an http:// URL (e.g. http://timestamp.example.org/tsa)";
    }
    if (!parseUrl(url, parts)) {
        return "the time-stamping authority \"" + url + "\" is not a URL with a host";
    }
    if (parts.tls) {
        return "the time-stamping authority \"" + url +
               "\" is https://, which Vouch does not speak; use the TSA's http:// address (its "
               "timestamps are signed, so they need no TLS)";
    }
    return std::nullopt;
}

Result<std::string> postTimestampQuery(const std::string& url, std::string_view request,
                                       int timeoutSeconds)
{
    if (auto problem = timestampUrlProblem(url)) {
        return Error{*problem};
    }
    UrlParts parts;
    parseUrl(url, parts);
    ERR_clear_error();
    // Without a proxy in between, a TSA that is down is said at once (a proxy answers
    // for it, and says so in its HTTP status).
    if (OSSL_HTTP_adapt_proxy(nullptr, nullptr, parts.host.get(), 0) == nullptr) {
        if (auto problem = connectProblem(parts.host.get(), parts.port.get(), timeoutSeconds)) {
            return Error{*problem};
        }
    }
    const OwnedBio body(BIO_new_mem_buf(request.data(), static_cast<int>(request.size())));
    if (!body) {
        return Error{"cannot hold the request (" + httpErrors() + ")"};
    }
    constexpr std::size_t kMaxReply = 1 << 20;
    // No TLS, the proxy from the environment (nullptr), not kept alive. The answer must be
    // one DER object (expect_asn1): OpenSSL then reads all of it into memory before it
    // returns (otherwise it hands back the connection to be read later). Its content type
    // is not insisted on; pdfsign judges the bytes.
    const OwnedBio reply(OSSL_HTTP_transfer(
        nullptr, parts.host.get(), parts.port.get(), parts.path.get(), 0, nullptr, nullptr, nullptr,
        nullptr, nullptr, nullptr, 0, nullptr, "application/timestamp-query", body.get(), nullptr,
        1, kMaxReply, timeoutSeconds, 0));
    if (!reply) {
        const auto errors = httpErrors();
        const auto has = [&errors](const char* text) {
            return errors.find(text) != std::string::npos;
        };
        if (has("connect")) {
            return Error{"cannot connect within " + std::to_string(timeoutSeconds) + " s (" +
                         errors + ")"};
        }
        if (has("timeout")) {
            return Error{"did not answer within " + std::to_string(timeoutSeconds) + " s (" +
                         errors + ")"};
        }
        if (has("received error")) {
            return Error{"answered with an HTTP error (" + errors + ")"};
        }
        if (has("asn1") || has("ASN1")) {
            return Error{"answered something that is not a time-stamp response (" + errors + ")"};
        }
        return Error{"the exchange failed (" + errors + ")"};
    }
    std::string answer;
    std::vector<char> chunk(16384);
    int read = 0;
    while ((read = BIO_read(reply.get(), chunk.data(), static_cast<int>(chunk.size()))) > 0) {
        answer.append(chunk.data(), static_cast<std::size_t>(read));
    }
    ERR_clear_error();
    if (answer.empty()) {
        return Error{"answered with an empty body"};
    }
    return answer;
}

pdfsign::Timestamper timestamperFor(const std::string& url)
{
    return {url, [url](std::string_view request) {
                return postTimestampQuery(url, request);
            }};
}

} // namespace vouch::services
