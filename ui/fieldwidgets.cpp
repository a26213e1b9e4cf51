#include "fieldwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextLayout>
#include <QValidator>
#include <QWheelEvent>

namespace mla::ui {

namespace {

/// A choice box that takes the mouse wheel only once it has the focus: scrolling the form over it
/// must scroll the form, not silently change (and save) the choice under the pointer.
class ScrollSafeComboBox : public QComboBox
{
public:
    explicit ScrollSafeComboBox(QWidget *parent) : QComboBox(parent) { setFocusPolicy(Qt::StrongFocus); }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus()) {
            QComboBox::wheelEvent(event);
        } else {
            event->ignore();
        }
    }
};

constexpr int kMinLines = 3;
constexpr int kMaxLines = 16;

/// Upper-cases what is typed and keeps at most two letters: requested states and nationalities
/// are ISO 3166-1 alpha-2 codes.
class CountryCodeValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        if (input.size() > 2) {
            return Invalid;
        }
        for (const QChar c : std::as_const(input)) {
            if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
                return Invalid;
            }
        }
        return input.size() == 2 || input.isEmpty() ? Acceptable : Intermediate;
    }
};

/// "FR  France" in the popup, "FR" in the field.
QCompleter *countryCompleter(QObject *parent)
{
    static const QList<std::pair<QString, QString>> countries = [] {
        QList<std::pair<QString, QString>> list;
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2) {
                list.append({code, QLocale::territoryToString(territory)});
            }
        }
        std::sort(list.begin(), list.end());
        return list;
    }();
    auto *model = new QStandardItemModel(parent);
    for (const auto &[code, name] : countries) {
        auto *item = new QStandardItem(QStringLiteral("%1  %2").arg(code, name));
        item->setData(code, Qt::UserRole);
        model->appendRow(item);
    }
    auto *completer = new QCompleter(model, parent);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

QString countryName(const QString &code)
{
    if (code.size() != 2) {
        return {};
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

} // namespace

AutoHeightTextEdit::AutoHeightTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
}

int AutoHeightTextEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const QMargins viewportMargins = this->viewportMargins();
    const int documentMargin = static_cast<int>(2 * document()->documentMargin());
    return lines * fontMetrics().lineSpacing() + margins.top() + margins.bottom() + viewportMargins.top() +
           viewportMargins.bottom() + documentMargin + 2;
}

QSize AutoHeightTextEdit::sizeHint() const
{
    // Wrapped lines at the current width; QPlainTextDocumentLayout only knows them for blocks it
    // has already laid out, so count them here.
    const qreal width = viewport()->width() - 2 * document()->documentMargin();
    int lines = 0;
    if (width > 20) {
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            QTextLayout layout(block.text(), font());
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            int blockLines = 0;
            while (true) {
                QTextLine line = layout.createLine();
                if (!line.isValid()) {
                    break;
                }
                line.setLineWidth(width);
                ++blockLines;
            }
            layout.endLayout();
            lines += std::max(blockLines, 1);
        }
    } else {
        lines = document()->blockCount();
    }
    // One spare line invites typing on; the cap keeps a long text from pushing the page away.
    const int shown = std::clamp(lines + 1, kMinLines, kMaxLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(shown)};
}

QSize AutoHeightTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(kMinLines)};
}

void AutoHeightTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Only a new width re-wraps the text; reacting to height changes would loop with the layout.
    if (width() != m_lastWidth) {
        m_lastWidth = width();
        updateGeometry();
    }
}

QValidator *createCountryCodeValidator(QObject *parent)
{
    return new CountryCodeValidator(parent);
}

