#include "statepackpanel.h"

#include "factwording.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mla::ui {

StatePackPanel::StatePackPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_facts = new QTableWidget(0, 2, this);
    m_facts->setObjectName(QStringLiteral("stateFacts"));
    m_facts->setHorizontalHeaderLabels({tr("Fact"), tr("What the app knows")});
    m_facts->verticalHeader()->hide();
    m_facts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_facts->setShowGrid(false);
    m_facts->setAlternatingRowColors(true);
    m_facts->setWordWrap(true);
    m_facts->setTextElideMode(Qt::ElideNone);
    m_facts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Both columns wrap within the side panel (sized to their contents, the fact names, longer in
    // French, pushed what the app knows out of sight), and each row is as tall as its text.
    m_facts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_facts->horizontalHeader()->setStretchLastSection(true);
    m_facts->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_facts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_facts->viewport()->installEventFilter(this);
    layout->addWidget(m_facts, 1);
    setPack(std::nullopt, false);
}

bool StatePackPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_facts->viewport() && event->type() == QEvent::Resize) {
        // The facts take two fifths of the width and what the app knows the rest, both wrapped.
        m_facts->horizontalHeader()->resizeSection(0, m_facts->viewport()->width() * 2 / 5);
    }
    return QWidget::eventFilter(watched, event);
}

QString StatePackPanel::heading() const
{
    return m_heading->text();
}

void StatePackPanel::setPack(const std::optional<core::StatePack> &pack, bool ownPack)
{
    m_facts->setRowCount(0);
    if (!pack) {
        m_heading->setText(tr("Choose the requested state to see what the app knows about its requirements."));
        return;
    }
    m_heading->setText(ownPack ? tr("%1 (%2): state pack, confidence %3, as of %4")
                                     .arg(pack->name(), pack->state(),
                                          pack->confidence().isEmpty() ? tr("not stated")
                                                                       : factwording::confidence(pack->confidence()),
                                          pack->asOf().isEmpty() ? tr("unknown") : pack->asOf())
                               : tr("%1 (%2): no pack of its own; the UN conventions' default rules apply, completed "
                                    "with what the state notified to the depositary.")
                                     .arg(pack->name(), pack->state()));
    const QColor toVerify(0xB3, 0x5C, 0x00);
    for (const QString &key : core::StatePack::knownFactKeys()) {
        const int row = m_facts->rowCount();
        m_facts->insertRow(row);
        auto *label = new QTableWidgetItem(factwording::label(key));
        auto *item = new QTableWidgetItem;
        // A fact and what is known of it start on the same line, however many lines either wraps to.
        for (QTableWidgetItem *cell : {label, item}) {
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
        m_facts->setItem(row, 0, label);
        m_facts->setItem(row, 1, item);
        const core::PackFact *fact = pack->fact(key);
        if (!fact) {
            item->setText(tr("unknown"));
            item->setForeground(palette().color(QPalette::PlaceholderText));
            continue;
        }
        QString text = factwording::value(key, *fact);
        if (!fact->verified) {
            text += tr(" — to be verified");
            item->setForeground(toVerify);
        }
        item->setText(text);
        QStringList tip;
        if (!fact->note.isEmpty()) {
            tip << fact->note;
        }
        if (!fact->sourceUrl.isEmpty()) {
            tip << tr("Source: %1").arg(fact->sourceUrl) + (fact->asOf.isEmpty() ? QString() : tr(" (%1)").arg(fact->asOf));
        }
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
}

} // namespace mla::ui
