#include "validation/reportjson.h"

#include <QJsonArray>

namespace mla::core {

QString severityName(Severity severity)
{
    return severity == Severity::Blocking ? QStringLiteral("blocking") : QStringLiteral("warning");
}

QJsonObject reportToJson(const ValidationReport &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("completeness"), report.completenessPercent());
    root.insert(QStringLiteral("blocking"), report.blockingCount());
    root.insert(QStringLiteral("warnings"), report.warningCount());
    QJsonArray findings;
    for (const Finding &f : report.findings) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.ruleId);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("field"), f.field.toString());
        if (f.itemNumber > 0) {
            o.insert(QStringLiteral("item"), f.itemNumber);
        }
        o.insert(QStringLiteral("message"), f.message);
        o.insert(QStringLiteral("action"), f.action);
        o.insert(QStringLiteral("citation"), f.citation);
        o.insert(QStringLiteral("verified"), f.verified);
        if (!f.source.isEmpty()) {
            o.insert(QStringLiteral("source"), f.source);
        }
        if (!f.stateBasis.isEmpty()) {
            o.insert(QStringLiteral("stateBasis"), f.stateBasis);
        }
        o.insert(QStringLiteral("template"), f.templateId);
        findings.append(o);
    }
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

QString reportToText(const ValidationReport &report)
{
    QString out = QStringLiteral("Completeness: %1 % - %2 blocking, %3 warnings\n")
                      .arg(report.completenessPercent())
                      .arg(report.blockingCount())
                      .arg(report.warningCount());
    for (const Finding &f : report.findings) {
        out += QStringLiteral("\n%1 %2  %3").arg(f.severity == Severity::Blocking ? QStringLiteral("BLOCKING")
                                                                                 : QStringLiteral("WARNING "),
                                                f.ruleId, f.field.toString());
        if (f.itemNumber > 0) {
            out += QStringLiteral(" (entry %1)").arg(f.itemNumber);
        }
        out += QStringLiteral("\n  %1\n  What to do: %2\n  Legal source: %3").arg(f.message, f.action, f.citation);
        if (!f.verified) {
            out += QStringLiteral(" [to be verified]");
        }
        if (!f.stateBasis.isEmpty()) {
            out += QStringLiteral("\n  Requested state: %1").arg(f.stateBasis);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace mla::core
