#pragma once

// Internal to core/signing: the appearance stream of a signature widget. A visible appearance is
// a framed box with a few lines of text, drawn by Qt into a one-page PDF/A-1b of the box's size
// (so that every script is shaped and ordered, and set in the bundled fonts of the letter) and
// copied into the signed file as a form XObject with the fonts and resources it uses.

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QStringList>
#include <functional>
#include <optional>

namespace mla::core::detail {

/// An indirect object to append: its number and what goes between "n 0 obj" and "endobj".
struct PdfObject
{
    int number = 0;
    QByteArray body;
    int generation = 0;
};

struct VisibleAppearance
{
    int xobjectNumber = 0;    ///< the form XObject to put in the widget's /AP /N
    QSizeF size;              ///< its /BBox: the widget's size in points
    QList<PdfObject> objects; ///< the XObject and its font objects
};

/// Lays out @p lines (the first one larger) in a box @p width points wide, shortening lines that
/// do not fit with an ellipsis; a line whose first letter is right to left is right-aligned. The
/// height follows from the number of lines unless @p height is positive; both are rounded up to
/// whole points. @p allocate hands out new object numbers. Fails when the bundled fonts cannot be
/// used (no QGuiApplication) or the drawn box cannot be read back.
std::optional<VisibleAppearance> buildVisibleAppearance(const QStringList &lines, double width, double height,
                                                        const std::function<int()> &allocate);

/// The empty form XObject of an invisible signature (BBox 0 0 0 0).
PdfObject invisibleAppearance(int number);

/// A stream object body: the dictionary entries @p dictionary (without << >>), /Length added.
QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data);

} // namespace mla::core::detail
