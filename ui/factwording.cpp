#include "factwording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace mla::ui::factwording {

namespace {

QString translated(const QMap<QString, const char *> &words, const QString &code)
{
    const auto it = words.constFind(code);
    return it == words.constEnd() ? code : QCoreApplication::translate("FactWording", *it);
}

QString codeWord(const QString &key, const QString &code)
{
    static const QMap<QString, QMap<QString, const char *>> words = {
        {QStringLiteral("channels"),
         {{QStringLiteral("centralAuthority"), QT_TRANSLATE_NOOP("FactWording", "central authority to central authority")},
          {QStringLiteral("diplomatic"), QT_TRANSLATE_NOOP("FactWording", "diplomatic channel")},
          {QStringLiteral("interpol"), QT_TRANSLATE_NOOP("FactWording", "INTERPOL (urgent cases)")},
          {QStringLiteral("directJudicial"), QT_TRANSLATE_NOOP("FactWording", "directly between judicial authorities")}}},
        {QStringLiteral("dualCriminality"),
         {{QStringLiteral("none"), QT_TRANSLATE_NOOP("FactWording", "Not required")},
          {QStringLiteral("coerciveOnly"), QT_TRANSLATE_NOOP("FactWording", "Required for coercive measures only")},
          {QStringLiteral("all"), QT_TRANSLATE_NOOP("FactWording", "Required for every measure")}}},
        {QStringLiteral("translationCertification"),
         {{QStringLiteral("none"), QT_TRANSLATE_NOOP("FactWording", "No certification needed")},
          {QStringLiteral("certified"), QT_TRANSLATE_NOOP("FactWording", "Certified translation")},
          {QStringLiteral("sworn"), QT_TRANSLATE_NOOP("FactWording", "Sworn translation")}}},
        {QStringLiteral("extraditionEvidence"),
         {{QStringLiteral("none"), QT_TRANSLATE_NOOP("FactWording", "No evidence of guilt required")},
          {QStringLiteral("recordOfCase"), QT_TRANSLATE_NOOP("FactWording", "Record of the case")},
          {QStringLiteral("reasonableGrounds"), QT_TRANSLATE_NOOP("FactWording", "Reasonable grounds")},
          {QStringLiteral("probableCause"), QT_TRANSLATE_NOOP("FactWording", "Probable cause")},
          {QStringLiteral("primaFacie"), QT_TRANSLATE_NOOP("FactWording", "Prima facie case")}}},
        {QStringLiteral("assurancesRequired"),
         {{QStringLiteral("deathPenalty"), QT_TRANSLATE_NOOP("FactWording", "the death penalty will not be imposed or carried out")},
          {QStringLiteral("fairTrial"), QT_TRANSLATE_NOOP("FactWording", "a fair trial")},
          {QStringLiteral("lifeImprisonment"), QT_TRANSLATE_NOOP("FactWording", "no life imprisonment without review")},
          {QStringLiteral("noTorture"), QT_TRANSLATE_NOOP("FactWording", "no torture or ill-treatment")}}},
        {QStringLiteral("legalisation"),
         {{QStringLiteral("none"), QT_TRANSLATE_NOOP("FactWording", "Not required")},
          {QStringLiteral("apostille"), QT_TRANSLATE_NOOP("FactWording", "Apostille")},
          {QStringLiteral("consular"), QT_TRANSLATE_NOOP("FactWording", "Consular legalisation")}}},
        {QStringLiteral("measure"),
         {{QStringLiteral("any"), QT_TRANSLATE_NOOP("FactWording", "Any measure")},
          {QStringLiteral("searchSeizure"), QT_TRANSLATE_NOOP("FactWording", "Search and seizure")},
          {QStringLiteral("production"), QT_TRANSLATE_NOOP("FactWording", "Production of records")},
          {QStringLiteral("contentData"), QT_TRANSLATE_NOOP("FactWording", "Content data")}}},
    };
    const auto table = words.constFind(key);
    return table == words.constEnd() ? code : translated(*table, code);
}

QString languageName(const QString &code)
{
    // Each language by its own name: readable in any interface language.
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

QString label(const QString &key)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("mlaCentralAuthority"), QT_TRANSLATE_NOOP("StatePackPanel", "Central authority (MLA)")},
        {QStringLiteral("extraditionAuthority"), QT_TRANSLATE_NOOP("StatePackPanel", "Extradition authority")},
        {QStringLiteral("conventionCentralAuthority"), QT_TRANSLATE_NOOP("StatePackPanel", "Authority under the UN conventions")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("StatePackPanel", "Accepted languages")},
        {QStringLiteral("translationCertification"), QT_TRANSLATE_NOOP("StatePackPanel", "Translation certification")},
        {QStringLiteral("channels"), QT_TRANSLATE_NOOP("StatePackPanel", "Channels")},
        {QStringLiteral("dualCriminality"), QT_TRANSLATE_NOOP("StatePackPanel", "Dual criminality")},
        {QStringLiteral("evidentiaryThresholds"), QT_TRANSLATE_NOOP("StatePackPanel", "Evidentiary thresholds")},
        {QStringLiteral("extraditionEvidence"), QT_TRANSLATE_NOOP("StatePackPanel", "Evidence for extradition")},
        {QStringLiteral("extraditionTreatyRequired"), QT_TRANSLATE_NOOP("StatePackPanel", "Extradition needs a treaty")},
        {QStringLiteral("conventionAsExtraditionBasis"), QT_TRANSLATE_NOOP("StatePackPanel", "UN conventions accepted as treaty")},
        {QStringLiteral("extraditesNationals"), QT_TRANSLATE_NOOP("StatePackPanel", "Extradites its nationals")},
        {QStringLiteral("assurancesRequired"), QT_TRANSLATE_NOOP("StatePackPanel", "Assurances required")},
        {QStringLiteral("legalisation"), QT_TRANSLATE_NOOP("StatePackPanel", "Legalisation")},
        {QStringLiteral("formalRequirements"), QT_TRANSLATE_NOOP("StatePackPanel", "Formal requirements")},
        {QStringLiteral("specialRules"), QT_TRANSLATE_NOOP("StatePackPanel", "Special rules")},
        {QStringLiteral("confiscationNotes"), QT_TRANSLATE_NOOP("StatePackPanel", "Confiscation")},
        {QStringLiteral("processingAdvice"), QT_TRANSLATE_NOOP("StatePackPanel", "Processing advice")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : QCoreApplication::translate("StatePackPanel", *it);
}

QString value(const QString &key, const core::PackFact &fact)
{
    const QJsonValue &value = fact.value;
    if (value.isBool()) {
        return value.toBool() ? QCoreApplication::translate("FactWording", "Yes")
                              : QCoreApplication::translate("FactWording", "No");
    }
    if (value.isObject()) {
        return fact.text();
    }
    if (value.isString()) {
        return codeWord(key, value.toString());
    }
    QStringList parts;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (item.isObject()) {
            // An evidentiary threshold: the measure it applies to, then the standard.
            const QJsonObject entry = item.toObject();
            const QString measure = entry.value(QStringLiteral("measure")).toString();
            const QString standard = entry.value(QStringLiteral("standard")).toString();
            parts << (measure.isEmpty() ? standard
                                        : QCoreApplication::translate("FactWording", "%1: %2")
                                              .arg(codeWord(QStringLiteral("measure"), measure), standard));
        } else if (key == QLatin1String("languages")) {
            parts << languageName(item.toString());
        } else {
            parts << codeWord(key, item.toString());
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString confidence(const QString &code)
{
    static const QMap<QString, const char *> words = {
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("FactWording", "high")},
        {QStringLiteral("medium-high"), QT_TRANSLATE_NOOP("FactWording", "medium to high")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("FactWording", "medium")},
        {QStringLiteral("medium-low"), QT_TRANSLATE_NOOP("FactWording", "medium to low")},
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("FactWording", "low")},
    };
    return translated(words, code);
}

} // namespace mla::ui::factwording
