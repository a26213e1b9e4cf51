#include "storage/typingrun.h"

#include <algorithm>

namespace mla::core {

namespace {

/// At most this many characters per keystroke: a dead key or an input method may put in two.
constexpr qsizetype kTypedCharacters = 2;

/// What an edit lets continue its run: typing continues typing (also after a selection was typed
/// over); a single-character deletion continues deleting; anything larger stands alone.
EditKind continuedBy(const TextEdit &edit)
{
    switch (edit.kind) {
    case EditKind::Insertion:
    case EditKind::Replacement:
        return edit.inserted <= kTypedCharacters ? EditKind::Insertion : EditKind::None;
    case EditKind::Deletion:
        return edit.removed == 1 ? EditKind::Deletion : EditKind::None;
    case EditKind::None:
        break;
    }
    return EditKind::None;
}

} // namespace

TextEdit describeEdit(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix)) {
        ++suffix;
    }
    TextEdit edit;
    edit.removed = before.size() - prefix - suffix;
    edit.inserted = after.size() - prefix - suffix;
    if (edit.removed == 0 && edit.inserted == 0) {
        edit.kind = EditKind::None;
    } else if (edit.removed == 0) {
        edit.kind = EditKind::Insertion;
    } else if (edit.inserted == 0) {
        edit.kind = EditKind::Deletion;
    } else {
        edit.kind = EditKind::Replacement;
    }
    return edit;
}

TypingRun::TypingRun(const QString &before, const QString &after, Clock::time_point when)
    : m_continuedBy(continuedBy(describeEdit(before, after))), m_last(when)
{
}

bool TypingRun::absorbs(const QString &current, const QString &next, Clock::time_point when)
{
    const TextEdit edit = describeEdit(current, next);
    const bool continues = m_continuedBy != EditKind::None && edit.kind == m_continuedBy &&
                           continuedBy(edit) == m_continuedBy && when - m_last <= kPause && when >= m_last;
    if (continues) {
        m_last = when;
    }
    return continues;
}

} // namespace mla::core
