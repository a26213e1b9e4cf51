#pragma once

#include "export/composeddocument.h"

#include <QString>

namespace mla::core {

/// The canonical plain text of a composed letter: the words every writer prints, in reading
/// order, for golden files and for comparing what a PDF or a DOCX says with what was composed.
///
/// Layout is reduced to whitespace so that, with runs of whitespace folded to one space, the text
/// equals what a text extractor reads from the rendered document's body:
/// - the title block: title, markings joined by " — ", the reference line (reference pattern filled);
/// - each section after a blank line: its heading on a line of its own, then its blocks;
/// - a paragraph as printed ("12. " before a numbered one); a line break in it stays a line break;
/// - a table's caption on its own line, then one line per row with the cells separated by a tab
///   (a key/value row is "label<TAB>value", a table's header row comes first);
/// - a list item on its own line, indented by two spaces (the bullet is drawn, not text);
/// - the signature block: "place, date", then the name, then the capacity.
/// Page furniture (the running header and "Page X of Y") is left out: it repeats on every page.
/// Text is passed through printableText(), as the writers do, and kept in logical order (a
/// right-to-left letter reads right to left from the start of each line). Lines have no
/// trailing whitespace and the text ends with one newline.
QString documentToText(const ComposedDocument &document);

} // namespace mla::core
