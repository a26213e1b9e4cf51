#include "requesteditor.h"

#include "exportpage.h"
#include "fieldwidgets.h"
#include "findingspanel.h"
#include "legalbasisdialog.h"
#include "statepackpanel.h"
#include "storage/requestdocument.h"
#include "uilanguage.h"
#include "validation/requirementtemplate.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

enum class StepStatus
{
    Complete,
    Warnings,
    Blocking
};

/// A coloured dot for the step list, painted so it looks the same under every style.
QIcon paintStatusIcon(StepStatus status)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = status == StepStatus::Complete   ? QColor(0x2e, 0x7d, 0x32)
                              : status == StepStatus::Warnings ? QColor(0xe0, 0x8e, 0x0b)
                                                               : QColor(0xc6, 0x28, 0x28);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const qreal s = size;
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        p.setPen(QPen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (status == StepStatus::Complete) {
            QPainterPath tick;
            tick.moveTo(s * 0.28, s * 0.52);
            tick.lineTo(s * 0.44, s * 0.68);
            tick.lineTo(s * 0.72, s * 0.36);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        } else {
            p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.74));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

RequestEditor::RequestEditor(core::RequestDocument *document, core::CaseStore *store, QWidget *parent)
    : QWidget(parent), m_document(document), m_store(store), m_shownForm(formInUiLanguage(document->form()))
{
    setObjectName(QStringLiteral("requestEditor"));
    m_completeIcon = paintStatusIcon(StepStatus::Complete);
    m_warningIcon = paintStatusIcon(StepStatus::Warnings);
    m_blockingIcon = paintStatusIcon(StepStatus::Blocking);
    loadChecker();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    m_stepList = new QListWidget(m_splitter);
    m_stepList->setObjectName(QStringLiteral("steps"));
    m_stepList->setIconSize(QSize(16, 16));
    m_stepList->setSpacing(1);
    m_stepList->setStyleSheet(QStringLiteral("QListWidget#steps::item { padding: 5px 4px; }"));
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepList->setTextElideMode(Qt::ElideRight);

    m_pages = new QStackedWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("stepPages"));

    const QList<core::FormStep> &steps = m_shownForm.steps();
    for (int i = 0; i < steps.size(); ++i) {
        m_pages->addWidget(buildStepPage(i));
        auto *item = new QListWidgetItem(m_stepList);
        item->setData(Qt::UserRole, steps.at(i).id);
    }
    m_exportPage = new ExportPage(m_document, m_store, m_pages);
    m_pages->addWidget(m_exportPage);
    auto *exportItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                           tr("%1. Preview and export").arg(steps.size() + 1), m_stepList);
    exportItem->setToolTip(tr("See the letter as it will be printed and save it as a PDF."));

    // Findings first; what the app knows about the requested state on a second tab. Made after
    // the pages, so that Tab goes from the step list into the form, not into these tabs first.
    m_sideTabs = new QTabWidget(m_splitter);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_findings = new FindingsPanel(m_sideTabs);
    m_findings->setForm(&m_shownForm);
    m_sideTabs->addTab(m_findings, tr("Findings"));
    m_statePack = new StatePackPanel(m_sideTabs);
    m_sideTabs->addTab(m_statePack, tr("Requested state"));
    updateStatePack();

    // The step list fits its longest title (with a badge count); the page gets the rest.
    int widest = 0;
    for (int i = 0; i < steps.size(); ++i) {
        widest = std::max(widest, m_stepList->fontMetrics().horizontalAdvance(
                                      tr("%1. %2 (%3)").arg(i + 1).arg(steps.at(i).title).arg(9)));
    }
    const int stepWidth = std::min(widest + m_stepList->iconSize().width() + 28, 250);
    m_stepList->setMinimumWidth(140);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({stepWidth, 620, 300});

    connect(m_stepList, &QListWidget::currentRowChanged, this, &RequestEditor::showStep);
    connect(m_findings, &FindingsPanel::findingActivated, this, &RequestEditor::focusFinding);
    connect(m_document, &core::RequestDocument::valueChanged, this, &RequestEditor::onValueChanged);
    connect(m_document, &core::RequestDocument::collectionChanged, this, &RequestEditor::onCollectionChanged);

    revalidate();
    setCurrentStep(0);
}

