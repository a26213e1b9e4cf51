#include "export/phrasebook.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"
#include "util/translationfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <cstdlib>
#include <utility>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhraseBook", text);
}

const QString kLanguagePattern = QStringLiteral("^[a-z]{2,3}$");

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

Error schemaError(const QString &sourceName, const QString &error)
{
    const qsizetype colon = error.indexOf(QStringLiteral(": "));
    return makeError(ErrorCode::MalformedTemplate,
                     describeJsonSchemaError(sourceName, error.left(colon), error.mid(colon + 2)));
}

/// The placeholders %1..%9 a text uses.
QSet<int> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QSet<int> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(1).toInt());
    }
    return found;
}

struct PhraseSlot
{
    const char *key;
    QString LetterPhrases::*member;
    int placeholderCount; ///< the text must use exactly %1..%n
};

// The JSON member names are the C++ member names, so a phrase is found under one name everywhere.
const PhraseSlot kPhraseSlots[] = {
    {"title", &LetterPhrases::title, 0},
    {"confidentialMarking", &LetterPhrases::confidentialMarking, 0},
    {"urgentMarking", &LetterPhrases::urgentMarking, 0},
    {"referencePattern", &LetterPhrases::referencePattern, 1},
    {"pageNumberPattern", &LetterPhrases::pageNumberPattern, 2},
    {"countryPattern", &LetterPhrases::countryPattern, 2},
    {"itemCaption", &LetterPhrases::itemCaption, 2},
    {"itemCaptionTitled", &LetterPhrases::itemCaptionTitled, 3},
    {"labelled", &LetterPhrases::labelled, 2},
    {"yes", &LetterPhrases::yes, 0},
    {"nameTranscription", &LetterPhrases::nameTranscription, 2},
    {"headingRequestingAuthority", &LetterPhrases::headingRequestingAuthority, 0},
    {"headingLegalBasis", &LetterPhrases::headingLegalBasis, 0},
    {"headingProceedings", &LetterPhrases::headingProceedings, 0},
    {"headingFacts", &LetterPhrases::headingFacts, 0},
    {"headingOffences", &LetterPhrases::headingOffences, 0},
    {"headingPersons", &LetterPhrases::headingPersons, 0},
    {"headingMeasures", &LetterPhrases::headingMeasures, 0},
    {"headingProcedures", &LetterPhrases::headingProcedures, 0},
    {"headingAssurances", &LetterPhrases::headingAssurances, 0},
    {"headingUrgency", &LetterPhrases::headingUrgency, 0},
    {"headingConfidentiality", &LetterPhrases::headingConfidentiality, 0},
    {"headingFurther", &LetterPhrases::headingFurther, 0},
    {"headingContact", &LetterPhrases::headingContact, 0},
    {"headingAnnexes", &LetterPhrases::headingAnnexes, 0},
    {"openingFull", &LetterPhrases::openingFull, 4},
    {"openingNoAddressee", &LetterPhrases::openingNoAddressee, 3},
    {"openingNoAuthority", &LetterPhrases::openingNoAuthority, 3},
    {"openingMinimal", &LetterPhrases::openingMinimal, 2},
    {"purposeMla", &LetterPhrases::purposeMla, 0},
    {"purposeExtradition", &LetterPhrases::purposeExtradition, 0},
    {"purposeProvisionalArrest", &LetterPhrases::purposeProvisionalArrest, 0},
    {"purposeConfiscation", &LetterPhrases::purposeConfiscation, 0},
    {"purposeTransfer", &LetterPhrases::purposeTransfer, 0},
    {"requestedStateNamed", &LetterPhrases::requestedStateNamed, 1},
    {"requestedStateUnnamed", &LetterPhrases::requestedStateUnnamed, 0},
    {"requestingStateNamed", &LetterPhrases::requestingStateNamed, 1},
    {"requestingStateUnnamed", &LetterPhrases::requestingStateUnnamed, 0},
    {"reciprocityIntro", &LetterPhrases::reciprocityIntro, 0},
    {"evidenceIntro", &LetterPhrases::evidenceIntro, 0},
    {"offencesIntroOne", &LetterPhrases::offencesIntroOne, 1},
    {"offencesIntroMany", &LetterPhrases::offencesIntroMany, 1},
    {"personsIntro", &LetterPhrases::personsIntro, 0},
    {"measuresIntro", &LetterPhrases::measuresIntro, 0},
    {"proceduresIntro", &LetterPhrases::proceduresIntro, 0},
    {"assurancesIntro", &LetterPhrases::assurancesIntro, 0},
    {"urgent", &LetterPhrases::urgent, 0},
    {"urgentWithDeadline", &LetterPhrases::urgentWithDeadline, 1},
    {"urgencyReasonsIntro", &LetterPhrases::urgencyReasonsIntro, 0},
    {"confidentialityRequest", &LetterPhrases::confidentialityRequest, 0},
    {"confidentialityReasonsIntro", &LetterPhrases::confidentialityReasonsIntro, 0},
    {"contactIntro", &LetterPhrases::contactIntro, 0},
    {"closing", &LetterPhrases::closing, 1},
    {"annexesIntro", &LetterPhrases::annexesIntro, 0},
    {"annexPages", &LetterPhrases::annexPages, 2},
    {"annexPagesOne", &LetterPhrases::annexPagesOne, 1},
    {"annexPagesText", &LetterPhrases::annexPagesText, 2},
    {"translation", &LetterPhrases::translation, 1},
};


} // namespace

