#pragma once

#include "export/composeddocument.h"
#include "export/phrasebook.h"
#include "model/request.h"
#include "model/requestform.h"
#include "util/result.h"

#include <QString>

namespace mla::core {

/// Choices of the caller beyond the letter's language.
struct LetterOptions
{
    /// Print a Latin transcription in brackets after every person's name written in another
    /// script ("Сидоров (Sidorov)"); see latinTranscription(). The name itself always prints as
    /// typed. Off by default: a transcription is no legal spelling of a name.
    bool latinTranscription = false;
    /// ICU numbering system for dates, e.g. "arab" for ٠-٩ in an Arabic letter; empty: the phrase
    /// set's own (Latin digits in every built-in set).
    QString numberingSystem;
};

/// Builds the letter of a request in the language of @p phrases, in the section order of a letter
/// of request: address block and opening, requesting authority, legal basis, proceedings, facts,
/// offences, persons, assistance requested (each measure with its link to the facts), procedures,
/// assurances, urgency, confidentiality, contact, annexes and the signature block. Each offence,
/// person and measure prints every field its form step defines, in the form's order; a scalar
/// field or collection of the form that no section places is printed under "Further
/// information", so a field added to the form is never silently dropped.
///
/// Fixed text, field labels, choice labels and headings come in the letter's language (the form's
/// labels through @p phrases' formLabels); the general MLA letter is titled by the phrase set,
/// every other request type by its form's translated title. Country codes print their names in
/// the letter's language ("Égypte (EG)", "مصر (EG)"), dates the long form of its locale in the
/// Gregorian calendar with @p options' or the phrase set's digits. Persons' names and every free
/// text the user typed print exactly as entered, never translated or transliterated
/// (fieldsNeedingTranslation() says what is still to be translated); anything that cannot be read
/// as its field's kind prints as typed. The document carries the phrases' language and direction.
///
/// Empty fields and empty optional sections are left out. A section the law requires but the user
/// has not filled in is left out too: reporting the gap is the validator's job, not the letter's.
///
/// Fails with ErrorCode::InvalidArgument when @p form is not the form of @p request's type, and
/// with ErrorCode::Export when a value holds a character no bundled font can draw
/// (checkPrintable(): the message names the field and the character).
Result<ComposedDocument> composeLetter(const Request &request, const RequestForm &form,
                                       const LetterPhrases &phrases = LetterPhrases::english(),
                                       const LetterOptions &options = {});

/// The letter in two languages side by side, section by section, for a requested state that wants
/// the original with its translation: @p primary's text in the first column (the right-hand one
/// when @p primary is written right to left), @p secondary's in the second. Made of the blocks
/// every writer already renders: each section becomes a two-column table whose header row holds
/// the section's heading in both languages and whose rows pair the two versions of each block
/// (numbered paragraphs keep their number; key/value tables become "label: value" lines; lists
/// one item a line). The title, the markings, the page-number pattern and the signature date
/// carry both languages; the reference line is @p primary's. Free text appears as typed in both columns. The document takes
/// @p primary's language and direction. Fails like composeLetter().
Result<ComposedDocument> composeBilingual(const Request &request, const RequestForm &form,
                                          const LetterPhrases &primary, const LetterPhrases &secondary,
                                          const LetterOptions &options = {});

} // namespace mla::core
