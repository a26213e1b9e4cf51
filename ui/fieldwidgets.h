#pragma once

#include "model/requestform.h"

#include <QPlainTextEdit>
#include <functional>

class QValidator;

namespace mla::ui {

/// A QPlainTextEdit that grows with its text between a few lines and a cap, so a paragraph of
/// facts is readable without a scroll bar inside a scrolling page.
class AutoHeightTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AutoHeightTextEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForLines(int lines) const;
    int m_lastWidth = -1;
};

/// Creates the editor widget for a field kind (see RequestEditor for the mapping).
QWidget *createFieldEditor(const core::FieldDefinition &field, QWidget *parent);

/// The validator of every field that takes an ISO 3166-1 alpha-2 code: upper-cases what is typed
/// and keeps at most two letters.
QValidator *createCountryCodeValidator(QObject *parent);
/// The value an editor holds, in the text form the request stores.
QString fieldEditorValue(const QWidget *editor, core::FieldKind kind);
/// Shows @p value without emitting the editor's change signals.
void setFieldEditorValue(QWidget *editor, core::FieldKind kind, const QString &value);
/// Calls @p onEdited with the new value whenever the user changes the editor.
void onFieldEdited(QWidget *editor, core::FieldKind kind, QObject *context,
                   std::function<void(const QString &)> onEdited);
/// How a stored value reads in a short summary (a choice's label, a country's name).
QString displayValue(const core::FieldDefinition &field, const QString &value);

} // namespace mla::ui