QWidget *createFieldEditor(const core::FieldDefinition &field, QWidget *parent)
{
    switch (field.kind) {
    case core::FieldKind::Multiline: {
        auto *edit = new AutoHeightTextEdit(parent);
        // The request's undo stack is the only undo: a second, widget-local one would disagree with it.
        edit->setUndoRedoEnabled(false);
        return edit;
    }
    case core::FieldKind::Choice: {
        auto *combo = new ScrollSafeComboBox(parent);
        combo->addItem(QString(), QString());
        for (const core::ChoiceOption &option : field.options) {
            combo->addItem(option.label, option.value);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    }
    case core::FieldKind::Flag:
        return new QCheckBox(field.label, parent);
    case core::FieldKind::Date: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(QCoreApplication::translate("FieldWidgets", "YYYY-MM-DD"));
        edit->setMaxLength(32);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
        return edit;
    }
    case core::FieldKind::Country: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new CountryCodeValidator(edit));
        edit->setCompleter(countryCompleter(edit));
        edit->setPlaceholderText(QCoreApplication::translate("FieldWidgets", "e.g. FR"));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("e.g. FRWW")) * 2);
        return edit;
    }
    case core::FieldKind::Email: {
        auto *edit = new QLineEdit(parent);
        edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        return edit;
    }
    case core::FieldKind::Phone: {
        auto *edit = new QLineEdit(parent);
        edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        return edit;
    }
    case core::FieldKind::Text:
        break;
    }
    return new QLineEdit(parent);
}

QString fieldEditorValue(const QWidget *editor, core::FieldKind kind)
{
    switch (kind) {
    case core::FieldKind::Multiline:
        return static_cast<const QPlainTextEdit *>(editor)->toPlainText();
    case core::FieldKind::Choice:
        return static_cast<const QComboBox *>(editor)->currentData().toString();
    case core::FieldKind::Flag:
        return static_cast<const QCheckBox *>(editor)->isChecked() ? QStringLiteral("true")
                                                                   : QStringLiteral("false");
    default:
        return static_cast<const QLineEdit *>(editor)->text();
    }
}

void setFieldEditorValue(QWidget *editor, core::FieldKind kind, const QString &value)
{
    const QSignalBlocker blocker(editor);
    switch (kind) {
    case core::FieldKind::Multiline:
        static_cast<QPlainTextEdit *>(editor)->setPlainText(value);
        return;
    case core::FieldKind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        int index = combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            // A value the form no longer offers (older case file) stays visible rather than vanishing.
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
        return;
    }
    case core::FieldKind::Flag:
        static_cast<QCheckBox *>(editor)->setChecked(value == QLatin1String("true"));
        return;
    default: {
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(value);
        // Show the start of a long value, as a reader expects, unless the user is typing in it.
        if (!edit->hasFocus()) {
            edit->setCursorPosition(0);
        }
        if (kind == core::FieldKind::Country) {
            edit->setToolTip(countryName(value));
        }
        return;
    }
    }
}

void onFieldEdited(QWidget *editor, core::FieldKind kind, QObject *context,
                   std::function<void(const QString &)> onEdited)
{
    switch (kind) {
    case core::FieldKind::Multiline: {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        QObject::connect(edit, &QPlainTextEdit::textChanged, context,
                         [edit, onEdited] { onEdited(edit->toPlainText()); });
        return;
    }
    case core::FieldKind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        QObject::connect(combo, &QComboBox::currentIndexChanged, context,
                         [combo, onEdited] { onEdited(combo->currentData().toString()); });
        return;
    }
    case core::FieldKind::Flag: {
        auto *box = static_cast<QCheckBox *>(editor);
        QObject::connect(box, &QCheckBox::toggled, context, [onEdited](bool on) {
            onEdited(on ? QStringLiteral("true") : QStringLiteral("false"));
        });
        return;
    }
    default: {
        auto *edit = static_cast<QLineEdit *>(editor);
        QObject::connect(edit, &QLineEdit::textChanged, context, [edit, kind, onEdited](const QString &text) {
            if (kind == core::FieldKind::Country) {
                edit->setToolTip(countryName(text));
            }
            onEdited(text);
        });
        return;
    }
    }
}

QString displayValue(const core::FieldDefinition &field, const QString &value)
{
    switch (field.kind) {
    case core::FieldKind::Choice:
        return field.optionLabel(value);
    case core::FieldKind::Country: {
        const QString name = countryName(value);
        return name.isEmpty() ? value : name;
    }
    default:
        return value.section(QLatin1Char('\n'), 0, 0).simplified();
    }
}

} // namespace mla::ui
