#pragma once

#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mla::ui {

/// Collects how to sign: the PKCS#12 file, its passphrase (never stored: the field is cleared as
/// soon as it is read), reason, location, capacity, visible block and signature format.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignDialog(const QString &signerName, const QString &capacity, const QString &place,
                        QWidget *parent = nullptr);

    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QCheckBox *visibleBox() const { return m_visible; }
    /// The options entered; takes the passphrase out of its field.
    core::SigningOptions takeOptions();
    QPushButton *okButton() const { return m_okButton; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    /// Closes the dialog only when the certificate opens with the passphrase; otherwise says why.
    void accept() override;

private:
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_capacity = nullptr;
    QCheckBox *m_visible = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_okButton = nullptr;
};

/// Shows what verification found for each signature of a PDF: signer, time, format, coverage,
/// digest, certificate validity and trust, and every problem in words.
class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerificationDialog(const core::VerificationReport &report, QWidget *parent = nullptr);
    QTreeWidget *details() const { return m_details; }
    QString verdict() const;

private:
    QLabel *m_verdict = nullptr;
    QTreeWidget *m_details = nullptr;
};

/// A one-line summary of a verification report, as the verdict line shows it.
QString verificationVerdict(const core::VerificationReport &report);

} // namespace mla::ui
