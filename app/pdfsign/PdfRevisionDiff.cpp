// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/PdfRevisionDiff.h"

#include <map>
#include <memory>
#include <optional>
#include <podofo/podofo.h>
#include <set>

namespace vouch::pdfsign {
namespace {

using namespace PoDoFo;

std::string refText(const PdfReference& reference)
{
    return std::to_string(reference.ObjectNumber()) + " " +
           std::to_string(reference.GenerationNumber()) + " R";
}

std::string variantText(const PdfObject* object)
{
    std::string text;
    if (object != nullptr) {
        object->ToString(text, ePdfWriteMode_Compact);
    }
    return text;
}

std::string streamBytes(const PdfObject* object)
{
    if (!object->HasStream()) {
        return {};
    }
    char* bytes = nullptr;
    pdf_long length = 0;
    object->GetStream()->GetCopy(&bytes, &length);
    std::string copy(bytes != nullptr ? bytes : "", static_cast<std::size_t>(length));
    podofo_free(bytes);
    return copy;
}

std::string nameOf(const PdfObject* dictionary, const char* key)
{
    if (dictionary == nullptr || !dictionary->IsDictionary()) {
        return {};
    }
    const PdfObject* value = dictionary->GetDictionary().GetKey(key);
    return value != nullptr && value->IsName() ? value->GetName().GetName() : std::string();
}

std::string describeObject(const PdfObject* object)
{
    std::string type = nameOf(object, "Type");
    if (type.empty()) {
        type = nameOf(object, "Subtype");
    }
    if (type.empty()) {
        type = object->HasStream() ? "stream" : object->IsArray() ? "array" : "object";
    } else {
        type = "/" + type;
    }
    return "object " + refText(object->Reference()) + " (" + type + ")";
}

class Revision
{
public:
    explicit Revision(std::string_view bytes)
    {
        m_document.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()), false);
    }

    PdfMemDocument& document() { return m_document; }
    const PdfObject* trailerKey(const char* key)
    {
        return m_document.GetTrailer()->GetDictionary().GetKey(key);
    }
    PdfObject* resolve(const PdfObject* object)
    {
        if (object != nullptr && object->IsReference()) {
            return m_document.GetObjects().GetObject(object->GetReference());
        }
        return const_cast<PdfObject*>(object);
    }

private:
    PdfMemDocument m_document;
};

// Keys of two dictionaries whose values differ (present in one only counts).
std::set<std::string> differingKeys(const PdfObject* before, const PdfObject* after)
{
    std::set<std::string> keys;
    if (!before->IsDictionary() || !after->IsDictionary()) {
        keys.insert("(not a dictionary)");
        return keys;
    }
    const auto& a = before->GetDictionary().GetKeys();
    const auto& b = after->GetDictionary().GetKeys();
    for (const auto& [key, value] : a) {
        const auto other = b.find(key);
        if (other == b.end() || variantText(value) != variantText(other->second)) {
            keys.insert(key.GetName());
        }
    }
    for (const auto& [key, value] : b) {
        if (a.find(key) == a.end()) {
            keys.insert(key.GetName());
        }
    }
    return keys;
}

class Comparison
{
public:
    Comparison(Revision& before, Revision& after)
        : m_before(before)
        , m_after(after)
    {}

