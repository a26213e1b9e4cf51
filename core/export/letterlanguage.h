#pragma once

#include "model/request.h"
#include "model/requestform.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace mla::core {

/// The language the drafter writes the request's free text in: the request's "language.letter"
/// value, or "en" when it is empty.
QString draftingLanguage(const Request &request);

/// True for the fields that hold a person's name (family name, given names, other names and
/// aliases, contact persons, the signatory). Names are printed exactly as typed in every letter
/// language, are never offered for translation, and are the fields a Latin transcription is added
/// to. The forms have no marker for this, so it is decided by the field key's last part:
/// familyName, givenNames, otherNames, contactPerson, contactName, and the key signature.name.
bool isPersonNameField(const QString &collection, const QString &key);

/// The free-text values of @p request that are still in the drafting language when the letter is
/// to be written in @p outputLanguage: every non-empty text and multiline field of @p form, in the
/// form's order (entries in their order), except person names, fields hidden by an unset flag,
/// identifiers and codes (references, case numbers, account and document identifiers, currency,
/// time zone, the translation language) and values without a single letter. Dates, choices,
/// flags, countries, e-mail addresses and telephone numbers are printed in the letter's language
/// by the app and are never listed. Empty when the two languages are the same.
QList<FieldRef> fieldsNeedingTranslation(const Request &request, const RequestForm &form,
                                         const QString &outputLanguage);

/// How a field is named to the user (in the form's language): "Facts, Summary of the relevant
/// facts" for a scalar field, "Persons concerned, entry 2, Family name" for a field of an entry
/// (entries counted from 1 in the request's order).
QString fieldDisplayName(const Request &request, const RequestForm &form, const FieldRef &field);

/// A Latin transcription of a person's name written in another script, for printing beside the
/// name, never instead of it: ICU's transliterator chosen by the script (Russian-Latin/BGN,
/// Ukrainian-Latin/BGN and the other BGN tables for Cyrillic, Greek-Latin/UNGEGN, Han-Latin/Names,
/// Any-Latin otherwise), reduced to ASCII with Latin-ASCII. Empty when the name has no letter
/// outside the Latin script (nothing to add) or ICU cannot transcribe it.
QString latinTranscription(const QString &name);

/// A character of a request that none of the bundled fonts can draw.
struct UnprintableCharacter
{
    FieldRef field;
    QString fieldName; ///< fieldDisplayName() of the field
    char32_t character = 0;
};

/// Every field value of @p request that the letter would print and that holds a character no
/// bundled font has (one finding per field, its first such character), in the form's order.
/// Values of fields hidden by an unset flag, and values the letter does not print as typed
/// (flags, known choice values, country codes), are not checked.
QList<UnprintableCharacter> findUnprintable(const Request &request, const RequestForm &form);

/// findUnprintable() as an ErrorCode::Export error that names the field and the character, e.g.
/// 'The character U+1F600 (😀) in "Facts, Summary of the relevant facts" cannot be printed ...'.
/// composeLetter() runs it, so the CLI and the UI get the error from there; it needs no
/// QGuiApplication. Every bundled family is in every letter's font chain, so the result does not
/// depend on the letter's language.
Result<void> checkPrintable(const Request &request, const RequestForm &form);

} // namespace mla::core
