#include "userprompts.h"

#include "signingdialogs.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

QString trPrompt(const char *text)
{
    return QCoreApplication::translate("UserPrompts", text);
}

class DialogPrompts final : public UserPrompts
{
public:
    void showError(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::critical(parent, title, text);
    }

    void showInformation(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }

    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &confirmLabel) override
    {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
        QPushButton *yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
        QPushButton *no = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(no);
        box.exec();
        return box.clickedButton() == yes;
    }

    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, directory, filter);
    }

    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    }

    QString existingDirectory(QWidget *parent, const QString &title, const QString &directory) override
    {
        return QFileDialog::getExistingDirectory(parent, title, directory);
    }

    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial) override
    {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        if (!ok) {
            return std::nullopt;
        }
        return text;
    }

    std::optional<CaseDetails> askCaseDetails(QWidget *parent) override
    {
        QDialog dialog(parent);
        dialog.setWindowTitle(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "New case")));
        auto *layout = new QVBoxLayout(&dialog);
        auto *intro = new QLabel(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "A case groups the requests of one domestic proceeding.")), &dialog);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *form = new QFormLayout;
        auto *reference = new QLineEdit(&dialog);
        reference->setPlaceholderText(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "e.g. EC-2026-0142")));
        auto *title = new QLineEdit(&dialog);
        title->setMinimumWidth(320);
        form->addRow(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "&Reference:")), reference);
        form->addRow(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "&Title:")), title);
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "Create case")));
        // A case without a title would be an anonymous row in the case list.
        ok->setEnabled(false);
        QObject::connect(title, &QLineEdit::textChanged, ok,
                         [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return CaseDetails{reference->text().trimmed(), title->text().trimmed()};
    }

    std::optional<core::SigningOptions> askSigningOptions(QWidget *parent, const QString &signer,
                                                          const QString &capacity, const QString &place) override
    {
        SignDialog dialog(signer, capacity, place, parent);
        if (dialog.exec() != QDialog::Accepted) {
            dialog.passphraseEdit()->clear();
            return std::nullopt;
        }
        return dialog.takeOptions();
    }

    void showVerification(QWidget *parent, const core::VerificationReport &report) override
    {
        VerificationDialog dialog(report, parent);
        dialog.exec();
    }

    std::optional<NewRequestDetails> askNewRequest(QWidget *parent, const QList<RequestTypeChoice> &types) override
    {
        QDialog dialog(parent);
        dialog.setWindowTitle(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "New request")));
        auto *layout = new QVBoxLayout(&dialog);
        auto *form = new QFormLayout;
        auto *type = new QComboBox(&dialog);
        QString family;
        for (const RequestTypeChoice &choice : types) {
            if (choice.family != family) {
                family = choice.family;
                if (type->count() > 0) {
                    type->insertSeparator(type->count());
                }
            }
            type->addItem(choice.title, choice.typeId);
        }
        auto *title = new QLineEdit(&dialog);
        title->setMinimumWidth(380);
        title->setText(type->currentText());
        // Follow the type until the user writes a title of their own.
        QObject::connect(type, &QComboBox::currentIndexChanged, title, [type, title](int) {
            if (!title->isModified()) {
                title->setText(type->currentText());
            }
        });
        form->addRow(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "&Type:")), type);
        form->addRow(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "&Title:")), title);
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(trPrompt(QT_TRANSLATE_NOOP("UserPrompts", "Create request")));
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted || type->currentIndex() < 0) {
            return std::nullopt;
        }
        return NewRequestDetails{type->currentData().toString(), title->text().trimmed()};
    }
};

UserPrompts *g_installed = nullptr;

} // namespace

UserPrompts &UserPrompts::instance()
{
    static DialogPrompts dialogs;
    return g_installed ? *g_installed : dialogs;
}

void UserPrompts::setInstance(UserPrompts *prompts)
{
    g_installed = prompts;
}

} // namespace mla::ui