RequestEditor::~RequestEditor()
{
    // The children outlive this part of the object; none of their last signals may reach it.
    disconnect(m_stepList, nullptr, this, nullptr);
    disconnect(m_findings, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    for (const Binding &binding : std::as_const(m_bindings)) {
        disconnect(binding.editor, nullptr, this, nullptr);
    }
}

void RequestEditor::loadChecker()
{
    auto checker = core::RequestChecker::builtIn();
    if (!checker) {
        m_checkerError = checker.error().message;
        return;
    }
    const QList<core::RequirementTemplate> templates =
        checker->templates().forType(m_document->request().typeId);
    if (templates.isEmpty()) {
        m_checkerError =
            tr("No requirement template applies to requests of type %1.").arg(m_document->request().typeId);
        return;
    }
    m_checker = std::move(checker).value();
}

QWidget *RequestEditor::buildStepPage(int stepIndex)
{
    const core::FormStep &step = m_shownForm.steps().at(stepIndex);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No tab stop of its own: Tab goes to the first field, and a focused field scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_scrollAreas.append(scroll);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("step:%1").arg(step.id));
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(20, 14, 20, 20);
    outer->setSpacing(10);

    auto *title = new QLabel(step.title, page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    outer->addWidget(title);
    if (!step.help.isEmpty()) {
        auto *help = new QLabel(step.help, page);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        outer->addWidget(help);
    }
    outer->addSpacing(4);

    if (!step.isCollection()) {
        auto *form = new QFormLayout;
        addFieldRows(form, step, QString(), 0, page);
        outer->addLayout(form);
        updateVisibility(QString(), 0);
        if (step.field(QStringLiteral("legalBasis.instrument"))) {
            auto *assistant = new QPushButton(tr("Suggest a legal basis…"), page);
            assistant->setObjectName(QStringLiteral("legalBasisAssistant"));
            assistant->setToolTip(tr("Find the conventions both states are party to for this request."));
            connect(assistant, &QPushButton::clicked, this, [this] {
                LegalBasisDialog dialog(m_document, this);
                dialog.exec();
            });
            auto *row = new QHBoxLayout;
            row->addWidget(assistant);
            row->addStretch(1);
            outer->addLayout(row);
        }
    } else {
        CollectionView view;
        view.step = &step;
        view.entries = new QVBoxLayout;
        view.entries->setSpacing(12);
        outer->addLayout(view.entries);

        view.emptyNote = new QLabel(tr("No entries yet."), page);
        view.emptyNote->setForegroundRole(QPalette::PlaceholderText);
        outer->addWidget(view.emptyNote);

        auto *buttons = new QHBoxLayout;
        view.addButton = new QPushButton(tr("Add %1").arg(step.itemLabel), page);
        view.addButton->setObjectName(QStringLiteral("add:%1").arg(step.collection));
        view.addButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
        buttons->addWidget(view.addButton);
        buttons->addStretch(1);
        outer->addLayout(buttons);

        const QString collection = step.collection;
        connect(view.addButton, &QPushButton::clicked, this, [this, collection] {
            m_writing = true;
            const qint64 id = m_document->addItem(collection);
            m_writing = false;
            const CollectionView &added = m_collections[collection];
            if (id != 0 && !added.step->fields.isEmpty()) {
                if (QWidget *first = fieldWidget({collection, id, added.step->fields.first().key})) {
                    revealWidget(first);
                    first->setFocus(Qt::OtherFocusReason);
                }
            }
        });
        m_collections.insert(collection, view);
        syncCollection(collection);
    }
    outer->addStretch(1);

    // Lines longer than this are hard to read; the page stays left-aligned in wide windows.
    page->setMaximumWidth(960);
    scroll->setWidget(page);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return scroll;
}

void RequestEditor::addFieldRows(QFormLayout *form, const core::FormStep &step, const QString &collection,
                                 qint64 itemId, QWidget *parent)
{
    // Labels above fields: long labels and paragraph fields stay readable in a narrow pane.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(8);
    form->setContentsMargins(0, 0, 0, 0);

    for (const core::FieldDefinition &field : step.fields) {
        const core::FieldRef ref{collection, itemId, field.key};
        QWidget *editor = createFieldEditor(field, parent);
        editor->setObjectName(QStringLiteral("field:%1").arg(ref.toString()));
        editor->setAccessibleName(field.label);
        if (!field.help.isEmpty()) {
            editor->setAccessibleDescription(field.help);
        }

        auto *row = new QWidget(parent);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(2);
        rowLayout->addWidget(editor);
        if (!field.help.isEmpty()) {
            auto *help = new QLabel(field.help, row);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            QFont small = help->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            help->setFont(small);
            rowLayout->addWidget(help);
        }

        if (field.kind == core::FieldKind::Flag) {
            form->addRow(row);
        } else {
            auto *label = new QLabel(field.label, parent);
            label->setBuddy(editor);
            QFont labelFont = label->font();
            labelFont.setWeight(QFont::DemiBold);
            label->setFont(labelFont);
            form->addRow(label, row);
        }

        setFieldEditorValue(editor, field.kind, m_document->request().valueAt(ref));
        onFieldEdited(editor, field.kind, this, [this, ref](const QString &value) {
            m_writing = true;
            if (ref.isScalar()) {
                m_document->setValue(ref.key, value);
            } else {
                m_document->setItemValue(ref.collection, ref.itemId, ref.key, value);
            }
            m_writing = false;
        });
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor)) {
            editor->installEventFilter(this);
        }
        m_bindings.insert(ref.toString(), Binding{ref, &field, editor, row, form});
    }
}