    std::vector<std::string> run()
    {
        const PdfObject* rootBefore = m_before.trailerKey("Root");
        const PdfObject* rootAfter = m_after.trailerKey("Root");
        if (rootBefore == nullptr || rootAfter == nullptr || !rootBefore->IsReference() ||
            !rootAfter->IsReference()) {
            return {"a revision has no document catalog"};
        }
        if (rootBefore->GetReference() != rootAfter->GetReference()) {
            m_lines.push_back("replaced the document catalog (" +
                              refText(rootBefore->GetReference()) + " -> " +
                              refText(rootAfter->GetReference()) + ")");
            return m_lines;
        }
        m_root = rootAfter->GetReference();
        if (const PdfObject* info = m_after.trailerKey("Info"); info && info->IsReference()) {
            m_info = info->GetReference();
        }
        collectContext();
        for (PdfObject* old : m_before.document().GetObjects()) {
            const PdfObject* now = m_after.document().GetObjects().GetObject(old->Reference());
            if (now == nullptr) {
                m_lines.push_back("removed " + describeObject(old));
                continue;
            }
            if (variantText(old) == variantText(now) && streamBytes(old) == streamBytes(now)) {
                continue;
            }
            classify(old, now);
        }
        return m_lines;
    }

private:
    void collectContext()
    {
        PdfMemDocument& document = m_after.document();
        for (int i = 0; i < document.GetPageCount(); ++i) {
            const PdfObject* page = document.GetPage(i)->GetObject();
            m_pages[page->Reference()] = i + 1;
            const PdfObject* annots = page->GetDictionary().GetKey("Annots");
            if (annots != nullptr && annots->IsReference()) {
                m_annotArrays[annots->GetReference()] = i + 1;
            }
        }
        const PdfObject* catalog = document.GetObjects().GetObject(m_root);
        const PdfObject* form = catalog->GetDictionary().GetKey("AcroForm");
        if (form != nullptr && form->IsReference()) {
            m_form = form->GetReference();
        }
        const PdfObject* formObject = m_after.resolve(form);
        if (formObject != nullptr && formObject->IsDictionary()) {
            const PdfObject* fields = formObject->GetDictionary().GetKey("Fields");
            if (fields != nullptr && fields->IsReference()) {
                m_fieldArray = fields->GetReference();
            }
        }
    }

    // A signature widget (merged field and widget, or a widget whose parent is a
    // signature field).
    bool isSignatureWidget(const PdfObject* entry)
    {
        const PdfObject* object = m_after.resolve(entry);
        if (object == nullptr || !object->IsDictionary()) {
            return false;
        }
        if (nameOf(object, "FT") == "Sig") {
            return nameOf(object, "Subtype").empty() || nameOf(object, "Subtype") == "Widget";
        }
        const PdfObject* parent = m_after.resolve(object->GetDictionary().GetKey("Parent"));
        return nameOf(object, "Subtype") == "Widget" && nameOf(parent, "FT") == "Sig";
    }

    // `after` keeps every entry of `before` (in order) and adds only signature widgets.
    void checkGrowth(const PdfObject* before, const PdfObject* after, const std::string& what)
    {
        const PdfObject* a = m_before.resolve(before);
        const PdfObject* b = m_after.resolve(after);
        if (b == nullptr || !b->IsArray() || (a != nullptr && !a->IsArray())) {
            m_lines.push_back("changed " + what + " into something that is not a list");
            return;
        }
        const std::size_t kept = a != nullptr ? a->GetArray().size() : 0;
        if (b->GetArray().size() < kept) {
            m_lines.push_back("removed entries from " + what +
                              " (a signature or annotation removed)");
            return;
        }
        for (std::size_t i = 0; i < kept; ++i) {
            if (variantText(&a->GetArray()[i]) != variantText(&b->GetArray()[i])) {
                m_lines.push_back("replaced or reordered entries of " + what);
                return;
            }
        }
        for (std::size_t i = kept; i < b->GetArray().size(); ++i) {
            if (!isSignatureWidget(&b->GetArray()[i])) {
                const PdfObject* added = m_after.resolve(&b->GetArray()[i]);
                m_lines.push_back("added to " + what + " something that is not a signature: " +
                                  (added != nullptr ? describeObject(added) : "(missing)"));
            }
        }
    }

    void checkKeys(const PdfObject* old, const PdfObject* now, const std::string& what,
                   const std::set<std::string>& allowed)
    {
        for (const auto& key : differingKeys(old, now)) {
            if (allowed.count(key) == 0) {
                m_lines.push_back("changed " + what + " (/" + key + ")");
            }
        }
    }