// --- FormLabels ---------------------------------------------------------------------------------

Result<FormLabels> FormLabels::forLanguage(const QString &language)
{
    if (language == QLatin1String("en")) {
        return FormLabels();
    }
    if (!QRegularExpression(kLanguagePattern).match(language).hasMatch()) {
        return makeError(ErrorCode::NotFound, tr("'%1' is no language code.").arg(language));
    }
    const QString path = QStringLiteral(":/templates/forms/i18n/%1.json").arg(language);
    const Result<QByteArray> json = readResource(path);
    if (!json) {
        return json.error();
    }
    return fromJson(*json, path);
}

Result<FormLabels> FormLabels::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> object = parseJsonObject(json, sourceName);
    if (!object) {
        return object.error();
    }
    QString error;
    JsonReader root(*object, QString(), &error);
    root.rejectUnknownKeys({QStringLiteral("$comment"), QStringLiteral("formatVersion"), QStringLiteral("language"),
                            QStringLiteral("review"), QStringLiteral("labels"), QStringLiteral("contexts"),
                            QStringLiteral("help")});
    checkTranslationFormatVersion(root);
    FormLabels labels;
    labels.m_identity = false;
    labels.m_language = root.requiredString(QStringLiteral("language"));
    labels.m_review = translationReviewMark(root);
    if (const auto map = root.optionalObject(QStringLiteral("labels"))) {
        readTranslationMap(root, *map, root.pointer(QStringLiteral("labels")), labels.m_labels);
    }
    if (const auto help = root.optionalObject(QStringLiteral("help"))) {
        readTranslationMap(root, *help, root.pointer(QStringLiteral("help")), labels.m_help);
    }
    if (const auto contexts = root.optionalObject(QStringLiteral("contexts"))) {
        for (auto it = contexts->constBegin(); it != contexts->constEnd(); ++it) {
            const QString pointer = root.pointer(QStringLiteral("contexts")) + QLatin1Char('/') + it.key();
            if (!it.value().isObject()) {
                root.fail(pointer, tr("expected an object of English labels and their translations"));
                break;
            }
            readTranslationMap(root, it.value().toObject(), pointer, labels.m_contexts[it.key()]);
        }
    }
    if (!error.isEmpty()) {
        return schemaError(sourceName, error);
    }
    return labels;
}

