#pragma once

#include "export/composeddocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mla::core {

/// Renders @p document as an editable A4 Word document (Office Open XML, .docx) with the same
/// text, in the same order, as the PDF: the title block, headed sections, numbered paragraphs
/// (the composer's numbers, printed as text with a hanging indent), key/value tables and tables
/// as real Word tables with borders and a repeating header row, bullet lists, the signature block,
/// the reference and the confidentiality marking in the page header and "Page X of Y" in the
/// footer (PAGE and NUMPAGES fields, so the numbers stay right while the user edits).
///
/// Everything is set in named styles (Normal, Title, Heading 1/2, Caption, List, Table Grid...),
/// so the user can restyle the letter in Word or LibreOffice. A right-to-left document gets
/// right-to-left paragraphs, runs and tables; a Chinese one the East Asian font and language.
///
/// The core properties carry the title only: no author, no editor, no dates, no machine data.
/// The same document always gives the same bytes. Text is printed literally: every string goes
/// through printableText() and is XML-escaped, so no typed text can alter the file's structure.
/// Fails with ErrorCode::Export when the archive cannot be built.
Result<QByteArray> renderDocx(const ComposedDocument &document);

/// renderDocx() written to @p path through SafeSave: the file appears complete or not at all, and
/// an existing file is replaced only when the new one was written in full.
Result<void> writeDocx(const ComposedDocument &document, const QString &path);

} // namespace mla::core
