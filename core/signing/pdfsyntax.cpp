#include "signing/pdfsyntax.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace mla::core::detail {

QByteArray pdfTextString(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QByteArray out = "(";
        for (const QChar c : text) {
            const char ch = static_cast<char>(c.unicode());
            if (ch == '(' || ch == ')' || ch == '\\') {
                out += '\\';
            }
            out += ch;
        }
        return out + ')';
    }
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray pdfDate(const QDateTime &time)
{
    const QDateTime t = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    const int offset = t.offsetFromUtc();
    QByteArray out = "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0) {
        return out + "+00'00'";
    }
    const int minutes = std::abs(offset) / 60;
    out += offset < 0 ? '-' : '+';
    out += QByteArray::number(minutes / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
    return out;
}

QDateTime parsePdfDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+\-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?\s*$)"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    auto part = [&m](int i, int fallback) {
        return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt();
    };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const QString sign = m.captured(7);
    if (sign.isEmpty()) {
        return QDateTime(date, time, Qt::LocalTime);
    }
    int offset = (part(8, 0) * 60 + part(9, 0)) * 60;
    if (sign == QLatin1String("-")) {
        offset = -offset;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QByteArray pdfNumber(double value)
{
    if (std::abs(value - std::round(value)) < 0.0005) {
        return QByteArray::number(static_cast<qint64>(std::llround(value)));
    }
    QByteArray out = QByteArray::number(value, 'f', 3);
    while (out.endsWith('0')) {
        out.chop(1);
    }
    if (out.endsWith('.')) {
        out.chop(1);
    }
    return out;
}

QByteArray pdfReference(int number, int generation)
{
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
}

} // namespace mla::core::detail
