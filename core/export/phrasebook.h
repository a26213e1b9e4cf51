#pragma once

#include "model/requestform.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace mla::core {

/// The labels of the request forms (form titles, step titles, entry labels, field labels and
/// choice labels) in one letter language, read from templates/forms/i18n/<language>.json.
///
/// The forms are written in English, so an English label is the key of its translation: a label
/// shared by several forms ("Family name") is translated once, and a label whose English wording
/// changes loses its translation, which the coverage test reports, instead of keeping a stale one.
/// Where one English label needs different words in different places, a "contexts" entry
/// overrides it; see docs/output-languages.md for the file format and the lookup order.
class FormLabels
{
public:
    /// English: every label is printed as the form has it.
    FormLabels() = default;

    /// The built-in translations (resource :/templates/forms/i18n/<language>.json); "en" needs
    /// no file. Fails when the language has no file or the file is broken.
    static Result<FormLabels> forLanguage(const QString &language);
    static Result<FormLabels> fromJson(const QByteArray &json, const QString &sourceName);

    const QString &language() const { return m_language; }
    /// False for English, whose labels are the forms' own.
    bool translates() const { return !m_identity; }
    /// "Translation to be reviewed by a qualified translator" until a translator has reviewed the
    /// file; empty for English and for reviewed files.
    const QString &review() const { return m_review; }

    QString formTitle(const RequestForm &form) const;
    QString stepTitle(const RequestForm &form, const FormStep &step) const;
    QString itemLabel(const RequestForm &form, const FormStep &step) const;
    QString fieldLabel(const RequestForm &form, const FormStep &step, const FieldDefinition &field) const;
    /// The label of the option @p value in the letter's language; @p value itself when the field
    /// has no such option (a value typed before the form changed prints as typed).
    QString optionLabel(const RequestForm &form, const FormStep &step, const FieldDefinition &field,
                        const QString &value) const;

    /// @p form with its title, step titles, entry labels, field labels and option labels in this
    /// language, and its help texts where the file translates them (for showing the form in the
    /// user interface; help texts are never printed, so a language may leave them out).
    RequestForm translatedForm(const RequestForm &form) const;
    /// The help text @p english of a form in this language, or @p english itself.
    QString helpText(const QString &english) const;
    /// Every help text of @p form without a translation, as "<form>: <where>: \"<English>\""
    /// lines; empty for English.
    QStringList missingHelp(const RequestForm &form) const;

    /// Every label of @p form that has no translation, as "<form>: <where>: \"<English>\"" lines
    /// for the coverage test; empty for English.
    QStringList missingTranslations(const RequestForm &form) const;
    /// Entries of the file no label of @p forms uses (stale or misspelt keys).
    QStringList unusedEntries(const QList<RequestForm> &forms) const;

private:
    /// The contexts a lookup tries, most specific first; see docs/output-languages.md.
    static QStringList contexts(const RequestForm &form, const FormStep *step, const FieldDefinition *field);
    std::optional<QString> find(const QStringList &contextKeys, const QString &english) const;
    QString translated(const QStringList &contextKeys, const QString &english) const;

    QString m_language = QStringLiteral("en");
    QString m_review;
    bool m_identity = true;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_help; ///< English help text -> translation
    QHash<QString, QHash<QString, QString>> m_contexts;
};

/// Every fixed word of a letter of request, in one language, with how the language is written
/// and the translated labels of the request forms.
///
/// The letter is written in the language the requested state accepts, which is not the language
/// of the user interface, so these are deliberately not tr() strings: the phrase sets are data
/// (templates/phrases/<language>.json), chosen by the caller. Patterns take QString::arg()
/// placeholders as documented on each member; the loader rejects a translation that lacks one.
struct LetterPhrases
{
    QString language = QStringLiteral("en"); ///< ISO 639-1 code, e.g. "ar"
    QString name;                             ///< the language's name in itself, e.g. "العربية"
    bool rightToLeft = false;
    QString displayLocale; ///< ICU locale in which country and language names are printed, e.g. "en"
    QString dateLocale;    ///< ICU locale whose long date format prints dates, e.g. "en_GB"
    /// ICU numbering system of dates: "latn" (0-9) in every built-in set; "arab" gives ٠-٩.
    QString numberingSystem = QStringLiteral("latn");
    /// "Translation to be reviewed by a qualified translator" while the set is unreviewed; empty
    /// once reviewed (and for English). Metadata only: never printed into a letter.
    QString review;