    void classify(const PdfObject* old, const PdfObject* now)
    {
        const PdfReference& reference = now->Reference();
        if (old->HasStream() || now->HasStream()) {
            m_lines.push_back("changed the content of " + describeObject(now));
            return;
        }
        if (reference == m_root) {
            checkKeys(old, now, "the document catalog", {"AcroForm"});
            const PdfObject* formBefore = old->GetDictionary().GetKey("AcroForm");
            const PdfObject* formAfter = now->GetDictionary().GetKey("AcroForm");
            if (formBefore == nullptr && formAfter != nullptr) {
                // A new form: every field in it must be a signature.
                const PdfObject* form = m_after.resolve(formAfter);
                checkGrowth(nullptr,
                            form != nullptr && form->IsDictionary()
                                ? form->GetDictionary().GetKey("Fields")
                                : nullptr,
                            "the form fields");
            } else if (formBefore != nullptr && variantText(formBefore) != variantText(formAfter)) {
                if (formBefore->IsDictionary() && formAfter != nullptr &&
                    formAfter->IsDictionary()) {
                    checkForm(formBefore, formAfter);
                } else {
                    m_lines.push_back("replaced the form (/AcroForm) of the document catalog");
                }
            }
            return;
        }
        if (m_info && reference == *m_info) {
            checkKeys(old, now, "the document information", {"ModDate", "Producer"});
            return;
        }
        if (const auto page = m_pages.find(reference); page != m_pages.end()) {
            const std::string what = "page " + std::to_string(page->second);
            checkKeys(old, now, what, {"Annots"});
            const PdfObject* annotsBefore = old->GetDictionary().GetKey("Annots");
            const PdfObject* annotsAfter = now->GetDictionary().GetKey("Annots");
            if (variantText(annotsBefore) != variantText(annotsAfter)) {
                if (annotsBefore != nullptr && annotsBefore->IsReference() &&
                    (annotsAfter == nullptr || !annotsAfter->IsReference() ||
                     annotsAfter->GetReference() != annotsBefore->GetReference())) {
                    m_lines.push_back("replaced the annotations of " + what);
                } else if (annotsBefore == nullptr || !annotsBefore->IsReference()) {
                    // Direct lists, or a new list: the old entries stay, only signatures join.
                    checkGrowth(annotsBefore, annotsAfter, "the annotations of " + what);
                }
            }
            return;
        }
        if (const auto annots = m_annotArrays.find(reference); annots != m_annotArrays.end()) {
            checkGrowth(old, now, "the annotations of page " + std::to_string(annots->second));
            return;
        }
        if (m_form && reference == *m_form) {
            checkForm(old, now);
            return;
        }
        if (m_fieldArray && reference == *m_fieldArray) {
            checkGrowth(old, now, "the form fields");
            return;
        }
        if (nameOf(now, "Type") == "Pages") {
            m_lines.push_back("changed the page tree (" + describeObject(now) +
                              "): pages added, removed or reordered");
            return;
        }
        m_lines.push_back("changed " + describeObject(now));
    }

    void checkForm(const PdfObject* old, const PdfObject* now)
    {
        checkKeys(old, now, "the form (/AcroForm)", {"Fields", "SigFlags", "DA", "DR"});
        const PdfObject* fieldsBefore = old->GetDictionary().GetKey("Fields");
        const PdfObject* fieldsAfter = now->GetDictionary().GetKey("Fields");
        if (variantText(fieldsBefore) == variantText(fieldsAfter)) {
            return;
        }
        if (fieldsBefore != nullptr && fieldsBefore->IsReference()) {
            m_lines.push_back("replaced the form fields");
        } else {
            checkGrowth(fieldsBefore, fieldsAfter, "the form fields");
        }
    }

    Revision& m_before;
    Revision& m_after;
    PdfReference m_root;
    std::optional<PdfReference> m_info;
    std::optional<PdfReference> m_form;
    std::optional<PdfReference> m_fieldArray;
    std::map<PdfReference, int> m_pages;
    std::map<PdfReference, int> m_annotArrays;
    std::vector<std::string> m_lines;
};

} // namespace

std::vector<std::string> disallowedChanges(std::string_view before, std::string_view after)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    try {
        auto older = std::make_unique<Revision>(before);
        auto newer = std::make_unique<Revision>(after);
        return Comparison(*older, *newer).run();
    } catch (const PdfError& failure) {
        const char* name = PdfError::ErrorName(failure.GetError());
        return {std::string("cannot read the revisions to compare (PoDoFo: ") +
                (name != nullptr ? name : "error") + ")"};
    } catch (const std::exception& failure) {
        return {std::string("cannot read the revisions to compare (") + failure.what() + ")"};
    }
}

} // namespace vouch::pdfsign
