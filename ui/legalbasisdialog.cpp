#include "legalbasisdialog.h"

#include "fieldwidgets.h"

#include "storage/requestdocument.h"
#include "validation/requestchecker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

const QString kHomeStateKey = QStringLiteral("legalBasis/requestingState");

QString categoryLabel(const QString &category)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("corruption"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Corruption")},
        {QStringLiteral("moneyLaundering"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Money laundering")},
        {QStringLiteral("drugTrafficking"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Drug trafficking")},
        {QStringLiteral("organizedCrime"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Organized crime")},
        {QStringLiteral("cybercrime"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Cybercrime")},
        {QStringLiteral("electronicEvidence"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Electronic evidence of any offence")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("LegalBasisDialog", "Other serious crime")},
    };
    return QCoreApplication::translate("LegalBasisDialog", labels.value(category, "Other serious crime"));
}

QLineEdit *stateEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setMaxLength(2);
    edit->setMaximumWidth(60);
    edit->setValidator(createCountryCodeValidator(edit));
    return edit;
}

} // namespace

LegalBasisDialog::LegalBasisDialog(core::RequestDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Legal basis assistant"));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Instruments that can serve as the legal basis between the two states, from the "
                                "treaty-status table. Check party status and reservations before relying on one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_requesting = stateEdit(this);
    m_requesting->setObjectName(QStringLiteral("requestingState"));
    const QString ownState = document->request().value(QStringLiteral("authority.state"));
    m_requesting->setText(ownState.isEmpty() ? QSettings().value(kHomeStateKey).toString() : ownState);
    m_requested = stateEdit(this);
    m_requested->setObjectName(QStringLiteral("requestedState"));
    m_requested->setText(document->request().value(QStringLiteral("addressee.state")));
    m_offence = new QComboBox(this);
    m_offence->setObjectName(QStringLiteral("offenceCategory"));
    for (const QString &category : core::LegalBasisAdvisor::offenceCategories()) {
        m_offence->addItem(categoryLabel(category), category);
    }
    form->addRow(tr("Requesting state (ISO code):"), m_requesting);
    form->addRow(tr("Requested state (ISO code):"), m_requested);
    form->addRow(tr("Offences:"), m_offence);
    layout->addLayout(form);

    m_options = new QListWidget(this);
    m_options->setObjectName(QStringLiteral("legalBasisOptions"));
    layout->addWidget(m_options, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(90);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_use = buttons->addButton(tr("Use this instrument"), QDialogButtonBox::ActionRole);
    m_use->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (applySelection()) {
            accept();
        }
    });

    auto advisor = core::LegalBasisAdvisor::builtIn();
    auto checker = core::RequestChecker::builtIn();
    if (!advisor || !checker) {
        m_details->setText(tr("The treaty data could not be loaded: %1")
                               .arg(!advisor ? advisor.error().message : checker.error().message));
        return;
    }
    m_advisor = std::move(advisor).value();
    m_checker = std::move(checker).value();

    connect(m_requesting, &QLineEdit::textChanged, this, &LegalBasisDialog::refresh);
    connect(m_requested, &QLineEdit::textChanged, this, &LegalBasisDialog::refresh);
    connect(m_offence, &QComboBox::currentIndexChanged, this, &LegalBasisDialog::refresh);
    connect(m_options, &QListWidget::currentRowChanged, this, &LegalBasisDialog::showDetails);
    refresh();
}

void LegalBasisDialog::refresh()
{
    m_options->clear();
    m_details->clear();
    m_notes->clear();
    m_use->setEnabled(false);
    if (!m_advisor) {
        return;
    }
    const QString from = m_requesting->text().trimmed().toUpper();
    const QString to = m_requested->text().trimmed().toUpper();
    const core::TreatyStatusTable &table = m_advisor->table();
    if (!table.row(from) || !table.row(to)) {
        m_details->setText(tr("Enter the ISO codes of both states (for example DE and FR)."));
        return;
    }
    QSettings().setValue(kHomeStateKey, from);
    const std::optional<core::StatePack> pack = m_checker->packFor(to);
    m_advice = m_advisor->advise({from, to, m_document->form().family(), m_offence->currentData().toString()},
                                 pack ? &*pack : nullptr);
    for (const core::LegalBasisOption &option : std::as_const(m_advice.options)) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogCancelButton;
        QString status = tr("not available");
        if (option.availability == core::LegalBasisOption::Availability::BothParties) {
            icon = QStyle::SP_DialogApplyButton;
            status = tr("both states are parties");
        } else if (option.availability == core::LegalBasisOption::Availability::StatusUnknown) {
            icon = QStyle::SP_MessageBoxQuestion;
            status = tr("party status unknown");
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                         tr("%1, %2 — %3").arg(option.title, option.article, status), m_options);
        item->setToolTip(option.reason);
    }
    QStringList notes = m_advice.notes;
    notes.prepend(tr("Treaty status as of %1.").arg(table.asOf()));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    if (!m_advice.options.isEmpty()) {
        m_options->setCurrentRow(0);
    }
}

void LegalBasisDialog::showDetails()
{
    const int row = m_options->currentRow();
    if (row < 0 || row >= m_advice.options.size()) {
        m_details->clear();
        m_use->setEnabled(false);
        return;
    }
    const core::LegalBasisOption &option = m_advice.options.at(row);
    QString text = option.reason;
    for (const QString &caveat : option.caveats) {
        text += QStringLiteral("\n• ") + caveat;
    }
    m_details->setText(text);
    m_use->setEnabled(option.availability != core::LegalBasisOption::Availability::NotAvailable);
}

bool LegalBasisDialog::applySelection()
{
    const int row = m_options->currentRow();
    if (row < 0 || row >= m_advice.options.size() ||
        m_advice.options.at(row).availability == core::LegalBasisOption::Availability::NotAvailable) {
        return false;
    }
    const core::LegalBasisOption &option = m_advice.options.at(row);
    // One undo step for the fields the choice fills in.
    m_document->setValues(option.fieldValues(), tr("Use %1 as the legal basis").arg(option.instrumentId));
    return true;
}

} // namespace mla::ui
