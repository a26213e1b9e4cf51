#pragma once

#include "export/composeddocument.h"

#include <QByteArray>
#include <QString>

namespace mla::test {

/// The whole content of @p path; empty when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes @p data to @p path directly (fixtures only: the app itself writes through SafeSave).
bool writeFile(const QString &path, const QByteArray &data);

/// The demo general MLA request composed in English, dated 5 March 2024 so that its text never
/// changes. A test failure is recorded if it cannot be composed.
core::ComposedDocument demoLetter();

} // namespace mla::test
