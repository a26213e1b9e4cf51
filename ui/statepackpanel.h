#pragma once

#include "legal/statepack.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace mla::ui {

/// What the app knows about the requested state: every fact of its pack with its status
/// ("to be verified" where it was not checked against its source) and the source as a tooltip.
/// Unknown facts are listed as unknown, so the drafter sees what still has to be found out.
class StatePackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatePackPanel(QWidget *parent = nullptr);

    /// Shows @p pack, or a hint to choose the requested state when there is none.
    void setPack(const std::optional<core::StatePack> &pack, bool ownPack);
    QTableWidget *factList() const { return m_facts; }
    QString heading() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_heading = nullptr;
    QTableWidget *m_facts = nullptr;
};

} // namespace mla::ui
