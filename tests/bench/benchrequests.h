#pragma once

#include "model/request.h"

namespace mla::bench {

/// The demo request grown to @p persons persons, @p measures measures and @p offences offences,
/// with its summary of facts repeated @p factParagraphs times. Dated, so that every run writes the
/// same letter.
core::Request grownRequest(int persons, int measures, int offences, int factParagraphs);

/// A long request as prosecutors write them: most of its 30 pages (in the app's PDF and in
/// LibreOffice's conversion of its DOCX alike) are the facts, with a dozen persons, ten measures
/// and six offences, each printed as its own table.
core::Request thirtyPageRequest();

/// The extreme case for table layout: 50 persons, 30 measures and 20 offences (about 36 pages,
/// almost all tables). Also the "large request" of the validation target.
core::Request tableHeavyRequest();

} // namespace mla::bench
