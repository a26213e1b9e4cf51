#include "export/letterlanguage.h"

#include "export/composeddocument.h"
#include "export/glyphcoverage.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>

namespace mla::core {

namespace {

QString lastPart(const QString &key)
{
    return key.section(QLatin1Char('.'), -1);
}

QString primaryLanguage(const QString &code)
{
    return code.trimmed().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

bool hidden(const Request &request, const FieldDefinition &field)
{
    return !field.visibleWhen.isEmpty() && !request.flag(field.visibleWhen);
}

/// Text fields that hold identifiers or codes, which are the same in every language.
bool isCodeField(const QString &key)
{
    static const QStringList kCodes = {QStringLiteral("reference"), QStringLiteral("caseNumbers"),
                                       QStringLiteral("identifiers"), QStringLiteral("currency"),
                                       QStringLiteral("timeZone")};
    return kCodes.contains(lastPart(key)) || key == QLatin1String("language.translation");
}

bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter()) {
            return true;
        }
    }
    return false;
}

/// Calls @p visit for every field value of the request the form defines, in the form's order:
/// (step, field, FieldRef, raw value).
template <typename Visit>
void forEachValue(const Request &request, const RequestForm &form, Visit visit)
{
    for (const FormStep &step : form.steps()) {
        if (!step.isCollection()) {
            for (const FieldDefinition &field : step.fields) {
                visit(step, field, FieldRef{QString(), 0, field.key}, request.value(field.key));
            }
            continue;
        }
        const QList<CollectionItem> items = request.items(step.collection);
        for (const CollectionItem &item : items) {
            for (const FieldDefinition &field : step.fields) {
                visit(step, field, FieldRef{step.collection, item.id, field.key}, item.value(field.key));
            }
        }
    }
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString::fromUtf16(text.getBuffer(), text.length());
}

/// The ICU transform for a name in @p script; Cyrillic is told apart by the letters only some
/// languages use, since BGN tables differ (Ukrainian и is "y", Russian и is "i").
QString transformFor(QChar::Script script, const QString &name)
{
    switch (script) {
    case QChar::Script_Cyrillic: {
        const auto any = [&name](const char16_t *letters) {
            for (const char16_t *c = letters; *c; ++c) {
                if (name.contains(QChar(*c), Qt::CaseInsensitive)) {
                    return true;
                }
            }
            return false;
        };
        if (any(u"іїєґ")) {
            return QStringLiteral("Ukrainian-Latin/BGN");
        }
        if (any(u"ў")) {
            return QStringLiteral("Belarusian-Latin/BGN");
        }
        if (any(u"ђјљњћџ")) {
            return QStringLiteral("Serbian-Latin/BGN");
        }
        if (any(u"ѓќѕ")) {
            return QStringLiteral("Macedonian-Latin/BGN");
        }
        return QStringLiteral("Russian-Latin/BGN");
    }
    case QChar::Script_Greek:
        return QStringLiteral("Greek-Latin/UNGEGN");
    case QChar::Script_Han:
        // Surname readings (单 is Shan, 曾 is Zeng), which plain Han-Latin gets wrong.
        return QStringLiteral("Han-Latin/Names");
    case QChar::Script_Georgian:
        return QStringLiteral("Georgian-Latin/BGN");
    case QChar::Script_Armenian:
        return QStringLiteral("Armenian-Latin/BGN");
    default:
        return QStringLiteral("Any-Latin");
    }
}

/// ICU transliterators are costly to build and not thread-safe to share, so each thread keeps
/// its own, one per transform.
icu::Transliterator *transliterator(const QString &id)
{
    thread_local std::unordered_map<std::u16string, std::unique_ptr<icu::Transliterator>> cache;
    const std::u16string key(reinterpret_cast<const char16_t *>(id.utf16()), static_cast<size_t>(id.size()));
    auto it = cache.find(key);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString icuId(key.data(), static_cast<int32_t>(key.size()));
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance(icuId, UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            created.reset();
        }
        it = cache.emplace(key, std::move(created)).first;
    }
    return it->second.get();
}

} // namespace

QString draftingLanguage(const Request &request)
{
    const QString language = primaryLanguage(request.value(QStringLiteral("language.letter")));
    return language.isEmpty() ? QStringLiteral("en") : language;
}

bool isPersonNameField(const QString &collection, const QString &key)
{
    Q_UNUSED(collection)
    static const QStringList kNameParts = {QStringLiteral("familyName"), QStringLiteral("givenNames"),
                                           QStringLiteral("otherNames"), QStringLiteral("contactPerson"),
                                           QStringLiteral("contactName")};
    return kNameParts.contains(lastPart(key)) || key == QLatin1String("signature.name");
}

