#include "findingspanel.h"

#include "model/requestform.h"
#include "uilanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

constexpr int kIconSize = 20;
constexpr int kPadding = 6;

/// Paints a finding's rich text (bold message, action, grey rule id and citation) wrapped to the
/// list's width, which a plain QListWidget item cannot do.
class FindingDelegate final : public QStyledItemDelegate
{
public:
    explicit FindingDelegate(QListWidget *view) : QStyledItemDelegate(view), m_view(view) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        icon.paint(painter, QRect(area.topLeft(), QSize(kIconSize, kIconSize)));

        QTextDocument doc;
        setUp(doc, index, area.width() - kIconSize - kPadding, opt);
        painter->save();
        painter->translate(area.left() + kIconSize + kPadding, area.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        context.palette.setColor(
            QPalette::Text, opt.palette.color(opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                       : QPalette::Inactive,
                                              selected ? QPalette::HighlightedText : QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int width = m_view->viewport()->width() - 2 * kPadding - kIconSize - kPadding;
        QTextDocument doc;
        setUp(doc, index, width, opt);
        const int height = static_cast<int>(doc.size().height()) + 2 * kPadding;
        return {m_view->viewport()->width(), std::max(height, kIconSize + 2 * kPadding)};
    }

private:
    static void setUp(QTextDocument &doc, const QModelIndex &index, int width,
                      const QStyleOptionViewItem &opt)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setHtml(index.data(FindingsPanel::HtmlRole).toString());
        doc.setTextWidth(std::max(width, 80));
    }

    QListWidget *m_view;
};

QString signatureOf(const core::Finding &f)
{
    return f.ruleId + QLatin1Char('@') + f.field.toString() + QLatin1Char('|') + f.stateBasis;
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    if (auto texts = core::RuleTexts::forLanguage(currentUiLanguage())) {
        m_ruleTexts = std::move(texts).value();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *heading = new QLabel(tr("Completeness"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("completeness"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p % complete"));
    layout->addWidget(m_progress);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    layout->addWidget(m_counts);

    // The list and the "nothing missing" note share the space below the figures.
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_empty = new QLabel(m_stack);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setContentsMargins(0, 12, 0, 0);
    m_stack->addWidget(m_empty);

    m_list = new QListWidget(m_stack);
    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setItemDelegate(new FindingDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setAlternatingRowColors(true);
    m_stack->addWidget(m_list);

    connect(m_list, &QListWidget::itemClicked, this, &FindingsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &FindingsPanel::activate);

    setMinimumWidth(240);
    setReport({});
}

void FindingsPanel::setForm(const core::RequestForm *form)
{
    m_form = form;
    m_shownSignature.clear();
    rebuildList();
}

void FindingsPanel::setReport(const core::ValidationReport &report)
{
    m_report = report;
    const int percent = report.completenessPercent();
    m_progress->setValue(percent);
    const int blocking = report.blockingCount();
    const int warnings = report.warningCount();
    m_counts->setText(
        tr("%n blocking", nullptr, blocking) + QStringLiteral(" · ") +
        (warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings)));
    m_counts->setToolTip(tr("Blocking findings must be resolved before the request is sent. "
                            "Warnings point at content that central authorities commonly expect."));
    m_progress->setToolTip(
        tr("%1 of %2 applicable checks are met.").arg(report.checksSatisfied).arg(report.checksApplicable));

    QStringList signature;
    signature.reserve(report.findings.size());
    for (const core::Finding &f : report.findings) {
        signature.append(signatureOf(f));
    }
    // Rebuilding the list on every keystroke would reset its scroll position and selection while
    // the user reads it; only a different set of findings is worth it.
    if (signature != m_shownSignature || m_list->count() != report.findings.size()) {
        m_shownSignature = signature;
        rebuildList();
    }
}

void FindingsPanel::setTemplateError(const QString &message)
{
    m_report = {};
    m_shownSignature.clear();
    m_list->clear();
    m_progress->setValue(0);
    m_counts->clear();
    m_empty->setText(tr("The request cannot be checked: %1").arg(message));
    m_stack->setCurrentWidget(m_empty);
}

QStringList FindingsPanel::ruleIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        ids.append(m_list->item(i)->data(RuleIdRole).toString());
    }
    return ids;
}

QString FindingsPanel::locationOf(const core::Finding &finding) const
{
    if (!m_form) {
        return {};
    }
    const core::FormStep *step = finding.field.key.isEmpty() && finding.field.isScalar()
                                     ? nullptr
                                     : m_form->stepFor(finding.field.collection, finding.field.key);
    if (!step) {
        return {};
    }
    QString where = step->title;
    if (finding.itemNumber > 0) {
        where += QStringLiteral(" · ") + tr("%1 %2").arg(step->itemLabel).arg(finding.itemNumber);
    }
    if (const core::FieldDefinition *field = m_form->field(finding.field.collection, finding.field.key)) {
        where += QStringLiteral(" · ") + field->label;
    }
    return where;
}

void FindingsPanel::rebuildList()
{
    const int scroll = m_list->verticalScrollBar()->value();
    m_list->clear();
    QStyle *st = style();
    const QIcon blockingIcon = st->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = st->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString grey = palette().color(QPalette::PlaceholderText).name();

    for (int i = 0; i < m_report.findings.size(); ++i) {
        const core::Finding &f = m_report.findings.at(i);
        const bool blocking = f.severity == core::Severity::Blocking;
        const QString location = locationOf(f);

        QString html;
        if (!location.isEmpty()) {
            html += QStringLiteral("<div style='color:%1; font-size:small'>%2</div>")
                        .arg(grey, location.toHtmlEscaped());
        }
        const QString message = m_ruleTexts.text(f.message);
        const QString action = m_ruleTexts.text(f.action);
        html += QStringLiteral("<div><b>%1</b></div>").arg(message.toHtmlEscaped());
        if (!action.isEmpty()) {
            html += QStringLiteral("<div>%1</div>").arg(action.toHtmlEscaped());
        }
        html += QStringLiteral("<div style='color:%1; font-size:small'>%2 · %3</div>")
                    .arg(grey, f.ruleId.toHtmlEscaped(), f.citation.toHtmlEscaped());
        if (!f.stateBasis.isEmpty()) {
            html += QStringLiteral("<div style='color:%1; font-size:small'>%2</div>")
                        .arg(grey, tr("Requested state: %1").arg(f.stateBasis).toHtmlEscaped());
        }
        if (!f.verified) {
            html +=
                QStringLiteral("<div style='color:#b35900; font-size:small'><b>%1</b></div>")
                    .arg(tr("To be verified: this rule has not yet been checked against the legal source.")
                             .toHtmlEscaped());
        }

        QString plain = message;
        if (!action.isEmpty()) {
            plain += QLatin1Char('\n') + action;
        }
        plain += QLatin1Char('\n') + f.ruleId + QStringLiteral(" · ") + f.citation;
        if (!f.stateBasis.isEmpty()) {
            plain += QLatin1Char('\n') + tr("Requested state: %1").arg(f.stateBasis);
        }
        if (!f.verified) {
            plain += QLatin1Char('\n') + tr("To be verified");
        }

        auto *item = new QListWidgetItem(blocking ? blockingIcon : warningIcon, plain, m_list);
        item->setData(RuleIdRole, f.ruleId);
        item->setData(FindingIndexRole, i);
        item->setData(HtmlRole, html);
        QString tip = blocking ? tr("Blocking") : tr("Warning");
        if (!f.source.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Source: %1").arg(f.source);
        }
        if (!f.templateId.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Template: %1").arg(f.templateId);
        }
        tip += QLatin1Char('\n') + tr("Click to go to the field.");
        item->setToolTip(tip);
    }
    m_list->verticalScrollBar()->setValue(scroll);

    if (m_report.findings.isEmpty()) {
        m_empty->setText(
            tr("No findings: the request meets every requirement of the templates that apply to it."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_list);
    }
}

void FindingsPanel::activate(QListWidgetItem *item)
{
    if (!item) {
        return;
    }
    const int i = item->data(FindingIndexRole).toInt();
    if (i >= 0 && i < m_report.findings.size()) {
        Q_EMIT findingActivated(m_report.findings.at(i));
    }
}

} // namespace mla::ui
