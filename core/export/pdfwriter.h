#pragma once

#include "export/composeddocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mla::core {

/// Renders @p document as an A4 PDF/A-1b letter set in the bundled fonts (all embedded), with the
/// reference and the confidentiality marking in a header line and "Page X of Y" in the footer of
/// every page. Text is printed literally: markup or control characters in it cannot change the
/// layout. Needs a QGuiApplication; fails with ErrorCode::Export when none exists or rendering fails.
Result<QByteArray> renderPdf(const ComposedDocument &document);

/// renderPdf() written to @p path through SafeSave: the file appears complete or not at all, and an
/// existing file is replaced only when the new one was written in full.
Result<void> writePdf(const ComposedDocument &document, const QString &path);

} // namespace mla::core
