#pragma once

// Internal to core/signing: writing and reading small pieces of PDF syntax.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mla::core::detail {

/// A PDF text string: a literal string when @p text is printable ASCII, otherwise UTF-16BE with a
/// byte order mark, written in hex.
QByteArray pdfTextString(const QString &text);
/// A PDF date, "D:20261128124157+01'00'", at second precision in @p time's offset from UTC.
QByteArray pdfDate(const QDateTime &time);
/// Reads a PDF date; invalid when @p text is not one.
QDateTime parsePdfDate(const QString &text);
/// A real number with at most three decimals and no trailing zeros ("12", "0.5").
QByteArray pdfNumber(double value);
/// "n g R"
QByteArray pdfReference(int number, int generation = 0);

} // namespace mla::core::detail
