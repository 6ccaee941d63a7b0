// SPDX-License-Identifier: Apache-2.0
// Libraries, drafts and signing keys for tests above the store (services, report).
#pragma once

#include "TestSupport.h"
#include "services/AssessmentService.h"
#include "signing/Keys.h"

#include <QTemporaryDir>

namespace vouch::test {

inline const std::string kTestPassphrase = "correct horse battery staple";

// A new, empty library file in `dir`; `counter` numbers the files.
inline store::Library newLibrary(const QTemporaryDir& dir, int& counter)
{
    auto library = store::Library::open(
        dir.filePath(QStringLiteral("lib%1.vouchdb").arg(++counter)).toStdString(),
        store::OpenIntent::CreateIfMissing);
    if (!library) {
        qFatal("%s", library.error().message.c_str());
    }
    return std::move(*library);
}

// A draft from an answers document ({"answers", "meta", "actions"}); its id.
inline std::string createDraft(const store::Library& library,
                               const model::QuestionnaireSnapshot& questionnaire,
                               const nlohmann::json& document)
{
    auto answers = model::parseAnswers(document, questionnaire.questionnaire, "answers.json");
    if (!answers.ok()) {
        qFatal("%s", answers.errors.front().toString().c_str());
    }
    const services::AssessmentService service(library, "alice");
    auto id = service.createDraft(questionnaire, *answers.value,
                                  model::AssessmentMeta::fromAnswers(*answers.value));
    if (!id) {
        qFatal("%s", id.error().message.c_str());
    }
    return *id;
}

// Key files at `path` (kTestPassphrase), loaded for signing.
inline signing::SigningKey makeSigningKey(const std::string& path,
                                          const signing::SignerIdentity& identity)
{
    if (!signing::generateKeyFiles(path, identity, kTestPassphrase)) {
        qFatal("keygen failed for %s", path.c_str());
    }
    auto key = signing::loadSigningKey(path, kTestPassphrase);
    if (!key) {
        qFatal("%s", key.error().message.c_str());
    }
    return std::move(*key);
}

// Puts `key` in the library's trust list, as `vouch trust add KEY.pub` does.
inline void trustKey(const store::Library& library, const signing::SigningKey& key)
{
    const auto& identity = key.identity();
    if (auto trusted = library.trustKey(
            {key.publicKey().keyId, key.publicKey().pem, identity.name, identity.email, {}},
            "test");
        !trusted) {
        qFatal("%s", trusted.error().message.c_str());
    }
}

} // namespace vouch::test
