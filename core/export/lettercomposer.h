#pragma once

#include "export/composeddocument.h"
#include "model/request.h"
#include "model/requestform.h"
#include "util/result.h"

#include <QString>

namespace mla::core {

/// Every fixed word of a letter of request, in one language.
///
/// The letter is written in the language the requested state accepts, which is not the language
/// of the user interface, so these are deliberately not tr() strings: a phrase set per letter
/// language is chosen by the caller. Field labels and choice labels come from the RequestForm.
/// Patterns take QString::arg() placeholders as documented on each member.
struct LetterPhrases
{
    QString displayLocale; ///< ICU locale in which country and language names are printed, e.g. "en"
    QString dateLocale;    ///< ICU locale whose long date format prints dates, e.g. "en_GB"

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

    QString openingFull;            ///< %1 requesting authority, %2 addressee authority, %3 requested state
    QString openingNoAddressee;     ///< %1 requesting authority, %2 requested state
    QString openingNoAuthority;     ///< %1 addressee authority, %2 requested state
    QString openingMinimal;         ///< %1 requested state
    QString requestedStateUnnamed;  ///< stands in for the requested state's name when none was entered
    QString requestingStateUnnamed; ///< the same for the requesting state

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

    static LetterPhrases english();
};

/// Builds the letter of request for a general MLA request ("mla.general") from its values, in the
/// section order of a letter of request: address block and opening, requesting authority, legal
/// basis, proceedings, facts, offences, persons, assistance requested (each measure with its link
/// to the facts), procedures, assurances, urgency, confidentiality, contact, annexes and the
/// signature block. Each offence, person and measure prints every field its form step defines, in
/// the form's order; a scalar field or collection of the form that no section places is printed
/// under "Further information", so a field added to the form is never silently dropped.
///
/// Empty fields and empty optional sections are left out. A section the law requires but the user
/// has not filled in is left out too: reporting the gap is the validator's job, not the letter's.
/// Choice values print their option labels, country codes their names ("France (FR)"), dates the
/// long form of @p phrases' locale ("5 March 2024"); anything that cannot be read that way prints
/// as typed. Fails only when @p form is not the form of @p request's type.
Result<ComposedDocument> composeLetter(const Request &request, const RequestForm &form,
                                       const LetterPhrases &phrases = LetterPhrases::english());

} // namespace mla::core