QList<FieldRef> fieldsNeedingTranslation(const Request &request, const RequestForm &form,
                                         const QString &outputLanguage)
{
    QList<FieldRef> fields;
    if (primaryLanguage(outputLanguage) == draftingLanguage(request)) {
        return fields;
    }
    forEachValue(request, form,
                 [&](const FormStep &, const FieldDefinition &field, const FieldRef &ref, const QString &raw) {
                     const bool freeText = field.kind == FieldKind::Text || field.kind == FieldKind::Multiline;
                     if (!freeText || hidden(request, field) || isPersonNameField(ref.collection, field.key) ||
                         isCodeField(field.key) || !hasLetter(raw)) {
                         return;
                     }
                     fields.append(ref);
                 });
    return fields;
}

QString fieldDisplayName(const Request &request, const RequestForm &form, const FieldRef &field)
{
    const FormStep *step = form.stepFor(field.collection, field.key);
    const FieldDefinition *definition = form.field(field.collection, field.key);
    const QString label = definition ? definition->label : field.key;
    if (!step) {
        return label;
    }
    if (field.isScalar()) {
        return step->title == label ? label : step->title + QStringLiteral(", ") + label;
    }
    const QList<CollectionItem> items = request.items(field.collection);
    qsizetype position = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == field.itemId) {
            position = i + 1;
        }
    }
    return QCoreApplication::translate("LetterLanguage", "%1, entry %2, %3")
        .arg(step->title, QString::number(position), label);
}

QString latinTranscription(const QString &name)
{
    QChar::Script script = QChar::Script_Unknown;
    for (const char32_t c : name.toUcs4()) {
        const QChar::Script s = QChar::script(c);
        if (QChar::isLetter(c) && s != QChar::Script_Latin && s != QChar::Script_Common &&
            s != QChar::Script_Inherited) {
            script = s;
            break;
        }
    }
    if (script == QChar::Script_Unknown) {
        return {};
    }
    const QString id = transformFor(script, name) + QStringLiteral("; Latin-ASCII");
    icu::Transliterator *transform = transliterator(id);
    if (!transform) {
        return {};
    }
    icu::UnicodeString text(reinterpret_cast<const char16_t *>(name.utf16()), static_cast<int32_t>(name.size()));
    transform->transliterate(text);
    // What Latin-ASCII leaves (ʿ for ayin, letters of scripts ICU cannot read) is dropped, and
    // words are capitalised as names are (Han-Latin writes "zhang wei").
    QString out;
    bool wordStart = true;
    for (const QChar c : fromIcu(text)) {
        if (c.unicode() >= 0x80) {
            continue;
        }
        if (c.isSpace()) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))) {
                out.append(QLatin1Char(' '));
            }
            wordStart = true;
            continue;
        }
        out.append(wordStart ? c.toUpper() : c);
        wordStart = c == QLatin1Char('-');
    }
    out = out.trimmed();
    return hasLetter(out) && out != name ? out : QString();
}

QList<UnprintableCharacter> findUnprintable(const Request &request, const RequestForm &form)
{
    QList<UnprintableCharacter> found;
    const GlyphCoverage &coverage = GlyphCoverage::bundled();
    forEachValue(request, form, [&](const FormStep &, const FieldDefinition &field, const FieldRef &ref,
                                    const QString &raw) {
        if (raw.isEmpty() || hidden(request, field) || field.kind == FieldKind::Flag) {
            return;
        }
        if (field.kind == FieldKind::Choice && field.optionLabel(raw.trimmed()) != raw.trimmed()) {
            return;
        }
        // The writers drop controls and lone surrogates (printableText), so those are no finding.
        if (const auto missing = coverage.firstMissing(printableText(raw))) {
            found.append({ref, fieldDisplayName(request, form, ref), *missing});
        }
    });
    return found;
}

Result<void> checkPrintable(const Request &request, const RequestForm &form)
{
    const QList<UnprintableCharacter> found = findUnprintable(request, form);
    if (found.isEmpty()) {
        return {};
    }
    const UnprintableCharacter &first = found.constFirst();
    QString message = QCoreApplication::translate(
                          "LetterLanguage",
                          "The character %1 in \"%2\" cannot be printed: none of the fonts that come with the "
                          "app has it. Remove or replace the character.")
                          .arg(GlyphCoverage::describe(first.character), first.fieldName);
    if (found.size() > 1) {
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("LetterLanguage", "%n more field(s) have such characters.", nullptr,
                                               static_cast<int>(found.size() - 1));
    }
    return makeError(ErrorCode::Export, message);
}

} // namespace mla::core