QGroupBox *RequestEditor::buildEntryBox(CollectionView &view, const core::CollectionItem &item)
{
    const QString collection = view.step->collection;
    const qint64 itemId = item.id;
    auto *box = new QGroupBox;
    box->setObjectName(QStringLiteral("entry:%1[%2]").arg(collection).arg(itemId));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addFieldRows(form, *view.step, collection, itemId, box);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("remove:%1[%2]").arg(collection).arg(itemId));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(remove, &QPushButton::clicked, this, [this, collection, itemId] {
        m_writing = true;
        m_document->removeItem(collection, itemId);
        m_writing = false;
        if (QPushButton *add = addButton(collection)) {
            add->setFocus(Qt::OtherFocusReason);
        }
    });
    return box;
}

void RequestEditor::syncCollection(const QString &collection)
{
    const auto viewIt = m_collections.find(collection);
    if (viewIt == m_collections.end()) {
        return;
    }
    CollectionView &view = *viewIt;
    const QList<core::CollectionItem> items = m_document->request().items(collection);

    for (auto it = view.boxes.begin(); it != view.boxes.end();) {
        const qint64 id = it.key();
        const bool present = std::any_of(items.cbegin(), items.cend(),
                                         [id](const core::CollectionItem &entry) { return entry.id == id; });
        if (present) {
            ++it;
            continue;
        }
        forgetBindings(collection, id);
        QGroupBox *box = it.value();
        view.entries->removeWidget(box);
        box->hide();
        // The box may hold the Remove button whose click is being handled right now.
        box->deleteLater();
        it = view.boxes.erase(it);
    }

    for (int i = 0; i < items.size(); ++i) {
        const core::CollectionItem &entry = items.at(i);
        QGroupBox *box = view.boxes.value(entry.id);
        if (!box) {
            box = buildEntryBox(view, entry);
            view.boxes.insert(entry.id, box);
            updateVisibility(collection, entry.id);
        } else {
            view.entries->removeWidget(box);
        }
        view.entries->insertWidget(i, box);
        box->show();
    }
    view.emptyNote->setVisible(items.isEmpty());
    view.emptyNote->setText(tr("No entries yet. Use “Add %1” below.").arg(view.step->itemLabel));
    updateEntryTitles(view);
}

void RequestEditor::updateEntryTitles(const CollectionView &view)
{
    const QList<core::CollectionItem> items = m_document->request().items(view.step->collection);
    const core::FieldDefinition *summaryField =
        view.step->fields.isEmpty() ? nullptr : &view.step->fields.first();
    for (int i = 0; i < items.size(); ++i) {
        QGroupBox *box = view.boxes.value(items.at(i).id);
        if (!box) {
            continue;
        }
        QString title = tr("%1 %2").arg(view.step->itemLabel).arg(i + 1);
        if (summaryField) {
            const QString summary = displayValue(*summaryField, items.at(i).value(summaryField->key));
            if (!summary.isEmpty()) {
                title = tr("%1: %2").arg(title, box->fontMetrics().elidedText(summary, Qt::ElideRight, 360));
            }
        }
        box->setTitle(title);
    }
}

