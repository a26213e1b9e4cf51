#include "statepackpanel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

QString factLabel(const QString &key)
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

} // namespace

StatePackPanel::StatePackPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_facts = new QTreeWidget(this);
    m_facts->setObjectName(QStringLiteral("stateFacts"));
    m_facts->setColumnCount(2);
    m_facts->setHeaderLabels({tr("Fact"), tr("What the app knows")});
    m_facts->setRootIsDecorated(false);
    m_facts->setWordWrap(true);
    m_facts->setUniformRowHeights(false);
    m_facts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_facts->header()->setStretchLastSection(true);
    layout->addWidget(m_facts, 1);
    setPack(std::nullopt, false);
}

QString StatePackPanel::heading() const
{
    return m_heading->text();
}

void StatePackPanel::setPack(const std::optional<core::StatePack> &pack, bool ownPack)
{
    m_facts->clear();
    if (!pack) {
        m_heading->setText(tr("Choose the requested state to see what the app knows about its requirements."));
        return;
    }
    m_heading->setText(ownPack ? tr("%1 (%2): state pack, confidence %3, as of %4")
                                     .arg(pack->name(), pack->state(),
                                          pack->confidence().isEmpty() ? tr("not stated") : pack->confidence(),
                                          pack->asOf().isEmpty() ? tr("unknown") : pack->asOf())
                               : tr("%1 (%2): no pack of its own; the UN conventions' default rules apply, completed "
                                    "with what the state notified to the depositary.")
                                     .arg(pack->name(), pack->state()));
    const QColor toVerify(0xB3, 0x5C, 0x00);
    for (const QString &key : core::StatePack::knownFactKeys()) {
        auto *item = new QTreeWidgetItem(m_facts);
        item->setText(0, factLabel(key));
        const core::PackFact *fact = pack->fact(key);
        if (!fact) {
            item->setText(1, tr("unknown"));
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
            continue;
        }
        QString text = fact->text();
        if (!fact->verified) {
            text += tr(" — to be verified");
            item->setForeground(1, toVerify);
        }
        item->setText(1, text);
        QStringList tip;
        if (!fact->note.isEmpty()) {
            tip << fact->note;
        }
        if (!fact->sourceUrl.isEmpty()) {
            tip << tr("Source: %1").arg(fact->sourceUrl) + (fact->asOf.isEmpty() ? QString() : tr(" (%1)").arg(fact->asOf));
        }
        item->setToolTip(1, tip.join(QLatin1Char('\n')));
    }
}

} // namespace mla::ui