QStringList FormLabels::contexts(const RequestForm &form, const FormStep *step, const FieldDefinition *field)
{
    QStringList keys;
    const QString type = form.typeId();
    if (step && field) {
        keys << type + QLatin1Char('/') + step->id + QLatin1Char('/') + field->key
             << step->id + QLatin1Char('/') + field->key;
    }
    if (step) {
        keys << type + QLatin1Char('/') + step->id << step->id;
    }
    keys << type;
    return keys;
}

std::optional<QString> FormLabels::find(const QStringList &contextKeys, const QString &english) const
{
    if (m_identity) {
        return english;
    }
    for (const QString &context : contextKeys) {
        const auto it = m_contexts.constFind(context);
        if (it != m_contexts.constEnd()) {
            const auto hit = it->constFind(english);
            if (hit != it->constEnd()) {
                return *hit;
            }
        }
    }
    const auto it = m_labels.constFind(english);
    if (it != m_labels.constEnd()) {
        return *it;
    }
    return std::nullopt;
}

QString FormLabels::translated(const QStringList &contextKeys, const QString &english) const
{
    // An untranslated label prints in English rather than not at all; the coverage test keeps
    // the built-in files complete, so this only happens with a form loaded from elsewhere.
    return find(contextKeys, english).value_or(english);
}

QString FormLabels::formTitle(const RequestForm &form) const
{
    return translated(contexts(form, nullptr, nullptr), form.title());
}

QString FormLabels::stepTitle(const RequestForm &form, const FormStep &step) const
{
    return translated(contexts(form, &step, nullptr), step.title);
}

QString FormLabels::itemLabel(const RequestForm &form, const FormStep &step) const
{
    return translated(contexts(form, &step, nullptr), step.itemLabel);
}

QString FormLabels::fieldLabel(const RequestForm &form, const FormStep &step, const FieldDefinition &field) const
{
    return translated(contexts(form, &step, &field), field.label);
}

QString FormLabels::optionLabel(const RequestForm &form, const FormStep &step, const FieldDefinition &field,
                                const QString &value) const
{
    for (const ChoiceOption &option : field.options) {
        if (option.value == value) {
            return translated(contexts(form, &step, &field), option.label);
        }
    }
    return value;
}

QString FormLabels::helpText(const QString &english) const
{
    return m_identity ? english : m_help.value(english, english);
}

QStringList FormLabels::missingHelp(const RequestForm &form) const
{
    QStringList missing;
    if (m_identity) {
        return missing;
    }
    const auto check = [&](const QString &where, const QString &english) {
        if (!english.isEmpty() && !m_help.contains(english)) {
            missing << QStringLiteral("%1: %2: \"%3\"").arg(form.typeId(), where, english);
        }
    };
    for (const FormStep &step : form.steps()) {
        check(step.id, step.help);
        for (const FieldDefinition &field : step.fields) {
            check(step.id + QLatin1Char('/') + field.key, field.help);
        }
    }
    return missing;
}

RequestForm FormLabels::translatedForm(const RequestForm &form) const
{
    if (!translates()) {
        return form;
    }
    return form.relabelled(formTitle(form), [this, &form](FormStep &step) {
        // Looked up with the step as the form has it: contexts are keyed by the English words.
        const FormStep original = step;
        step.title = stepTitle(form, original);
        step.itemLabel = itemLabel(form, original);
        step.help = helpText(original.help);
        for (qsizetype f = 0; f < step.fields.size(); ++f) {
            FieldDefinition &field = step.fields[f];
            const FieldDefinition &englishField = original.fields.at(f);
            field.label = fieldLabel(form, original, englishField);
            field.help = helpText(englishField.help);
            for (ChoiceOption &option : field.options) {
                option.label = optionLabel(form, original, englishField, option.value);
            }
        }
    });
}