void RequestEditor::updateVisibility(const QString &collection, qint64 itemId)
{
    const core::Request &request = m_document->request();
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.field->visibleWhen.isEmpty() || binding.ref.collection != collection ||
            binding.ref.itemId != itemId) {
            continue;
        }
        const bool on =
            request.valueAt({collection, itemId, binding.field->visibleWhen}) == QLatin1String("true");
        binding.form->setRowVisible(binding.row, on);
    }
}

void RequestEditor::forgetBindings(const QString &collection, qint64 itemId)
{
    m_bindings.removeIf([&](const QHash<QString, Binding>::iterator it) {
        return it->ref.collection == collection && it->ref.itemId == itemId;
    });
}

bool RequestEditor::isSaving() const
{
    return m_exportPage && m_exportPage->isSaving();
}

int RequestEditor::stepCount() const
{
    return m_pages->count();
}

int RequestEditor::exportStepIndex() const
{
    return m_pages->indexOf(m_exportPage);
}

int RequestEditor::currentStep() const
{
    return m_pages->currentIndex();
}

void RequestEditor::setCurrentStep(int index)
{
    if (index < 0 || index >= stepCount()) {
        return;
    }
    m_stepList->setCurrentRow(index);
    showStep(index);
}

void RequestEditor::showStep(int index)
{
    if (index >= 0 && index < stepCount() && m_pages->currentIndex() != index) {
        m_pages->setCurrentIndex(index);
    }
}

int RequestEditor::stepIndexFor(const core::FieldRef &field) const
{
    const core::RequestForm &form = m_shownForm;
    const core::FormStep *step = nullptr;
    if (field.isScalar()) {
        if (!field.key.isEmpty()) {
            step = form.stepFor(QString(), field.key);
        }
    } else {
        step = form.stepForCollection(field.collection);
    }
    if (!step) {
        return -1;
    }
    const QList<core::FormStep> &steps = form.steps();
    for (int i = 0; i < steps.size(); ++i) {
        if (&steps.at(i) == step) {
            return i;
        }
    }
    return -1;
}

QWidget *RequestEditor::fieldWidget(const core::FieldRef &field) const
{
    const auto it = m_bindings.constFind(field.toString());
    return it == m_bindings.constEnd() ? nullptr : it->editor;
}

QPushButton *RequestEditor::addButton(const QString &collection) const
{
    const auto it = m_collections.constFind(collection);
    return it == m_collections.constEnd() ? nullptr : it->addButton;
}

