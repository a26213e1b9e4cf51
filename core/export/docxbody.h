#pragma once

#include "export/composeddocument.h"

#include <QByteArray>

namespace mla::core::docx {

/// The body of the letter, word/document.xml: title block, sections, tables and lists, the
/// signature and the page set-up, laid out as the PDF writer lays them out.
QByteArray documentPart(const ComposedDocument &document);

} // namespace mla::core::docx
