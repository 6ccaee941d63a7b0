// SPDX-License-Identifier: Apache-2.0
// The PDF sign-off read back with poppler-qt6: sections, findings, signers, footers,
// the watermark, hostile user text, a large assessment, and the embedded package.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "model/Sha256.h"
#include "report/ReportDocument.h"
#include "services/AssessmentService.h"
#include "services/ReportService.h"
#include "services/SigningService.h"
#include "signing/PdfEmbedding.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poppler-qt6.h>

using namespace vouch;
using nlohmann::json;

namespace {

// Text as extracted, made comparable with text as typed: compatibility forms (Arabic
// presentation forms) folded, bidi controls and all whitespace removed (wrapping
// inserts line breaks anywhere).
QString comparable(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(
        QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\s]")));
    return folded;
}

// Characters outside the Basic Multilingual Plane (emoji) render, but Qt 6.4's PDF
// writer gives them no Unicode mapping, so they cannot be extracted; see the note in
// docs/pdf-report.md.
QString withoutAstralCharacters(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSurrogate()) {
            result += c;
        }
    }
    return result;
}

struct Pdf
{
    std::unique_ptr<Poppler::Document> document;
    QStringList pages;  // everything on the page
    QStringList bodies; // without the header and footer bands, so text that runs on
                        // across a page break reads back in one piece

    [[nodiscard]] QString all() const { return pages.join(QLatin1Char('\n')); }
    [[nodiscard]] QString body() const { return bodies.join(QLatin1Char('\n')); }
};