bool RequestEditor::focusFinding(const core::Finding &finding)
{
    const int index = stepIndexFor(finding);
    if (index < 0) {
        return false;
    }
    setCurrentStep(index);
    QWidget *target = nullptr;
    if (!finding.field.isScalar() && (finding.field.itemId == 0 || finding.field.key.isEmpty())) {
        if (finding.field.itemId == 0) {
            target = addButton(finding.field.collection);
        } else {
            target = m_collections.value(finding.field.collection).boxes.value(finding.field.itemId);
        }
    } else {
        target = fieldWidget(finding.field);
    }
    if (!target) {
        return false;
    }
    revealWidget(target);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void RequestEditor::revealWidget(QWidget *widget)
{
    const int index = currentStep();
    if (index < 0 || index >= m_scrollAreas.size()) {
        return;
    }
    QScrollArea *scroll = m_scrollAreas.at(index);
    scroll->ensureWidgetVisible(widget, 40, 80);
    // A page shown for the first time, or an entry just added, is laid out only on the next pass.
    QTimer::singleShot(0, scroll, [scroll, target = QPointer<QWidget>(widget)] {
        if (target) {
            scroll->ensureWidgetVisible(target, 40, 80);
        }
    });
}

void RequestEditor::updateStatePack()
{
    if (!m_checker) {
        m_statePack->setPack(std::nullopt, false);
        return;
    }
    const QString state = m_document->request().value(QStringLiteral("addressee.state")).trimmed().toUpper();
    m_statePack->setPack(m_checker->packFor(state), m_checker->packs().ownPack(state) != nullptr);
}

void RequestEditor::onValueChanged(const core::FieldRef &ref)
{
    if (ref.isScalar() && ref.key == QLatin1String("addressee.state")) {
        updateStatePack();
    }
    const auto it = m_bindings.constFind(ref.toString());
    if (it != m_bindings.constEnd()) {
        const Binding &binding = *it;
        const QString value = m_document->request().valueAt(ref);
        if (fieldEditorValue(binding.editor, binding.field->kind) != value) {
            setFieldEditorValue(binding.editor, binding.field->kind, value);
        }
        if (binding.field->kind == core::FieldKind::Flag) {
            updateVisibility(ref.collection, ref.itemId);
        }
        if (!m_writing) {
            // Undo or redo: show the user what changed.
            const int step = stepIndexFor(ref);
            if (step >= 0) {
                setCurrentStep(step);
                revealWidget(binding.editor);
                binding.editor->setFocus(Qt::OtherFocusReason);
            }
        }
    }
    if (!ref.isScalar()) {
        const auto view = m_collections.constFind(ref.collection);
        if (view != m_collections.constEnd()) {
            updateEntryTitles(*view);
        }
    }
    revalidate();
}

void RequestEditor::onCollectionChanged(const QString &collection)
{
    syncCollection(collection);
    if (!m_writing) {
        const int step = stepIndexFor(core::FieldRef{collection, 0, {}});
        if (step >= 0) {
            setCurrentStep(step);
        }
    }
    revalidate();
}

void RequestEditor::revalidate()
{
    if (!m_checker) {
        m_report = {};
        m_findings->setTemplateError(m_checkerError);
        updateStepBadges();
        m_exportPage->setBlockingCount(0);
        return;
    }
    m_report = m_checker->check(m_document->request());
    m_findings->setReport(m_report);
    updateStepBadges();
    if (m_exportPage) {
        m_exportPage->setBlockingCount(m_report.blockingCount());
    }
    Q_EMIT reportChanged(m_report);
}

void RequestEditor::updateStepBadges()
{
    const QList<core::FormStep> &steps = m_shownForm.steps();
    QList<int> blocking(steps.size(), 0);
    QList<int> warnings(steps.size(), 0);
    for (const core::Finding &finding : std::as_const(m_report.findings)) {
        const int index = stepIndexFor(finding);
        if (index < 0) {
            continue;
        }
        (finding.severity == core::Severity::Blocking ? blocking : warnings)[index] += 1;
    }
    const bool checked = m_checker.has_value();
    for (int i = 0; i < steps.size() && i < m_stepList->count(); ++i) {
        QListWidgetItem *item = m_stepList->item(i);
        const QString title = tr("%1. %2").arg(i + 1).arg(steps.at(i).title);
        item->setData(BlockingCountRole, blocking.at(i));
        item->setData(WarningCountRole, warnings.at(i));
        if (blocking.at(i) > 0) {
            item->setText(tr("%1 (%2)").arg(title).arg(blocking.at(i)));
            item->setIcon(m_blockingIcon);
        } else {
            item->setText(title);
            item->setIcon(checked ? (warnings.at(i) > 0 ? m_warningIcon : m_completeIcon) : QIcon());
        }
        // The list may be too narrow for the whole title: the tooltip always has it.
        QString tip = steps.at(i).help.isEmpty() ? title : title + QStringLiteral("\n") + steps.at(i).help;
        if (checked) {
            const QString counts =
                blocking.at(i) == 0 && warnings.at(i) == 0
                    ? tr("Nothing missing.")
                    : tr("%n blocking", nullptr, blocking.at(i)) + QStringLiteral(", ") +
                          (warnings.at(i) == 1 ? tr("%n warning", nullptr, 1)
                                               : tr("%n warnings", nullptr, warnings.at(i)));
            tip += QStringLiteral("\n\n") + counts;
        }
        item->setToolTip(tip);
    }
}

bool RequestEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Leave Ctrl+Z to the window's Undo action (the request's undo stack) instead of
            // the line edit's own history.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mla::ui