QStringList FormLabels::missingTranslations(const RequestForm &form) const
{
    QStringList missing;
    const auto check = [&](const QStringList &keys, const QString &where, const QString &english) {
        if (!find(keys, english)) {
            missing << QStringLiteral("%1: %2: \"%3\"").arg(form.typeId(), where, english);
        }
    };
    check(contexts(form, nullptr, nullptr), QStringLiteral("form title"), form.title());
    for (const FormStep &step : form.steps()) {
        const QStringList stepKeys = contexts(form, &step, nullptr);
        check(stepKeys, step.id + QStringLiteral(" (step title)"), step.title);
        if (step.isCollection()) {
            check(stepKeys, step.id + QStringLiteral(" (entry label)"), step.itemLabel);
        }
        for (const FieldDefinition &field : step.fields) {
            const QStringList fieldKeys = contexts(form, &step, &field);
            check(fieldKeys, step.id + QLatin1Char('/') + field.key, field.label);
            for (const ChoiceOption &option : field.options) {
                check(fieldKeys, step.id + QLatin1Char('/') + field.key + QLatin1Char('=') + option.value,
                      option.label);
            }
        }
    }
    return missing;
}

QStringList FormLabels::unusedEntries(const QList<RequestForm> &forms) const
{
    QSet<QString> english;
    QSet<QString> contextual; // "context\nEnglish"
    const auto use = [&](const QStringList &keys, const QString &label) {
        english.insert(label);
        for (const QString &key : keys) {
            contextual.insert(key + QLatin1Char('\n') + label);
        }
    };
    for (const RequestForm &form : forms) {
        use(contexts(form, nullptr, nullptr), form.title());
        for (const FormStep &step : form.steps()) {
            use(contexts(form, &step, nullptr), step.title);
            use(contexts(form, &step, nullptr), step.itemLabel);
            for (const FieldDefinition &field : step.fields) {
                use(contexts(form, &step, &field), field.label);
                for (const ChoiceOption &option : field.options) {
                    use(contexts(form, &step, &field), option.label);
                }
            }
        }
    }
    QStringList unused;
    QSet<QString> helpTexts;
    for (const RequestForm &form : forms) {
        for (const FormStep &step : form.steps()) {
            helpTexts.insert(step.help);
            for (const FieldDefinition &field : step.fields) {
                helpTexts.insert(field.help);
            }
        }
    }
    for (auto it = m_help.constBegin(); it != m_help.constEnd(); ++it) {
        if (!helpTexts.contains(it.key())) {
            unused << QStringLiteral("help: \"%1\"").arg(it.key());
        }
    }
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        if (!english.contains(it.key())) {
            unused << QStringLiteral("labels: \"%1\"").arg(it.key());
        }
    }
    for (auto context = m_contexts.constBegin(); context != m_contexts.constEnd(); ++context) {
        for (auto it = context->constBegin(); it != context->constEnd(); ++it) {
            if (!contextual.contains(context.key() + QLatin1Char('\n') + it.key())) {
                unused << QStringLiteral("contexts/%1: \"%2\"").arg(context.key(), it.key());
            }
        }
    }
    unused.sort();
    return unused;
}

// --- LetterPhrases ------------------------------------------------------------------------------

