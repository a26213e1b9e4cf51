#pragma once

#include "export/composeddocument.h"

#include <QByteArray>

namespace mla::core::docx {

// The parts of the Word package around the body, each as the bytes of its XML file.

/// word/header1.xml: the reference on the leading side, the confidentiality marking on the other.
QByteArray headerPart(const ComposedDocument &document);
/// word/footer1.xml: the page-number pattern with PAGE and NUMPAGES fields.
QByteArray footerPart(const ComposedDocument &document);
/// word/styles.xml: the letter's paragraph and table styles, fonts and language.
QByteArray stylesPart(const ComposedDocument &document);
/// word/numbering.xml: the bullet of the List style.
QByteArray numberingPart();
/// word/settings.xml
QByteArray settingsPart();

} // namespace mla::core::docx