Pdf readPdf(const QString& path)
{
    Pdf pdf;
    pdf.document = Poppler::Document::load(path);
    if (!pdf.document || pdf.document->isLocked()) {
        qFatal("poppler cannot read %s", qPrintable(path));
    }
    for (int i = 0; i < pdf.document->numPages(); ++i) {
        const auto page = pdf.document->page(i);
        pdf.pages << page->text(QRectF());
        const auto size = page->pageSizeF();
        pdf.bodies << page->text(QRectF(0, 50, size.width(), size.height() - 100));
    }
    return pdf;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    std::vector<signing::SigningKey> m_keys;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    store::Library newLibrary() { return test::newLibrary(m_dir, m_counter); }

    std::string newDraft(const store::Library& library,
                         const model::QuestionnaireSnapshot& questionnaire, const json& document)
    {
        return test::createDraft(library, questionnaire, document);
    }

    void sign(const store::Library& library, const std::string& id, std::size_t signers)
    {
        const services::SigningService service(&library, "alice");
        for (std::size_t i = 0; i < signers; ++i) {
            const auto role =
                i == 0 ? signing::SignatureRole::Assessor : signing::SignatureRole::Approver;
            if (!service.signAssessment(id, m_keys.at(i), role,
                                        services::defaultAttestation(role))) {
                qFatal("signing failed");
            }
        }
    }

    static void checkEveryPage(const Pdf& pdf, const std::string& payloadSha256)
    {
        const int pages = pdf.document->numPages();
        for (int i = 0; i < pages; ++i) {
            const auto& text = pdf.pages[i];
            QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(i + 1).arg(pages)),
                     qPrintable(text.right(300)));
            QVERIFY(text.contains(QStringLiteral("payload SHA-256 ") +
                                  QString::fromStdString(payloadSha256.substr(0, 16))));
        }
    }

    static void checkNothingRunsOffThePage(const Pdf& pdf)
    {
        for (int i = 0; i < pdf.document->numPages(); ++i) {
            auto page = pdf.document->page(i);
            const QRectF box(QPointF(0, 0), page->pageSizeF());
            for (const auto& word : page->textList()) {
                QVERIFY2(box.contains(word->boundingBox()),
                         qPrintable(QStringLiteral("page %1: \"%2\" at %3,%4 runs off the page")
                                        .arg(i + 1)
                                        .arg(word->text())
                                        .arg(word->boundingBox().right())
                                        .arg(word->boundingBox().bottom())));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        const std::vector<signing::SignerIdentity> people{
            {"Dr. Alice Example", "Assessor", "alice@example.org"},
            {"Bob Approver", "CISO", "bob@example.org"},
            {"Carol Privacy", "DPO", "carol@example.org"}};
        for (std::size_t i = 0; i < people.size(); ++i) {
            m_keys.push_back(test::makeSigningKey(
                file(QStringLiteral("key%1.key").arg(i)).toStdString(), people[i]));
        }
    }

    void signedReportReadsBackComplete()
    {
        auto library = newLibrary();
        auto document = test::readJson(test::baselineAnswersPath());
        document["answers"]["usecase.tier"] = "clinician_assisted";
        document["answers"]["usecase.human_review"] = "no";
        document["answers"]["usecase.local_validation"] = "yes";
        document["answers"]["usecase.section1557_review"] = "completed";
        document["answers"]["network.access"] = "all_networks";
        document["answers"]["data.categories"] = {"pii"};
        document["answers"]["data.dpia"] = "completed";
        document["answers"]["contract.dpa_scc"] = "yes";
        document["answers"].erase("usecase.affects_care_access");
        document["actions"] = {
            {{"finding", "human-oversight-missing"},
             {"what", "Require clinician sign-off before prior-auth letters are sent"},
             {"owner", "Dr. Mei Tanaka"},
             {"due", "2020-01-31"}},
            {{"finding", "baa-missing"},
             {"what", "Confirm BAA scope"},
             {"owner", "Legal"},
             {"due", "2099-01-31"},
             {"status", "done"}}};
        const auto id = newDraft(library, *m_questionnaire, document);
        sign(library, id, 2);
        const QString path = file(QStringLiteral("signed.pdf"));
        const auto written = services::exportAssessmentPdf(library, id, path.toStdString(),
                                                           report::Paper::A4, "alice");
        QVERIFY2(written, written ? "" : written.error().message.c_str());

        const auto pdf = readPdf(path);
        QVERIFY(pdf.document->numPages() >= 3);
        // The decision is on page 1 with the people who signed it, not the typed Assessor.
        const auto first = comparable(pdf.pages.front());
        for (const auto* expected : {"MEDIUM", "BLOCKED", "Signed by"}) {
            QVERIFY2(first.contains(comparable(QString::fromLatin1(expected))), expected);
        }
        for (std::size_t i = 0; i < 2; ++i) { // the two who signed
            const auto& key = m_keys.at(i);
            QVERIFY2(first.contains(comparable(QString::fromStdString(key.identity().name))),
                     key.identity().name.c_str());
        }
        QVERIFY(first.contains(comparable(QStringLiteral("(assessor)"))));
        QVERIFY(first.contains(comparable(QStringLiteral("(approver)"))));
        const auto text = pdf.all();
        for (const auto& title : report::ReportDocument::sectionTitles()) {
            QVERIFY2(text.contains(title), qPrintable(title));
        }
        QVERIFY(text.contains(QStringLiteral("MEDIUM")));
        QVERIFY(text.contains(QStringLiteral("BLOCKED")));
        const services::AssessmentService assessments(library, "alice");
        const auto opened = *assessments.open(id);
        // Long titles and ids (control-denied.clinician-review-before-action) wrap.
        const auto flat = comparable(text);
        for (const auto& finding : opened.payload.evaluation["findings"]) {
            QVERIFY(flat.contains(
                comparable(QString::fromStdString(finding["title"].get<std::string>()))));
            QVERIFY(flat.contains(
                comparable(QString::fromStdString("[" + finding["id"].get<std::string>() + "]"))));
        }
        QVERIFY(opened.payload.evaluation["findings"].size() >= 2);
        for (std::size_t i = 0; i < 2; ++i) {
            QVERIFY(text.contains(QString::fromStdString(m_keys[i].identity().name)));
            QVERIFY(comparable(text).contains(QString::fromStdString(m_keys[i].publicKey().keyId)));
        }
        QVERIFY(text.contains(QStringLiteral("valid-untrusted")));
        // The action plan, with the open, past-due action marked overdue.
        QVERIFY(text.contains(report::ReportDocument::actionPlanTitle()));
        // (the action wraps inside its column, so look for its words)
        for (const auto* word :
             {"Require", "clinician", "prior-auth", "letters", "Dr. Mei Tanaka"}) {
            QVERIFY2(text.contains(QString::fromUtf8(word)), word);
        }
        QVERIFY(text.contains(QStringLiteral("2020-01-31 (overdue)")));
        QVERIFY(text.contains(QStringLiteral("baa-missing")));
        QVERIFY(text.contains(QStringLiteral("raised)")));
        const auto sha = model::sha256Hex(opened.revision.payload);
        QVERIFY(comparable(text).contains(
            QString::fromStdString(sha))); // full hash on the sign-off page
        checkEveryPage(pdf, sha);
        QVERIFY(!text.contains(QStringLiteral("UNSIGNED DRAFT")));
        QVERIFY(text.contains(QStringLiteral("Informational, not legal advice")));
        QCOMPARE(pdf.document->info(QStringLiteral("Title")),
                 QStringLiteral("Internal policy Q&A assistant"));
        QVERIFY(pdf.document->metadata().contains(QStringLiteral("vouch:package")));

        // The PDF proves itself: the embedded package verifies and names this payload.
        QFile bytes(path);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const auto embedded = signing::packageJsonFromPdf(bytes.readAll().toStdString());
        QVERIFY(embedded.has_value());
        const auto package = signing::packageFromJson(json::parse(*embedded), "embedded");
        QVERIFY(package.ok());
        QCOMPARE(model::sha256Hex(package.value->payload), sha);
        const services::SigningService service(nullptr, "x");
        const auto report = service.verify(*package.value);
        QVERIFY(!report.signatures.anyInvalid());
        QVERIFY(report.consistent);
    }

    void draftCarriesTheWatermarkOnEveryPage()
    {
        auto library = newLibrary();
        const auto id =
            newDraft(library, *m_questionnaire, test::readJson(test::baselineAnswersPath()));
        const QString path = file(QStringLiteral("draft.pdf"));
        QVERIFY(services::exportAssessmentPdf(library, id, path.toStdString(),
                                              report::Paper::Letter, "alice"));
        const auto pdf = readPdf(path);
        for (const auto& page : pdf.pages) {
            QVERIFY(page.contains(QStringLiteral("UNSIGNED DRAFT")));
        }
        QVERIFY(pdf.all().contains(QStringLiteral("Draft (unsigned)")));
        // US Letter when asked.
        QCOMPARE(pdf.document->page(0)->pageSizeF().toSize(), QSize(612, 792));
    }

    // Issue 14 section 4: the report says as of which date the law and the facts were
    // judged, names sources past their re-verify date, and cites sources by title and
    // publisher, never by an internal id such as seed-002.
    void reportDatesTheEvaluationAndNamesSourcesDue()
    {
        auto library = newLibrary();
        auto document = test::readJson(test::baselineAnswersPath());
        document["answers"]["usecase.tier"] = "clinician_assisted";
        document["answers"]["usecase.human_review"] = "no";
        document["answers"].erase("usecase.affects_care_access");
        const auto id = newDraft(library, *m_questionnaire, document);
        const QString path = file(QStringLiteral("dated.pdf"));
        QVERIFY(services::exportAssessmentPdf(library, id, path.toStdString(), report::Paper::A4,
                                              "alice"));
        const auto pdf = readPdf(path);
        const services::AssessmentService assessments(library, "alice");
        const auto asOf = assessments.open(id)->payload.evaluation["as_of"].get<std::string>();
        const auto flat = comparable(pdf.all());
        QVERIFY(flat.contains(
            comparable(QStringLiteral("evaluated as of %1").arg(QString::fromStdString(asOf)))));
        QVERIFY(flat.contains(comparable(QStringLiteral("Re-verify by"))));
        QVERIFY(flat.contains(comparable(QStringLiteral("past its re-verify date"))));
        // Page 1 gives the count; the Sources table marks each one with its dates.
        QVERIFY(comparable(pdf.pages.front())
                    .contains(comparable(QStringLiteral("were past their re-verify date"))));
        QVERIFY(!comparable(pdf.pages.front())
                     .contains(comparable(QStringLiteral("Getting started with Azure OpenAI"))));
        QVERIFY(flat.contains(comparable(QStringLiteral("Getting started with Azure OpenAI"))));
        QVERIFY(flat.contains(comparable(QStringLiteral("2026-02-13"))));
        // Finding sources name title and publisher.
        QVERIFY(flat.contains(comparable(QStringLiteral("Microsoft Learn (as of"))));
        QVERIFY(!pdf.all().contains(QRegularExpression(QStringLiteral("seed-\\d"))));
    }

    // Hostile text and a large assessment: 200 matrix rows, a 10,000-character note,
    // markup, entities, right-to-left text and emoji; three signatures.
    void largeHostileAssessmentStaysLiteralAndOnThePage()
    {
        auto questionnaireJson = test::readJson(test::shippedQuestionnairePath());
        auto& sections = questionnaireJson["sections"];
        auto& matrix = sections.back()["questions"][0];
        QCOMPARE(matrix["type"].get<std::string>(), std::string("matrix"));
        const auto existing = matrix["items"].size();
        for (std::size_t i = existing; i < 200; ++i) {
            matrix["items"].push_back(
                {{"id", "extra.item-" + std::to_string(i)},
                 {"title", "Additional control " + std::to_string(i) + " agreed with the vendor"},
                 {"owner", i % 2 == 0 ? "customer" : "shared"}});
        }
        questionnaireJson["version"] = "1.0.0-large";
        const auto questionnaire =
            model::loadQuestionnaireSnapshot(questionnaireJson.dump(), "large.json");
        QVERIFY2(questionnaire.ok(),
                 questionnaire.ok() ? "" : questionnaire.errors.front().toString().c_str());

        auto document = test::readJson(test::baselineAnswersPath());
        // HTML markup cannot be saved (texts are plain text); what can be must print as typed.
        const std::string markup = "a < b > c &amp; &lt;i&gt; & \"x\" <3";
        const std::string rtl = "تقييم المخاطر السريرية";
        const std::string emoji = "Clinic 🏥 ✅";
        document["meta"]["title"] = markup;
        document["meta"]["workload"] = rtl;
        document["meta"]["organisation"] = emoji;
        std::string longNote;
        while (longNote.size() < 9400) {
            longNote += "Evidence reviewed on site; ";
        }
        longNote +=
            std::string(600 - (longNote.size() - 9400), 'Z'); // an unbroken 600-character token
        longNote.resize(10000, 'Z');
        auto& entries = document["answers"]["responsibility.matrix"];
        for (std::size_t i = existing; i < 200; ++i) {
            entries["extra.item-" + std::to_string(i)] = {
                {"status", i % 3 == 0 ? "gap" : "in_place"},
                {"evidence", "Ticket CHG-" + std::to_string(1000 + i)}};
        }
        entries["customer.network-design"]["evidence"] = longNote;

        auto library = newLibrary();
        const auto id = newDraft(library, *questionnaire.value, document);
        sign(library, id, 3);
        const QString path = file(QStringLiteral("large.pdf"));
        const auto written = services::exportAssessmentPdf(library, id, path.toStdString(),
                                                           report::Paper::A4, "alice");
        QVERIFY2(written, written ? "" : written.error().message.c_str());

        const auto pdf = readPdf(path);
        qInfo("large report: %d pages", pdf.document->numPages());
        // A table row that runs over a page break continues below the repeated header.
        const auto text =
            comparable(pdf.body()).remove(QStringLiteral("ItemOwnerStatusEvidenceAttachments"));
        for (const auto& typed : {markup, rtl, emoji, longNote}) {
            const auto expected =
                comparable(withoutAstralCharacters(QString::fromStdString(typed)));
            QVERIFY2(text.contains(expected), qPrintable(QString::fromStdString(typed).left(80)));
        }
        // Every one of the 200 matrix rows is there (titles wrap inside their column,
        // so count them, and find each row's one-line evidence).
        // Rows marked as a gap are named once more, in the responsibility-gap finding.
        qsizetype gaps = 0;
        for (std::size_t i = existing; i < 200; ++i) {
            gaps += i % 3 == 0 ? 1 : 0;
        }
        QCOMPARE(text.count(QStringLiteral("Additionalcontrol")),
                 static_cast<qsizetype>(200 - existing) + gaps);
        for (std::size_t i = existing; i < 200; ++i) {
            QVERIFY(text.contains(QStringLiteral("TicketCHG-%1").arg(1000 + i)));
        }
        for (const auto& key : m_keys) {
            QVERIFY(text.contains(comparable(QString::fromStdString(key.identity().name))));
        }
        const services::AssessmentService assessments(library, "alice");
        checkEveryPage(pdf, model::sha256Hex(assessments.open(id)->revision.payload));
        checkNothingRunsOffThePage(pdf);
    }

    void invalidPackagesGetNoPdf()
    {
        auto library = newLibrary();
        const auto id =
            newDraft(library, *m_questionnaire, test::readJson(test::baselineAnswersPath()));
        sign(library, id, 1);
        const services::SigningService service(&library, "alice");
        auto package = *service.packageOf(id);
        package.signatures[0].attestation = "changed";
        const QString path = file(QStringLiteral("invalid.pdf"));
        const auto refused = services::exportPdf(package, std::nullopt, path.toStdString(), nullptr,
                                                 report::Paper::A4);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 path.toStdString() + ": not written: the package has an invalid signature");
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