Result<LetterPhrases> LetterPhrases::fromJson(const QByteArray &json, const QString &sourceName, FormLabels labels)
{
    const Result<QJsonObject> object = parseJsonObject(json, sourceName);
    if (!object) {
        return object.error();
    }
    QString error;
    JsonReader root(*object, QString(), &error);
    root.rejectUnknownKeys({QStringLiteral("$comment"), QStringLiteral("formatVersion"), QStringLiteral("language"),
                            QStringLiteral("name"), QStringLiteral("direction"), QStringLiteral("displayLocale"),
                            QStringLiteral("dateLocale"), QStringLiteral("numbers"), QStringLiteral("review"),
                            QStringLiteral("phrases")});
    checkTranslationFormatVersion(root);
    LetterPhrases p;
    p.language = root.requiredString(QStringLiteral("language"));
    p.name = root.requiredString(QStringLiteral("name"));
    p.rightToLeft = root.requiredEnum(QStringLiteral("direction"), {QStringLiteral("ltr"), QStringLiteral("rtl")}) ==
                    QLatin1String("rtl");
    p.displayLocale = root.requiredString(QStringLiteral("displayLocale"));
    p.dateLocale = root.requiredString(QStringLiteral("dateLocale"));
    p.numberingSystem = root.optionalString(QStringLiteral("numbers"), QStringLiteral("latn"));
    p.review = translationReviewMark(root);

    const std::optional<QJsonObject> phrases = root.optionalObject(QStringLiteral("phrases"));
    if (!phrases) {
        root.fail(root.pointer(QStringLiteral("phrases")), tr("required member is missing"));
    } else {
        JsonReader reader = root.childObject(*phrases, QStringLiteral("phrases"));
        QStringList known;
        for (const PhraseSlot &slot : kPhraseSlots) {
            const QString key = QString::fromLatin1(slot.key);
            known << key;
            const QString text = reader.requiredString(key);
            QSet<int> expected;
            for (int n = 1; n <= slot.placeholderCount; ++n) {
                expected.insert(n);
            }
            if (!reader.failed() && placeholders(text) != expected) {
                reader.fail(reader.pointer(key),
                            slot.placeholderCount == 0
                                ? tr("must not contain placeholders")
                                : tr("must use the placeholders %1 to %2, each at least once")
                                      .arg(QStringLiteral("%1"), QStringLiteral("%") + QString::number(slot.placeholderCount)));
            }
            p.*(slot.member) = text;
        }
        reader.rejectUnknownKeys(known);
    }
    if (!error.isEmpty()) {
        return schemaError(sourceName, error);
    }
    if (labels.translates() && labels.language() != p.language) {
        return makeError(ErrorCode::MalformedTemplate,
                         tr("%1: the phrases are in '%2' but the form labels in '%3'")
                             .arg(sourceName, p.language, labels.language()));
    }
    p.formLabels = std::move(labels);
    return p;
}

Result<LetterPhrases> LetterPhrases::forLanguage(const QString &language)
{
    // Built-in phrase sets never change while the app runs; reading each once keeps exports cheap.
    static QMutex mutex;
    static QHash<QString, LetterPhrases> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(language); it != cache.constEnd()) {
        return *it;
    }
    const QStringList available = availableLanguages();
    if (!available.contains(language)) {
        return makeError(ErrorCode::NotFound, tr("No letter can be written in '%1' (available: %2).")
                                                  .arg(language, available.join(QStringLiteral(", "))));
    }
    const QString path = QStringLiteral(":/templates/phrases/%1.json").arg(language);
    const Result<QByteArray> json = readResource(path);
    if (!json) {
        return json.error();
    }
    Result<FormLabels> labels = FormLabels::forLanguage(language);
    if (!labels) {
        return labels.error();
    }
    Result<LetterPhrases> phrases = fromJson(*json, path, std::move(labels).value());
    if (phrases && phrases->language != language) {
        return makeError(ErrorCode::MalformedTemplate,
                         tr("%1 holds the phrases of '%2'.").arg(path, phrases->language));
    }
    if (phrases) {
        cache.insert(language, *phrases);
    }
    return phrases;
}

LetterPhrases LetterPhrases::english()
{
    Result<LetterPhrases> phrases = forLanguage(QStringLiteral("en"));
    if (!phrases) {
        qFatal("The built-in English phrases are broken: %s", qPrintable(phrases.error().message));
    }
    return std::move(phrases).value();
}

QStringList LetterPhrases::availableLanguages()
{
    static const QStringList kOrder = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")};
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/templates/phrases")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        codes << file.chopped(5);
    }
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        const qsizetype ra = kOrder.contains(a) ? kOrder.indexOf(a) : kOrder.size();
        const qsizetype rb = kOrder.contains(b) ? kOrder.indexOf(b) : kOrder.size();
        return ra != rb ? ra < rb : a < b;
    });
    return codes;
}

QList<std::pair<QString, QString>> LetterPhrases::texts() const
{
    QList<std::pair<QString, QString>> out;
    for (const PhraseSlot &slot : kPhraseSlots) {
        out.append({QString::fromLatin1(slot.key), this->*(slot.member)});
    }
    return out;
}

} // namespace mla::core