    QString title;
    QString confidentialMarking;
    QString urgentMarking;
    QString referencePattern;  ///< %1 reference
    QString pageNumberPattern; ///< %1 page, %2 page count
    QString countryPattern;    ///< %1 country name, %2 ISO code
    QString itemCaption;       ///< %1 item label ("Offence"), %2 its number
    QString itemCaptionTitled; ///< %1 item label, %2 number, %3 what the item is ("Bank records")
    QString labelled;          ///< %1 label, %2 text: a paragraph led by the field it answers
    QString yes;               ///< a flag field that is set
    QString nameTranscription; ///< %1 a name as typed, %2 its Latin transcription

    QString headingRequestingAuthority;
    QString headingLegalBasis;
    QString headingProceedings;
    QString headingFacts;
    QString headingOffences;
    QString headingPersons;
    QString headingMeasures;
    QString headingProcedures;
    QString headingAssurances;
    QString headingUrgency;
    QString headingConfidentiality;
    QString headingFurther;
    QString headingContact;
    QString headingAnnexes;

    // The opening sentence asks for what the request is for (purpose*: assistance, extradition,
    // provisional arrest, measures against proceeds, taking over proceedings), so that the
    // operative request stands in the first paragraph of every kind of letter.
    QString openingFull;            ///< %1 requesting authority, %2 addressee authority, %3 requested state, %4 purpose
    QString openingNoAddressee;     ///< %1 requesting authority, %2 requested state, %3 purpose
    QString openingNoAuthority;     ///< %1 addressee authority, %2 requested state, %3 purpose
    QString openingMinimal;         ///< %1 requested state, %2 purpose
    QString purposeMla;               ///< mutual legal assistance (every mla.* type)
    QString purposeExtradition;       ///< extradition for prosecution, enforcement, after a judgment in absentia
    QString purposeProvisionalArrest; ///< provisional arrest pending a request for extradition
    QString purposeConfiscation;      ///< freezing, seizure, confiscation, asset return
    QString purposeTransfer;          ///< transfer of criminal proceedings
    /// The requested state in the sentences of the letter (openings, closing): %1 its name. "%1" in
    /// English; other languages add what their grammar needs ("de %1", "запрашиваемого государства (%1)").
    QString requestedStateNamed;
    QString requestedStateUnnamed;  ///< stands in for requestedStateNamed when no state was entered
    QString requestingStateNamed;   ///< the requesting state in sentences (offences lead-in), %1 its name
    QString requestingStateUnnamed; ///< stands in for requestingStateNamed when no state was entered

    QString reciprocityIntro;
    QString evidenceIntro;
    QString offencesIntroOne;  ///< %1 requesting state
    QString offencesIntroMany; ///< %1 requesting state
    QString personsIntro;
    QString measuresIntro;
    QString proceduresIntro;
    QString assurancesIntro;
    QString urgent;             ///< no deadline given
    QString urgentWithDeadline; ///< %1 deadline
    QString urgencyReasonsIntro;
    QString confidentialityRequest;
    QString confidentialityReasonsIntro;
    QString contactIntro;
    QString closing; ///< %1 requested state
    QString annexesIntro;
    QString annexPages;     ///< %1 annex caption, %2 page count (a number)
    QString annexPagesOne;  ///< %1 annex caption, for a single page
    QString annexPagesText; ///< %1 annex caption, %2 pages as typed when not a number
    QString translation;    ///< %1 language the request is translated into

    /// Field labels, step titles and choice labels of the forms in this language.
    FormLabels formLabels;

    /// The built-in phrase set of @p language ("en", "fr", "es", "ar", "ru", "zh") with its form
    /// labels. Fails with ErrorCode::NotFound for a language without one (the message lists the
    /// available languages) and ErrorCode::MalformedTemplate for a broken file.
    static Result<LetterPhrases> forLanguage(const QString &language);
    /// A phrase set from JSON in the format of templates/phrases/*.json, with @p labels.
    static Result<LetterPhrases> fromJson(const QByteArray &json, const QString &sourceName,
                                          FormLabels labels = {});
    /// The built-in English set. Aborts if the built-in resource is broken (a build defect that
    /// every test run catches), so that the default argument of composeLetter() stays a value.
    static LetterPhrases english();
    /// The codes of the built-in languages, English first, then in the order of the UN's official
    /// languages as the app lists them: en, fr, es, ar, ru, zh.
    static QStringList availableLanguages();

    /// Every fixed text of the set (labels not included), keyed by its member name, for checks.
    QList<std::pair<QString, QString>> texts() const;
};

} // namespace mla::core
