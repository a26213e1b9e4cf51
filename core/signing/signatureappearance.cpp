#include "signing/signatureappearance.h"

#include "export/fontregistry.h"
#include "signing/pdfsyntax.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

#include <cmath>
#include <deque>
#include <map>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace mla::core::detail {

namespace {

constexpr double kPadding = 5.0;
constexpr double kTitleSize = 9.0;
constexpr double kTextSize = 7.5;
constexpr double kLeading = 1.28;
constexpr double kFrameWidth = 0.75;
// The block is drawn at this many device pixels per point, so that positions keep their fractions.
constexpr int kPixelsPerPoint = 10;

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

/// The box with @p lines as a one-page PDF/A-1b the size of the box, drawn by Qt: its text layout
/// shapes and orders every script (Arabic joined and right to left, Han, Cyrillic...) in the
/// bundled fonts the letter itself is set in, and its PDF engine embeds them as PDF/A asks.
std::optional<QByteArray> renderBox(const QStringList &lines, double width, double height)
{
    const Result<QStringList> families = FontRegistry::familiesFor(QStringLiteral("en"));
    if (!families) {
        return std::nullopt;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(72 * kPixelsPerPoint);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Point, QString(),
                                               QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return std::nullopt;
    }
    const auto device = [](double points) { return points * kPixelsPerPoint; };
    painter.setPen(QPen(QColor::fromRgbF(0.35f, 0.35f, 0.35f), device(kFrameWidth)));
    const double inset = kFrameWidth / 2;
    painter.drawRect(QRectF(device(inset), device(inset), device(width - kFrameWidth), device(height - kFrameWidth)));

    painter.setPen(Qt::black);
    const double textWidth = width - 2 * kPadding;
    double top = kPadding;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const double size = i == 0 ? kTitleSize : kTextSize;
        // The letter's whole chain of bundled families: a name in any script they cover prints.
        const QFont deviceFont(FontRegistry::documentFont(*families, size), &writer);
        painter.setFont(deviceFont);
        const QString line =
            QFontMetricsF(deviceFont, &writer).elidedText(lines.at(i), Qt::ElideRight, device(textWidth));
        const bool rtl = line.isRightToLeft();
        painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        const int alignment = Qt::TextSingleLine | Qt::AlignVCenter | Qt::AlignAbsolute |
                              (rtl ? Qt::AlignRight : Qt::AlignLeft);
        painter.drawText(QRectF(device(kPadding), device(top), device(textWidth), device(size * kLeading)), alignment,
                         line);
        top += size * kLeading;
    }
    if (!painter.end()) {
        return std::nullopt;
    }
    return pdf;
}

/// Copies objects of another PDF into the update: every indirect object reached from what is
/// copied gets a new number in the signed file, and references are rewritten to those numbers.
class ObjectCopier
{
public:
    explicit ObjectCopier(const std::function<int()> &allocate) : m_allocate(allocate) {}

    /// @p object written out, with the indirect objects it refers to queued for copying.
    QByteArray direct(QPDFObjectHandle object)
    {
        if (object.isIndirect()) {
            return pdfReference(numberFor(object));
        }
        if (object.isArray()) {
            QByteArray out = "[";
            for (int i = 0; i < object.getArrayNItems(); ++i) {
                out += ' ' + direct(object.getArrayItem(i));
            }
            return out + " ]";
        }
        if (object.isDictionary()) {
            return "<<" + entries(object, {}) + " >>";
        }
        return bytes(object.unparse());
    }

    /// The entries of @p dictionary without the keys in @p skipped, written out.
    QByteArray entries(QPDFObjectHandle dictionary, const std::set<std::string> &skipped)
    {
        QByteArray out;
        for (const std::string &key : dictionary.getKeys()) {
            if (!skipped.count(key)) {
                out += ' ' + bytes(QPDFObjectHandle::newName(key).unparse()) + ' ' + direct(dictionary.getKey(key));
            }
        }
        return out;
    }

    /// Copies every queued object (and what they refer to) into @p objects.
    void drain(QList<PdfObject> &objects)
    {
        while (!m_pending.empty()) {
            QPDFObjectHandle object = m_pending.front();
            m_pending.pop_front();
            const int number = m_numbers.at(object.getObjGen());
            if (object.isStream()) {
                // Still encoded as it was: its /Filter and /DecodeParms come along; /Length is new.
                const std::shared_ptr<Buffer> data = object.getRawStreamData();
                const QByteArray raw(reinterpret_cast<const char *>(data->getBuffer()),
                                     static_cast<qsizetype>(data->getSize()));
                objects.append({number, streamObject(entries(object.getDict(), {"/Length"}), raw)});
            } else {
                objects.append({number, direct(object.shallowCopy())});
            }
        }
    }

private:
    int numberFor(QPDFObjectHandle object)
    {
        const QPDFObjGen key = object.getObjGen();
        if (const auto found = m_numbers.find(key); found != m_numbers.end()) {
            return found->second;
        }
        const int number = m_allocate();
        m_numbers.emplace(key, number);
        m_pending.push_back(object);
        return number;
    }

    const std::function<int()> &m_allocate;
    std::map<QPDFObjGen, int> m_numbers;
    std::deque<QPDFObjectHandle> m_pending;
};

} // namespace

QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
}

PdfObject invisibleAppearance(int number)
{
    return {number,
            streamObject("/Type /XObject /Subtype /Form /BBox [0 0 0 0] /Resources << >>", QByteArray())};
}

std::optional<VisibleAppearance> buildVisibleAppearance(const QStringList &lines, double width, double height,
                                                        const std::function<int()> &allocate)
{
    double contentHeight = 2 * kPadding;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        contentHeight += (i == 0 ? kTitleSize : kTextSize) * kLeading;
    }
    // Whole points: the page the block is drawn on has a media box in whole points, and the form
    // must have the same box for the drawing to sit where the page put it.
    const double boxWidth = std::ceil(width);
    const double boxHeight = std::ceil(height > 0 ? height : contentHeight);
    const std::optional<QByteArray> pdf = renderBox(lines, boxWidth, boxHeight);
    if (!pdf) {
        return std::nullopt;
    }
    try {
        QPDF box;
        box.processMemoryFile("signature block", pdf->constData(), static_cast<size_t>(pdf->size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(box).getAllPages();
        if (pages.empty()) {
            return std::nullopt;
        }
        QPDFPageObjectHelper page = pages.front();
        Pl_Buffer content("signature block content");
        page.pipeContents(&content);
        std::unique_ptr<Buffer> contentBytes(content.getBuffer());
        const QByteArray drawing(reinterpret_cast<const char *>(contentBytes->getBuffer()),
                                 static_cast<qsizetype>(contentBytes->getSize()));

        VisibleAppearance appearance;
        appearance.size = QSizeF(boxWidth, boxHeight);
        appearance.xobjectNumber = allocate();
        ObjectCopier copier(allocate);
        const QByteArray resources = copier.direct(page.getAttribute("/Resources", false));
        // The page and the form share a coordinate system: its media box is the form's box.
        appearance.objects.append(
            {appearance.xobjectNumber,
             streamObject("/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 " + pdfNumber(boxWidth) + ' ' +
                              pdfNumber(boxHeight) + "] /Matrix [1 0 0 1 0 0] /Resources " + resources,
                          drawing)});
        copier.drain(appearance.objects);
        return appearance;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace mla::core::detail
