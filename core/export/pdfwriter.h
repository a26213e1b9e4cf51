#pragma once

#include "export/composeddocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mla::core {

/// Renders @p document as an A4 PDF/A-1b letter set in the bundled fonts (all embedded), with the
/// reference and the confidentiality marking in a header line and "Page X of Y" in the footer of
/// every page. Text is printed literally: markup or control characters in it cannot change the
/// layout.
///
/// The document's language picks the font chain (FontRegistry::familyChain(): Noto Serif for
/// Latin, Greek, Cyrillic and digits, Noto Naskh Arabic for Arabic, Noto Sans CJK SC for Chinese).
/// A right-to-left document gets right-to-left headings and signature, table columns in mirrored
/// order (labels on the right) and a mirrored header; every paragraph and table cell takes the
/// direction of its first letter (left to right without letters), so English typed into an Arabic
/// letter and telephone numbers still read left to right.
///
/// Fails with ErrorCode::Export, before anything is drawn, when the document holds a character no
/// bundled font has (the message names the character and where it is), when no QGuiApplication
/// exists, or when rendering fails.
Result<QByteArray> renderPdf(const ComposedDocument &document);

/// renderPdf() written to @p path through SafeSave: the file appears complete or not at all, and an
/// existing file is replaced only when the new one was written in full.
Result<void> writePdf(const ComposedDocument &document, const QString &path);

} // namespace mla::core
